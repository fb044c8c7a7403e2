// A small form flattened one cell a line, outside any table the readers recognised: a run of header
// cells (编制数 ⏎ 实际在职人数 ⏎ 控制率) and then rows of as many values, each row's label before its values
// (the first row's may stand between the header and the values: … ⏎ 得分 ⏎ 年度资金总额 ⏎ 50 ⏎ …). A rate
// column named 控制率 / 执行率 / 完成率 / 到位率 / 支付率 is the one column of what was done over the one column
// of what was planned (编制 / 预算 / 计划 …; 全年 or 调整后 before 年初), row by row; with 分值 and 得分 columns
// the score is the weight × the rate (capped at the weight). Columns that do not tell one from the other: unread.
import { cmp, div, mul, normalize, roundHalfUp } from '../decimal.js';
import { agrees, parseQuantity, type Quantity } from '../quantity/index.js';
import type { Decimal } from '../types.js';
import { tableLineSet, type ParsedDocument } from './document.js';
import { finding, type Finding } from './finding.js';
import type { Relation } from '../relations/types.js';

const VALUE = /^-?\d[\d,]*(?:\.\d+)?%?$/;
const HEAD = /^[\u4e00-\u9fff\d“”"（）()\s]{2,24}$/;
const RATE = /(?:控制|执行|完成|到位|支付|拨付)率(?:[（(]%[）)])?$/;
const PLANNED = /编制|预算|计划|目标|任务|核定|批复|应/;
const DONE = /实际|实有|在职|决算|执行数|完成|到位|支付|拨付/;
const WEIGHT = /^分值$/;
const SCORE = /^(?:自评)?得分$/;

interface Line {
  text: string;
  line: number;
}

const num = (s: string): Quantity | null => (VALUE.test(s) ? parseQuantity(s) : null);
const isHead = (l: Line | undefined): boolean => !!l && HEAD.test(l.text) && !VALUE.test(l.text);

interface Columns {
  rate: number;
  planned: number;
  done: number;
  weight: number;
  score: number;
}

function columns(head: string[]): Columns | null {
  const rates = head.flatMap((h, c) => (RATE.test(h) ? [c] : []));
  if (rates.length !== 1) return null;
  const rate = rates[0]!;
  let planned = head.flatMap((h, c) => (c !== rate && PLANNED.test(h) && !DONE.test(h) ? [c] : []));
  if (planned.length > 1) planned = planned.filter((c) => /全年|调整/.test(head[c]!));
  const done = head.flatMap((h, c) => (c !== rate && DONE.test(h) && !PLANNED.test(h) ? [c] : []));
  if (planned.length !== 1 || done.length !== 1) return null;
  return { rate, planned: planned[0]!, done: done[0]!, weight: head.findIndex((h) => WEIGHT.test(h)), score: head.findIndex((h) => SCORE.test(h)) };
}

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
    // a run of 3 to 8 values; the as many label cells before it (a row label maybe between) its header
    let k = 0;
    while (i + k < lines.length && k < 9 && VALUE.test(lines[i + k]!.text)) k++;
    const skip = Math.max(0, k - 1);
    if (k < 3 || k > 8) {
      i += skip;
      continue;
    }
    let cols: Columns | null = null;
    let head: string[] = [];
    for (const lead of [0, 1]) {
      const from = i - k - lead;
      const h = lines.slice(Math.max(0, from), i - lead);
      if (from < 0 || !h.every(isHead) || (lead && !isHead(lines[i - 1])) || lines[i]!.line - lines[from]!.line > 2 * (k + lead)) continue;
      head = h.map((l) => l.text);
      cols = columns(head);
      // the columns line up when the rate's cell is the one percentage of the row
      const pct = lines.slice(i, i + k).map((l) => l.text.endsWith('%'));
      if (cols && pct[cols.rate] && pct.filter(Boolean).length === 1) break;
      cols = null;
    }
    if (!cols) {
      i += skip;
      continue;
    }
    // rows of k values from here, each after the first with its label
    let j = i;
    while (j < lines.length) {
      const labelled = j > i && isHead(lines[j]);
      const from = labelled ? j + 1 : j;
      const cells = lines.slice(from, from + k);
      if (cells.length < k || cells.some((c) => !VALUE.test(c.text))) break;
      const text = [...(labelled ? [lines[j]!.text] : []), ...cells.map((x) => x.text)].join(' | ');
      checkRow(head, cols, cells, text, findings, held);
      j = from + k;
    }
    i = j - 1;
  }
  return { findings, held };
}

function checkRow(head: string[], c: Columns, cells: Line[], text: string, findings: Finding[], held: Relation[]): void {
  const rate = num(cells[c.rate]!.text);
  const den = num(cells[c.planned]!.text);
  const nom = num(cells[c.done]!.text);
  if (rate?.unit !== '%' || !den || !nom || den.unit === '%' || nom.unit === '%' || cmp(den.value, '0') <= 0) return;
  const exact = mul(div(nom.value, den.value), 100);
  const dp = (rate.precision.split('.')[1] ?? '').length;
  const shown = roundHalfUp(exact, dp);
  const line = cells[c.rate]!.line + 1;
  const what = `${head[c.done]} ${normalize(nom.value)} ÷ ${head[c.planned]} ${normalize(den.value)}`;
  if (agrees(rate, exact))
    held.push(relation('rate', rate, shown, [nom, den], [head[c.done]!, head[c.planned]!], `${head[c.rate]} = ${what}（逐行表单）`, line, text));
  else
    findings.push(
      finding(
        'error',
        'rate',
        `${head[c.rate]} ${normalize(rate.value)}% 与 ${what} = ${shown}% 不符`,
        `${normalize(rate.value)}%`,
        `${shown}%`,
        text,
        { line },
        `${head[c.rate]} ${normalize(rate.value)}% differs from ${normalize(nom.value)} ÷ ${normalize(den.value)} = ${shown}%`,
      ),
    );
  // the score of the rate: 分值 × 执行率, capped at the weight
  const w = c.weight >= 0 ? num(cells[c.weight]!.text) : null;
  const s = c.score >= 0 ? num(cells[c.score]!.text) : null;
  if (!w || !s || w.unit || s.unit) return;
  const r = div(rate.value, 100);
  const score = mul(cmp(r, '1') > 0 ? '1' : r, w.value);
  const sLine = cells[c.score]!.line + 1;
  const why = `${head[c.score]} = ${head[c.rate]} ${normalize(rate.value)}% × 分值 ${normalize(w.value)}`;
  if (agrees(s, score)) held.push(relation('score', s, normalize(score), [rate, w], [head[c.rate]!, head[c.weight]!], `${why}（逐行表单）`, sLine, text));
  else
    findings.push(
      finding('error', 'executionScore', `${why}：应为 ${normalize(score)}，表中为 ${normalize(s.value)}`, normalize(s.value), normalize(score), text, {
        line: sLine,
      }),
    );
}

function relation(
  kind: 'rate' | 'score',
  stated: Quantity,
  computed: Decimal,
  parts: Quantity[],
  labels: string[],
  reason: string,
  line: number,
  text: string,
): Relation {
  return {
    kind,
    verdict: 'ok',
    stated: Number(stated.value),
    computed: Number(computed),
    statedText: stated.text,
    computedText: `${computed}${stated.unit}`,
    parts: parts.map((q, n) => ({ label: labels[n] ?? '', text: q.text, value: Number(q.value) })),
    labels,
    reason,
    reasonEn: 'a rate column of a one-cell-a-line form: the done column over the planned one (and its score, the weight × the rate)',
    line,
    text,
  };
}
