// A small form flattened one cell a line, outside any table the readers recognised: a run of header
// cells (编制数 ⏎ 实际在职人数 ⏎ 控制率) and then rows of as many values (an optional row label first). A
// rate column named 控制率 / 执行率 / 完成率 / 到位率 / 支付率 is the one column of what was done over the one
// column of what was planned (编制 / 预算 / 计划 …), row by row. Two columns of either kind: unread.
import { cmp, div, mul, normalize, roundHalfUp } from '../decimal.js';
import { agrees, parseQuantity, type Quantity } from '../quantity/index.js';
import { tableLineSet, type ParsedDocument } from './document.js';
import { finding, type Finding } from './finding.js';
import type { Relation } from '../relations/types.js';

const VALUE = /^-?\d[\d,]*(?:\.\d+)?%?$/;
const HEAD = /^[\u4e00-\u9fff\d“”"（）()\s]{2,24}$/;
const RATE = /(?:控制|执行|完成|到位|支付|拨付)率(?:[（(]%[）)])?$/;
const PLANNED = /编制|预算|计划|目标|任务|核定|批复|应/;
const DONE = /实际|实有|在职|决算|执行|完成|到位|支付|拨付/;

interface Line {
  text: string;
  line: number;
}

const num = (s: string): Quantity | null => (VALUE.test(s) ? parseQuantity(s) : null);

export function cellRunRates(doc: ParsedDocument): { findings: Finding[]; held: Relation[] } {
  const findings: Finding[] = [];
  const held: Relation[] = [];
  const inTable = tableLineSet(doc.tables);
  const lines: Line[] = [];
  doc.lines.forEach((l, i) => {
    const text = l.trim();
    if (text && !inTable.has(i)) lines.push({ text, line: i });
  });
  for (let i = 0; i < lines.length; i++) {
    // a run of 3 to 8 values, the as many label cells right before it its header, the last a rate
    let k = 0;
    while (i + k < lines.length && k < 9 && VALUE.test(lines[i + k]!.text)) k++;
    if (k < 3 || k > 8 || i < k) {
      i += Math.max(0, k - 1);
      continue;
    }
    const head = lines.slice(i - k, i).map((l) => l.text);
    if (head.some((h) => !HEAD.test(h) || VALUE.test(h)) || !RATE.test(head[k - 1]!) || lines[i]!.line - lines[i - k]!.line > 2 * k) {
      i += k - 1;
      continue;
    }
    const rateCol = k - 1;
    const planned = head.map((h, c) => (c !== rateCol && PLANNED.test(h) && !DONE.test(h) ? c : -1)).filter((c) => c >= 0);
    const done = head.map((h, c) => (c !== rateCol && DONE.test(h) && !PLANNED.test(h) ? c : -1)).filter((c) => c >= 0);
    if (planned.length !== 1 || done.length !== 1) {
      i += k - 1;
      continue;
    }
    // rows of k values from here, each after the first with its label
    let j = i;
    while (j < lines.length) {
      const labelled = j > i && !VALUE.test(lines[j]!.text) && HEAD.test(lines[j]!.text);
      const from = labelled ? j + 1 : j;
      const cells = lines.slice(from, from + k);
      if (cells.length < k || cells.some((c) => !VALUE.test(c.text))) break;
      const rate = num(cells[rateCol]!.text);
      const den = num(cells[planned[0]!]!.text);
      const nom = num(cells[done[0]!]!.text);
      if (rate?.unit === '%' && den && nom && den.unit !== '%' && nom.unit !== '%' && cmp(den.value, '0') > 0) {
        const c = mul(div(nom.value, den.value), 100);
        const dp = (rate.precision.split('.')[1] ?? '').length;
        const shown = roundHalfUp(c, dp);
        const text = [...(labelled ? [lines[j]!.text] : []), ...cells.map((x) => x.text)].join(' | ');
        const what = `${head[rateCol]} = ${head[done[0]!]} ${normalize(nom.value)} ÷ ${head[planned[0]!]} ${normalize(den.value)}`;
        const line = cells[rateCol]!.line + 1;
        if (agrees(rate, c))
          held.push({
            kind: 'rate',
            verdict: 'ok',
            stated: Number(rate.value),
            computed: Number(shown),
            statedText: `${normalize(rate.value)}%`,
            computedText: `${shown}%`,
            parts: [nom, den].map((q) => ({ label: '', text: q.text, value: Number(q.value) })),
            labels: [head[done[0]!]!, head[planned[0]!]!],
            reason: `${what}（逐行表单）`,
            reasonEn: 'a rate column of a one-cell-a-line form: the done column over the planned one',
            line,
            text,
          });
        else
          findings.push(
            finding(
              'error',
              'rate',
              `${head[rateCol]} ${normalize(rate.value)}% 与 ${head[done[0]!]} ${normalize(nom.value)} ÷ ${head[planned[0]!]} ${normalize(den.value)} = ${shown}% 不符`,
              `${normalize(rate.value)}%`,
              `${shown}%`,
              text,
              { line },
              `${head[rateCol]} ${normalize(rate.value)}% differs from ${normalize(nom.value)} ÷ ${normalize(den.value)} = ${shown}%`,
            ),
          );
      }
      j = from + k;
    }
    i = j - 1;
  }
  return { findings, held };
}
