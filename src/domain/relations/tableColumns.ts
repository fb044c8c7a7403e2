// Column relations of a table: a 合计 column over the columns of one classification (合计 | 基本支出 |
// 项目支出), and 年初预算数 + 调整数 = 调整后预算数 within a row.
import { cellNumber } from '../checks/tables.js';
import type { DocTable } from '../checks/document.js';
import type { Quantity } from '../quantity/index.js';
import { conceptOf, cleanLabel } from './figures.js';
import { descendants, isComplete, partitionsOf } from './lexicon.js';
import { isNum, PART_FIRST, sumRel, TOTAL } from './tables.js';
import type { Relation } from './types.js';

/** 合计 | 基本支出 | 项目支出 columns: the 合计 cell of each row is the sum of the classification's columns. */
export function totalColumns(t: DocTable, out: Relation[]): void {
  t.rows.forEach((hdr, h) => {
    if (hdr.some(isNum)) return;
    // 合计 | 基本支出 | 项目支出, or 本年支出 | 基本支出 | 项目支出 (a column named by the partition's total)
    let k0 = hdr.findIndex((c) => TOTAL.test(c.replace(/\s/g, '')));
    if (k0 < 0)
      k0 = hdr.findIndex((c, k) => {
        const t = conceptOf(cleanLabel(c));
        const n = conceptOf(cleanLabel(hdr[k + 1] ?? ''));
        return !!t && !!n && partitionsOf(n).some((p) => p.totals?.includes(t));
      });
    if (k0 < 0) return;
    const cols: number[] = [];
    const concepts: string[] = [];
    for (let k = k0 + 1; k < hdr.length; k++) {
      const c = conceptOf(cleanLabel(hdr[k]!.replace(PART_FIRST, '')));
      if (!c) break;
      cols.push(k);
      concepts.push(c);
    }
    // 公务用车 | 其中购置 | 运行 under one header: a column inside another listed column is not added again
    for (let j = cols.length - 1; j >= 0; j--)
      if (concepts.some((c) => descendants(c).has(concepts[j]!))) {
        cols.splice(j, 1);
        concepts.splice(j, 1);
      }
    if (cols.length < 2) return;
    const p = partitionsOf(concepts[0]!).find((x) => concepts.every((c) => x.parts.includes(c)));
    if (!p || !isComplete(p, new Set(concepts))) return;
    for (let i = h + 1; i < t.rows.length; i++) {
      const row = t.rows[i]!;
      if (!row.some(isNum)) break;
      const total = cellNumber(row[k0]);
      const parts = cols.map((k) => ({ label: hdr[k]!, q: cellNumber(row[k]) })).filter((x): x is { label: string; q: Quantity } => x.q !== null);
      if (!total || parts.length < 2) continue;
      out.push(sumRel(t, i, total, parts, `“${hdr[k0]}”列 = ${p.rule}`, `the total column is the sum of the classification's columns (${p.rule})`));
    }
  });
}

/** 年初预算数 + 调整数 = 调整后(全年)预算数, row by row. */
export function crossSums(t: DocTable, out: Relation[]): void {
  t.rows.forEach((hdr, h) => {
    if (hdr.some(isNum)) return;
    const a = hdr.findIndex((c) => /年初预算/.test(c));
    const d = hdr.findIndex((c) => /^调整(?:预算)?(?:数|金额)$|^预算调整(?:数)?$/.test(c.trim()));
    const b = hdr.findIndex((c) => /调整后预算|全年预算/.test(c));
    if (a < 0 || d < 0 || b < 0) return;
    for (let i = h + 1; i < t.rows.length; i++) {
      const row = t.rows[i]!;
      if (!row.some(isNum)) break;
      const [x, y, z] = [cellNumber(row[a]), cellNumber(row[d]), cellNumber(row[b])];
      if (!x || !y || !z) continue;
      out.push(
        sumRel(
          t,
          i,
          z,
          [
            { label: hdr[a]!, q: x },
            { label: hdr[d]!, q: y },
          ],
          `${hdr[a]} + ${hdr[d]} = ${hdr[b]}`,
          'initial budget + adjustment = adjusted budget',
          'crossSum',
        ),
      );
    }
  });
}
