// Columns tagged by letters, with a rate column whose header writes its formula in those letters:
// "预算执行情况(万元)(20分) | 预算数(A) | 执行数(B) | 执行率(B/A) | 得分" over "年度资金总额 | 200 | 150 | 75% | 15".
// The header asserts each row's 执行率 = B ÷ A (×100%), whatever the columns are called. Headers the
// score-form rule reads by name (全年预算数 … 执行数 … 执行率, checks/tables.ts) are left to it.
import type { DocTable } from '../checks/document.js';
import type { Quantity } from '../quantity/index.js';
import { judgeRange, ratio } from './compare.js';
import { relation, signed } from './changeColumns.js';
import { isNum, labelOf } from './tables.js';
import type { Relation } from './types.js';

const TAG = /[（(]\s*([A-Z])\s*[）)]\s*$/;
const FORMULA = /(?:^|[（(\s])([A-Z])\s*[/÷]\s*([A-Z])(?:\s*[×xX*]\s*100\s*[%％])?\s*(?:[）)]|$)/;
/** The names the score-form rule reads (checks/tables.ts: adjusted, executed). */
const BY_NAME = [/全年预算数|调整后预算数/, /执行数/];

/** A rate cell: with % or under a header that writes ×100% or %. */
function rateCell(cell: string | undefined, header: string): Quantity | null {
  const q = signed(cell);
  if (!q) return null;
  if (q.unit === '%' || q.unit === '％') return q;
  return !q.unit && /[%％]/.test(header) ? { ...q, unit: '%', kind: 'percent' } : null;
}

export function letterColumns(t: DocTable): Relation[] {
  const out: Relation[] = [];
  if (t.rows.length > 2000) return out;
  t.rows.forEach((hdr, h) => {
    if (hdr.some(isNum) || !t.rows[h + 1]?.some(isNum)) return;
    const hs = hdr.map((c) => c.replace(/\s/g, ''));
    if (BY_NAME.every((re) => hs.some((c) => re.test(c)))) return;
    const tags = new Map<string, number>();
    hs.forEach((c, k) => {
      const m = TAG.exec(c);
      if (m && !FORMULA.test(c)) tags.set(m[1]!, tags.has(m[1]!) ? -1 : k);
    });
    hs.forEach((c, rate) => {
      const f = FORMULA.exec(c);
      if (!f) return;
      const done = tags.get(f[1]!);
      const plan = tags.get(f[2]!);
      if (done === undefined || plan === undefined || done < 0 || plan < 0) return;
      for (let i = h + 1; i < t.rows.length && t.rows[i]!.some(isNum); i++) {
        const r = t.rows[i]!;
        const s = rateCell(r[rate], c);
        const a = signed(r[done]);
        const d = signed(r[plan]);
        if (!s || !a || !d || a.unit === '%' || d.unit === '%') continue;
        const x = ratio(a, d);
        if (!x) continue;
        const label = labelOf(r);
        const verdict = judgeRange(s, s.value, x.exact, x.lo, x.hi, false);
        const parts = [
          { label: `${label}·${hs[done]}`, q: a },
          { label: `${label}·${hs[plan]}`, q: d },
        ];
        const why = `“${hs[rate]}”列 = ${f[1]}列“${hs[done]}” ÷ ${f[2]}列“${hs[plan]}”（${label}行）`;
        out.push(relation(t, i, 'rate', verdict, s, x.exact, parts, why, `the rate column is ${f[1]} over ${f[2]}, as its header writes (${label})`));
      }
    });
  });
  return out;
}
