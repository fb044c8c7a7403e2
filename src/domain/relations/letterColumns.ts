// Columns tagged by letters, with a rate column whose header writes its formula in those letters:
// "预算执行情况(万元)(20分) | 预算数(A) | 执行数(B) | 执行率(B/A) | 得分" over "年度资金总额 | 200 | 150 | 75% | 15".
// The header asserts each row's 执行率 = B ÷ A (×100%), whatever the columns are called. Headers the
// score-form rule reads by name (全年预算数 … 执行数 … 执行率, checks/tables.ts) are left to it.
import type { DocTable } from '../checks/document.js';
import type { Quantity } from '../quantity/index.js';
import { cmp, mul, roundHalfUp } from '../decimal.js';
import { judge, type Verdict } from './compare.js';
import { cellRate, relation, signed } from './changeColumns.js';
import { rateCell } from './rateColumns.js';
import { isNum, labelOf } from './tables.js';
import type { Relation } from './types.js';

const TAG = /[（(]\s*([A-Z])\s*[）)]\s*$/;
const FORMULA = /(?:^|[（(\s])([A-Z])\s*[/÷]\s*([A-Z])(?:\s*[×xX*]\s*100\s*[%％])?\s*(?:[）)]|$)/;
/** 得分 (20分*执行率): the score column's header writes its weight and the product. */
const SCORE = /得分[^|]*?[（(]\s*(\d+(?:\.\d+)?)\s*分\s*[*×xX]\s*(?:预算)?执行率\s*[）)]/;
/** The names the score-form rule reads (checks/tables.ts: adjusted, executed). */
const BY_NAME = [/全年预算数|调整后预算数/, /执行数/];

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
        const label = labelOf(r);
        const why = `“${hs[rate]}”列 = ${f[1]}列“${hs[done]}” ÷ ${f[2]}列“${hs[plan]}”（${label}行）`;
        const parts = [
          { label: `${label}·${hs[done]}`, q: a },
          { label: `${label}·${hs[plan]}`, q: d },
        ];
        const x = cellRate(t, i, s, parts, why, `the rate column is ${f[1]} over ${f[2]}, as its header writes (${label})`);
        if (!x) continue;
        out.push(x.rel);
        const sc = hs.findIndex((h) => SCORE.test(h));
        const score = sc > 0 ? signed(r[sc]) : null;
        if (score && !score.unit) out.push(scoreOf(t, i, score, Number(SCORE.exec(hs[sc]!)![1]), s, x.exact, `${label}·${hs[rate]}`, hs[sc]!));
      }
    });
  });
  return out;
}

/**
 * 得分 = 分值 × 执行率 (capped at 100%). Forms compute it from the rate as printed or rounded further
 * (20 × 10.8% = 2.16 beside 10.77%): any of those rounds to the score is ok; an error only when none comes
 * within a unit of its last digit.
 */
function scoreOf(t: DocTable, i: number, score: Quantity, weight: number, rate: Quantity, exact: string, rateLabel: string, header: string): Relation {
  const cap = (v: string) => (cmp(v, '1') > 0 ? '1' : v);
  const frac = mul(exact, '0.01'); // the ratio is in percent, as the rate is written
  const printed = mul(rate.value, '0.01');
  // the last one is the rate as printed: the product shown when none matches
  const rates = [frac, ...[4, 3, 2].flatMap((dp) => [roundHalfUp(frac, dp), roundHalfUp(printed, dp)]), printed].map(cap);
  const verdicts: Verdict[] = rates.map((r) => judge(score, mul(String(weight), r), '0'));
  const best = verdicts.includes('ok') ? 'ok' : verdicts.every((v) => v === 'error') ? 'error' : 'rounding';
  // shown: the product that matches, else the one from the rate as written
  const computed = mul(String(weight), rates[verdicts.indexOf('ok')] ?? rates.at(-1)!);
  const weightQ = { ...score, value: String(weight), text: String(weight), precision: '1' };
  const parts = [
    { label: rateLabel, q: rate },
    { label: '分值', q: weightQ },
  ];
  const why = `“${header}”列 = 分值 ${weight} × 执行率`;
  return relation(t, i, 'score', best, score, computed, parts, why, 'the score is the weight times the execution rate, as the header writes');
}
