// The foot of a 收入支出总表: 收入总计 = 本年收入合计 + the rows between them (使用非财政拨款结余,
// 年初结转和结余), 支出总计 = 本年支出合计 + 结余分配 + 年末结转和结余, each side in its own columns,
// and 收入总计 = 支出总计 where one row states both. A row between the 合计 and the 总计 that is not a
// term of the foot (a part of 年末结转和结余, or anything else) may be counted twice: a mismatch is unsure.
import { cellNumber } from '../checks/tables.js';
import type { DocTable } from '../checks/document.js';
import type { Quantity } from '../quantity/index.js';
import { judgeSum } from './compare.js';
import { headerOf, isNum, rel, sumRel, SKIP_COL } from './tables.js';
import type { Relation } from './types.js';

const GRAND = /总计$/;
const SUBTOTAL = /合计$/;
// the terms of the foot itself; 基本支出结转, 经营结余 … under 年末结转和结余 are its parts, not more terms
const CARRY = /^(?:年初|年末|上年|使用|用事业基金|结余分配|结转下年)/;
const NUMBERING = /^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十]+[）)])/;

const isText = (c: string | undefined) => !!c && /[\u4e00-\u9fff]/.test(c) && !isNum(c);
const clean = (c: string) => c.replace(/\s/g, '').replace(NUMBERING, '');

/** The label governing cell `k` of a row: the last text cell before it. */
function labelAt(row: string[], k: number): string {
  for (let j = k - 1; j >= 0; j--) if (isText(row[j])) return clean(row[j]!);
  return '';
}

const amountAt = (row: string[], k: number, hdr: string[] | null): Quantity | null => {
  const q = cellNumber(row[k]);
  return q && q.unit !== '%' && !(hdr && SKIP_COL.test(hdr[k] ?? '')) ? q : null;
};

export function grandTotals(t: DocTable, out: Relation[]): void {
  if (t.rows.length > 500) return;
  t.rows.forEach((row, i) => {
    const hdr = headerOf(t, i);
    const sides: { label: string; k: number; q: Quantity }[] = [];
    for (let k = 0; k < row.length; k++) {
      const label = labelAt(row, k);
      const q = GRAND.test(label) && amountAt(row, k, hdr);
      if (!q) continue;
      sides.push({ label, k, q });
      // the 合计 of the same side and column above it, and the carry-over rows between
      const parts: { label: string; q: Quantity }[] = [];
      let carry = true;
      let j = i - 1;
      for (; j >= 0; j--) {
        const r = t.rows[j]!;
        if (!r.some(isNum)) break;
        const l = labelAt(r, k);
        const p = amountAt(r, k, hdr);
        if (!l) continue;
        if (p) parts.unshift({ label: l, q: p });
        if (SUBTOTAL.test(l)) break;
        if (!CARRY.test(l)) carry = false;
      }
      if (j < 0 || !SUBTOTAL.test(labelAt(t.rows[j]!, k)) || !cellNumber(t.rows[j]![k]) || parts.length < 2) continue;
      const { verdict, computed } = judgeSum(
        q,
        parts.map((p) => p.q),
      );
      const why = `“${label}” = ${parts.map((p) => `“${p.label}”`).join(' + ')}`;
      out.push(
        rel(
          t,
          i,
          'tableTotal',
          !carry && verdict === 'error' ? 'unsure' : verdict,
          q,
          computed,
          parts,
          why,
          `the grand total is the subtotal plus the carry-over rows`,
        ),
      );
    }
    // 收入总计 | … | 支出总计 | …: one row, both sides, the same column name
    const a = sides.find((s) => /收入/.test(s.label));
    const b = sides.find((s) => /支出/.test(s.label) && s.k > (a?.k ?? Infinity));
    if (!a || !b || (hdr && hdr[a.k] !== hdr[b.k])) return;
    out.push(sumRel(t, i, b.q, [{ label: a.label, q: a.q }], `“${b.label}” = “${a.label}”`, 'total expenditure equals total income'));
  });
}
