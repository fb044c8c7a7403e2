// A percent column right after an amount column (下达数 | 下达比例, 拨付数 | 拨付比例, 完成数 | 完成比例):
// each row's rate is that amount over an earlier amount of the same row. No header is needed (flattened
// headers come broken across lines): the denominator column is the one for which most rows hold, and only
// then does a row that does not hold assert a wrong rate. A change rate or an unrelated % never fits.
import type { DocTable } from '../checks/document.js';
import { judgeRange, ratio } from './compare.js';
import { cellRate, signed } from './changeColumns.js';
import type { Quantity } from '../quantity/index.js';
import type { Relation } from './types.js';

const isPct = (q: Quantity | null): q is Quantity => !!q && (q.unit === '%' || q.unit === '％');
const isAmount = (q: Quantity | null): q is Quantity => !!q && !isPct(q);
const MIN_ROWS = 3;

function holds(r: string[], share: number, den: number): boolean | null {
  const s = signed(r[share]);
  const a = signed(r[share - 1]);
  const d = signed(r[den]);
  if (!isPct(s) || !isAmount(a) || !isAmount(d)) return null;
  const x = ratio(a, d);
  return x ? judgeRange(s, s.value, x.exact, x.lo, x.hi, false) !== 'error' : null;
}

/** Columns (share, denominator) that most rows of the table follow, each share column with one denominator. */
function fittedColumns(t: DocTable): { share: number; den: number }[] {
  const width = Math.max(0, ...t.rows.map((r) => r.length));
  const out: { share: number; den: number }[] = [];
  for (let share = 2; share < width; share++) {
    const fits: number[] = [];
    for (let den = 0; den < share - 1; den++) {
      const seen = t.rows.map((r) => holds(r, share, den)).filter((v) => v !== null);
      const ok = seen.filter((v) => v).length;
      if (ok >= MIN_ROWS && ok >= seen.length * 0.75 && seen.length - ok <= Math.max(2, seen.length / 4)) fits.push(den);
    }
    if (fits.length === 1) out.push({ share, den: fits[0]! });
  }
  return out;
}

export function ratioColumns(t: DocTable): Relation[] {
  const out: Relation[] = [];
  for (const { share, den } of fittedColumns(t)) {
    t.rows.forEach((r, i) => {
      const s = signed(r[share]);
      const a = signed(r[share - 1]);
      const d = signed(r[den]);
      if (!isPct(s) || !isAmount(a) || !isAmount(d)) return;
      const label = (r.find((c) => /[\u4e00-\u9fff]/.test(c)) ?? '').trim();
      const parts = [
        { label: `${label}·第${share}列`, q: a },
        { label: `${label}·第${den + 1}列`, q: d },
      ];
      const why = `比例列（第${share + 1}列）= 第${share}列 ÷ 第${den + 1}列（${label}行），与表中其他行一致`;
      const x = cellRate(t, i, s, parts, why, `the rate column is the amount before it over the column most rows divide by (${label})`);
      if (x) out.push(x.rel);
    });
  }
  return out;
}
