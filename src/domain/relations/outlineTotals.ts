// A 合计 row right under the header over rows numbered by an outline: "合计 | 46 ⏎ 1.出国费 | ⏎ 2.接待费 | 8 ⏎
// 3.用车费 | 38 ⏎ 其中:(1)运行费 | 38 ⏎ (2)购置费 |". The 合计 is the sum of the rows of the first level (1. 2. 3.);
// the deeper rows ((1) (2), 其中) are parts of their parent and are not added again. A blank cell of a numbered
// row is nothing spent (0). Read only when the first level is numbered 1, 2, 3 … without a gap (no row lost) and
// every row of the block carries a mark; any other row ends the block.
import type { DocTable } from '../checks/document.js';
import { cellNumber } from '../checks/tables.js';
import type { Quantity } from '../quantity/index.js';
import { columnNames } from './tableHeader.js';
import { labelOf, sumRel, signedCell, TOTAL } from './tables.js';
import type { Relation } from './types.js';

const CN = '一二三四五六七八九十';
/** An outline mark at the start of a label, after an optional 其中: its kind and its number. */
function markOf(label: string): { kind: string; n: number } | null {
  const s = label.replace(/\s/g, '').replace(/^其中[:：]?/, '');
  let m = /^(\d{1,2})[.、．](?!\d)/.exec(s);
  if (m) return { kind: '1.', n: Number(m[1]) };
  m = /^[（(](\d{1,2})[）)]/.exec(s);
  if (m) return { kind: '(1)', n: Number(m[1]) };
  m = new RegExp(`^([${CN}])、`).exec(s);
  if (m) return { kind: '一、', n: CN.indexOf(m[1]!) + 1 };
  m = new RegExp(`^[（(]([${CN}])[）)]`).exec(s);
  if (m) return { kind: '(一)', n: CN.indexOf(m[1]!) + 1 };
  return null;
}

const BLANK = /^(?:|[-—–－]+)$/;
const SKIP = /率|[%％]|比重|比例|分值|得分|权重|行次|栏次|序号|编码|代码/;

/** 合计 first over outline-numbered rows. */
export function outlineTotals(t: DocTable): Relation[] {
  const out: Relation[] = [];
  if (t.rows.length > 500) return out;
  t.rows.forEach((row, i) => {
    if (!TOTAL.test(labelOf(row).replace(/\s/g, '')) || i === 0 || t.rows[i - 1]!.some((c) => cellNumber(c) !== null)) return;
    const marks: { row: string[]; kind: string; n: number }[] = [];
    for (let j = i + 1; j < t.rows.length; j++) {
      const m = markOf(labelOf(t.rows[j]!));
      if (!m) break;
      marks.push({ row: t.rows[j]!, ...m });
    }
    const top = marks[0]?.kind;
    const first = marks.filter((m) => m.kind === top);
    if (first.length < 2 || !first.every((m, k) => m.n === k + 1)) return;
    const names = columnNames(t, i);
    for (let k = 1; k < row.length; k++) {
      const total = signedCell(row[k]);
      if (!total || total.unit === '%' || total.unit === '分' || (names && SKIP.test(names[k] ?? ''))) continue;
      const parts: { label: string; q: Quantity }[] = [];
      let unread = false;
      for (const m of first) {
        const cell = (m.row[k] ?? '').trim();
        const q = signedCell(cell);
        if (q && q.unit !== '%') parts.push({ label: labelOf(m.row).replace(/^\d{1,2}[.、．]\s*/, ''), q });
        else if (!BLANK.test(cell)) unread = true;
      }
      // at least two rows with a figure: one figure against the total is a copy, not a sum
      if (unread || parts.length < 2) continue;
      const why = `“${labelOf(row).replace(/\s/g, '')}”行 = 其下一级编号各行之和${names?.[k] ? `（${names[k]}列）` : ''}`;
      out.push(sumRel(t, i, total, parts, why, 'the total row is the sum of the first-level numbered rows under it'));
    }
  });
  return out;
}
