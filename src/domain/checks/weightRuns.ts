// The indicator part of a 自评表 flattened one cell a line ("产出指标 |" ⏎ "数量指标 |" ⏎ … ⏎ "60 |" ⏎ "|"):
// a heading that states the part's points (绩效指标(90分)), then a header run of as many cells as each row
// (一级指标 … 权重 … 得分 …), then rows of that many cells (empty cells are "|" lines), closed by 合计. The
// 权重 column of the rows adds up to the points of the heading. Any row that does not line up (no number in
// the 权重 cell): the form is not read.
import { cmp, normalize, sum } from '../decimal.js';
import type { ParsedDocument } from './document.js';
import { finding, type Finding } from './finding.js';
import type { Relation } from '../relations/types.js';

const PART = /^[\u4e00-\u9fff]{0,8}指标[（(](\d+(?:\.\d+)?)分[）)]$/;
// column names of the indicator part (产出指标 / 数量指标 are row cells, not column names)
const HEADER_CELL =
  /^(?:[一二三]级指标|指标(?:名称|性质|值|内容)|(?:年度|预期)?(?:指标|目标)值|(?:度量|计量)单位|(?:实际|全年)?完成值|权重|分值|(?:自评)?得分|(?:未完成|偏差)?原因(?:分析)?|改进措施)$/;
const WEIGHT = /^(?:权重|分值)$/;
const CLOSE = /^(?:合计|总分|总计)$/;
const NUMBER = /^\d+(?:\.\d+)?$/;

interface Cell {
  text: string;
  line: number;
}

/** One cell a line: a line ending with a single "|" (nothing else of a table on it). */
function cellsOf(doc: ParsedDocument): (Cell | null)[] {
  return doc.lines.map((l, i) => {
    const m = /^([^|]*?)\s*\|\s*$/.exec(l);
    return m ? { text: m[1]!.trim(), line: i } : null;
  });
}

export function weightRuns(doc: ParsedDocument): { findings: Finding[]; held: Relation[] } {
  const findings: Finding[] = [];
  const held: Relation[] = [];
  const cells = cellsOf(doc);
  for (let h = 0; h < cells.length; h++) {
    const m = PART.exec(cells[h]?.text ?? '');
    if (!m) continue;
    // the header: cells of column names right after the heading
    let k = h + 1;
    while (cells[k] && HEADER_CELL.test(cells[k]!.text) && !NUMBER.test(cells[k]!.text)) k++;
    const head = cells.slice(h + 1, k).map((c) => c!.text);
    const w = head.findIndex((x) => WEIGHT.test(x));
    if (head.length < 5 || w < 0 || head.filter((x) => WEIGHT.test(x)).length !== 1) continue;
    const weights: Cell[] = [];
    let j = k;
    let lined = true;
    while (cells[j] && !CLOSE.test(cells[j]!.text)) {
      const row = cells.slice(j, j + head.length);
      if (row.length < head.length || row.some((c) => !c) || !row[0]!.text || CLOSE.test(row[0]!.text)) {
        lined = false;
        break;
      }
      if (!NUMBER.test(row[w]!.text)) {
        lined = false;
        break;
      }
      weights.push(row[w]!);
      j += head.length;
    }
    if (!lined || weights.length < 2 || !cells[j] || !CLOSE.test(cells[j]!.text)) continue;
    const total = sum(weights.map((c) => c.text));
    const stated = m[1]!;
    const text = `${cells[h]!.text} … ${head[w]}：${weights.map((c) => c.text).join(' + ')}`;
    const line = cells[h]!.line + 1;
    if (cmp(total, stated) === 0)
      held.push({
        kind: 'score',
        verdict: 'ok',
        stated: Number(stated),
        computed: Number(total),
        statedText: `${normalize(stated)}分`,
        computedText: `${normalize(total)}分`,
        parts: weights.map((c) => ({ label: head[w]!, text: c.text, value: Number(c.text) })),
        labels: [cells[h]!.text, head[w]!],
        reason: `“${cells[h]!.text}”的分数 = 其下各行${head[w]}之和（逐格成行的表）`,
        reasonEn: 'the points of the part are the sum of the weights of its rows (a form flattened one cell a line)',
        line,
        text,
      });
    else
      findings.push(
        finding(
          'error',
          'weightSum',
          `“${cells[h]!.text}”为 ${normalize(stated)} 分，其下各行${head[w]}之和 ${weights.map((c) => c.text).join(' + ')} = ${normalize(total)}`,
          normalize(stated),
          normalize(total),
          text,
          { line },
          `the part states ${normalize(stated)} points; the weights of its rows, ${weights.map((c) => c.text).join(' + ')}, add up to ${normalize(total)}`,
        ),
      );
  }
  return { findings, held };
}
