// A table whose rows split a whole by government level, each row the same quantity with the level in
// front (全国一般公共预算 | 收入 | 支出 ⏎ 中央一般公共预算 | … ⏎ 地方一般公共预算 | …): the whole is by
// definition its two levels, column by column (全国 = 中央 + 地方; 全省 = 省级 + 市县). The rows may stand
// in any order; a name met twice, or a level row of another quantity, leaves the table alone.
import { sum } from '../decimal.js';
import { halfStep, type Quantity } from '../quantity/index.js';
import type { DocTable } from '../checks/document.js';
import { judge } from './compare.js';
import { relation, signed } from './changeColumns.js';
import type { Relation } from './types.js';

interface Split {
  whole: RegExp;
  parts: [RegExp, RegExp];
  rule: string;
}

const SPLITS: Split[] = [
  { whole: /^全国/, parts: [/^中央(?:本级)?/, /^地方(?:本级)?/], rule: '全国 = 中央 + 地方' },
  { whole: /^全省/, parts: [/^省(?:本级|级)/, /^市县(?:级)?/], rule: '全省 = 省级 + 市县' },
];

const amount = (q: Quantity | null): q is Quantity => !!q && q.unit !== '%' && q.unit !== '％';
const labelOf = (r: string[]) => (r[0] ?? '').replace(/[\s“”"]/g, '');
// the quantity a level row names: what follows the level word, 本级 and a trailing 合计 aside
const rest = (label: string, level: RegExp) =>
  label
    .replace(level, '')
    .replace(/本级/g, '')
    .replace(/(?:合计|总计)$/, '');

export function levelRows(t: DocTable): Relation[] {
  if (t.rows.length > 200) return [];
  const out: Relation[] = [];
  for (const s of SPLITS) {
    const at = (re: RegExp) => t.rows.flatMap((r, i) => (re.test(labelOf(r)) ? [i] : []));
    const [w, a, b] = [at(s.whole), at(s.parts[0]), at(s.parts[1])];
    if (w.length !== 1 || a.length !== 1 || b.length !== 1) continue;
    const name = rest(labelOf(t.rows[w[0]!]!), s.whole);
    if (!name || rest(labelOf(t.rows[a[0]!]!), s.parts[0]) !== name || rest(labelOf(t.rows[b[0]!]!), s.parts[1]) !== name) continue;
    const [whole, pa, pb] = [t.rows[w[0]!]!, t.rows[a[0]!]!, t.rows[b[0]!]!];
    const header = t.rows.find((r) => r.length > 1 && !r.slice(1).some((c) => signed(c)));
    // 中央支出 may hold its transfers to 地方 (counted again there); only 中央本级支出 is surely the other level's complement
    const ownLevel = /本级/.test(labelOf(pa));
    whole.forEach((c, k) => {
      const total = signed(c);
      const qs = [signed(pa[k]), signed(pb[k])];
      if (k === 0 || !amount(total) || !qs.every(amount)) return;
      const ps = qs as Quantity[];
      const computed = sum(ps.map((q) => q.value));
      const spending = /支出/.test(`${labelOf(whole)}${header?.[k] ?? ''}`);
      const verdict = judge(total, computed, sum(ps.map((q) => halfStep(q))));
      out.push(
        relation(
          t,
          w[0]!,
          'sum',
          verdict === 'error' && spending && !ownLevel ? 'unsure' : verdict,
          total,
          computed,
          [
            { label: labelOf(pa), q: ps[0]! },
            { label: labelOf(pb), q: ps[1]! },
          ],
          `“${labelOf(whole)}”行第${k + 1}列：${s.rule}`,
          `the whole's row is the sum of its two levels (${s.rule})`,
        ),
      );
    });
  }
  return out;
}
