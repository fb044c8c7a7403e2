// A table with a prior and a current column and their change: "项目 | 上年 | 本年 | 增减额 | 增长率".
// Each row asserts 增减额 = 本年 − 上年 and 增长率 = 增减额 ÷ 上年. Columns are read from the header
// words only (上年/上年同期/去年 vs 本期/本年/当年, or two years); nothing is assumed without them.
import { cmp, normalize, roundHalfUp, sub } from '../decimal.js';
import type { DocTable } from '../checks/document.js';
import { columnNames } from './tableHeader.js';
import { signedCell, tableRelation } from './tables.js';
import type { Quantity } from '../quantity/index.js';
import { decimalsOf, halfStepSum, inUnit, judge, judgeRange, likeWritten, ratio, type Verdict } from './compare.js';
import { ARABIC_MARK } from './text.js';
import type { Relation } from './types.js';

const OUTLINE_NUMBER = new RegExp(`^(?:${ARABIC_MARK})\\s*`);

const DIFF = /增[减減加]金?[额額值数數]|增[减減]$|变动[额額]|變動[额額]|差[额額]/;
const RATE = /增[长長减減](?:率|幅|%|％|比例)|增幅|变动率|變動率|[升降]幅/;
const PRIOR = /上年|上期|同期|去年|上一年/;
const CURRENT = /本期|本年|当年|當年|今年/;

interface Columns {
  prior: number;
  current: number;
  diff: number | null;
  rate: number | null;
}

/** The columns a header row names, or null when it does not name a prior, a current and a change. */
function columnsOf(row: string[]): Columns | null {
  // 增、减金额 | 增、减幅度: the enumeration comma inside a column name
  const hs = row.map((c) => c.replace(/[\s、]/g, ''));
  const find = (re: RegExp, not: number[] = []) => hs.findIndex((h, k) => !not.includes(k) && re.test(h));
  const diff = find(DIFF);
  const rate = find(RATE, [diff]);
  if (diff < 0 && rate < 0) return null;
  const taken = [diff, rate];
  let prior = find(PRIOR, taken);
  let current = find(CURRENT, [...taken, prior]);
  // 2023年执行数·金额 | 2023年执行数·比上年增长% under one group: the group's amount over the year before's column
  const group = rate >= 0 && diff < 0 ? /^(.+)·/.exec(hs[rate]!)?.[1] : undefined;
  const gy = group ? /^((?:19|20)\d\d)年/.exec(group)?.[1] : undefined;
  if ((prior < 0 || current < 0) && group && gy && /上年/.test(hs[rate]!)) {
    const amounts = hs.flatMap((h, k) => (h.startsWith(`${group}·`) && !/[%％]|率|比重|比例/.test(h) ? [k] : []));
    const before = hs.flatMap((h, k) => (!h.includes('·') && /^((?:19|20)\d\d)年/.exec(h)?.[1] === String(Number(gy) - 1) ? [k] : []));
    if (amounts.length === 1 && before.length === 1) return { prior: before[0]!, current: amounts[0]!, diff: null, rate };
  }
  if (prior >= 0 && current < 0) {
    // 2016年预算数 | 上年完成数: the one column named by a year beside the 上年 one is the current one
    const ks = hs.flatMap((h, k) =>
      !taken.includes(k) && k !== prior && /^(?:19|20)\d\d年/.test(h) && !PRIOR.test(h) && !/[%％]|率|比重|占比/.test(h) ? [k] : [],
    );
    if (ks.length === 1) current = ks[0]!;
  }
  if (prior < 0 || current < 0) {
    // 2016年度 | 2017年度: the earlier year is the prior one
    const years = hs.map((h, k) => (taken.includes(k) ? null : (/^((?:19|20)\d\d)年/.exec(h)?.[1] ?? null)));
    const ks = years.flatMap((y, k) => (y ? [k] : []));
    if (ks.length !== 2 || years[ks[0]!] === years[ks[1]!]) return null;
    [prior, current] = Number(years[ks[0]!]) < Number(years[ks[1]!]) ? [ks[0]!, ks[1]!] : [ks[1]!, ks[0]!];
  }
  return { prior, current, diff: diff < 0 ? null : diff, rate: rate < 0 ? null : rate };
}

/** A cell as a signed quantity (−4,470.5 / -12.3%): the table reader's one reading (tables.ts). */
export const signed = signedCell;

export function relation(
  t: DocTable,
  i: number,
  kind: Relation['kind'],
  verdict: Verdict,
  stated: Quantity,
  computed: string,
  parts: { label: string; q: Quantity }[],
  reason: string,
  reasonEn: string,
): Relation {
  // a rate is shown as the table prints it: at its decimals (two more when they would hide the gap)
  const pct = stated.unit === '%' || stated.unit === '％';
  const dp = decimalsOf(stated.precision);
  const shown = pct ? roundHalfUp(computed, cmp(roundHalfUp(computed, dp), roundHalfUp(stated.value, dp)) === 0 && verdict !== 'ok' ? dp + 2 : dp) : computed;
  const r = {
    kind,
    verdict,
    stated: inUnit(stated, stated.value),
    computed: pct ? Number(roundHalfUp(computed, Math.max(dp, 2))) : inUnit(stated, computed),
    statedText: `${likeWritten(stated, stated.value)}${pct ? '%' : ''}`,
    computedText: `${likeWritten(stated, shown)}${pct ? '%' : ''}`,
    reason,
    reasonEn,
  };
  return tableRelation(t, i, r, parts);
}

/** Row i's rate cell s as the first of two parts over the second (a rate column): one cut instead of rounded is a warning; null over a zero. */
export function cellRate(
  t: DocTable,
  i: number,
  s: Quantity,
  parts: { label: string; q: Quantity }[],
  reason: string,
  reasonEn: string,
): { rel: Relation; exact: string } | null {
  const x = ratio(parts[0]!.q, parts[1]!.q);
  if (!x) return null;
  return { rel: relation(t, i, 'rate', judgeRange(s, s.value, x.exact, x.lo, x.hi, false), s, x.exact, parts, reason, reasonEn), exact: x.exact };
}

export function changeColumns(t: DocTable): Relation[] {
  const out: Relation[] = [];
  let cols: Columns | null = null;
  let hdr: string[] = [];
  let named = false;
  t.rows.forEach((row, i) => {
    const was = named;
    named = row.some((c) => /[\u4e00-\u9fff]/.test(c)) && !row.some((c) => signed(c));
    if (named) {
      const c = columnsOf(row);
      if (c) [cols, hdr] = [c, row.map((x) => x.replace(/\s/g, ''))];
      return;
    }
    // a header of two rows with merged cells (项目 | 2016年 | 2017年 | 增减 over 增减值 | 增减%)
    const names = was ? columnNames(t, i) : null;
    const resolved = names && columnsOf(names);
    if (resolved) [cols, hdr] = [resolved, names];
    if (!cols) return;
    const { prior, current, diff, rate } = cols as Columns;
    // the row's name without its outline number (1.因公出国费 → 因公出国费): the number is no figure of the row
    const label = (row.find((c) => /[\u4e00-\u9fff]/.test(c)) ?? '').trim().replace(OUTLINE_NUMBER, '');
    const p = signed(row[prior]);
    const c = signed(row[current]);
    if (!p || !c || p.unit === '%' || c.unit === '%') return;
    const d = diff === null ? null : signed(row[diff]);
    const parts = [
      { label: `${label}·${hdr[current]}`, q: c },
      { label: `${label}·${hdr[prior]}`, q: p },
    ];
    let diffWrong = false;
    if (d && d.unit !== '%') {
      const computed = sub(c.value, p.value);
      const why = `“${hdr[diff!]}”列 = “${hdr[current]}” − “${hdr[prior]}”（${label}行）`;
      const v = judge(d, computed, halfStepSum([c, p]));
      diffWrong = v === 'error';
      out.push(relation(t, i, 'difference', v, d, computed, parts, why, `the change column is current − prior (${label})`));
    }
    const r = rate === null ? null : signed(row[rate]);
    if (r && (r.unit === '%' || /%|％|率/.test(hdr[rate!] ?? ''))) {
      const base = { ...p, value: normalize(p.value.replace(/^-/, '')) };
      const change: Quantity = d && d.unit !== '%' ? d : { ...c, value: sub(c.value, p.value) };
      let x = ratio(change, base);
      if (!x) return;
      // a change cell that is itself wrong: the rate may follow it or the amounts — wrong only if it follows neither
      const y = diffWrong ? ratio({ ...c, value: sub(c.value, p.value) }, base) : null;
      if (y && judgeRange(r, r.value, x.exact, x.lo, x.hi, false) === 'error') x = y;
      const why = `“${hdr[rate!]}”列 = 变动额 ÷ “${hdr[prior]}”（${label}行）`;
      out.push(
        relation(
          t,
          i,
          'yoy',
          judgeRange(r, r.value, x.exact, x.lo, x.hi, false),
          r,
          x.exact,
          parts,
          why,
          `the rate column is the change over the prior (${label})`,
        ),
      );
    }
  });
  return out;
}

const SHARE_OF = /^占(.+?)(?:的)?(?:[%％]|比重|比例)$/;
const sameWords = (x: string, y: string) => x.length >= 2 && (x.includes(y) || y.includes(x) || [...x].sort().join('') === [...y].sort().join(''));

/**
 * "2023年执行数·金额 | 2023年执行数·占调整预算%" under one group: the share column is the group's amount over
 * the column the share names (调整预算 → 2023年调整预算数), per row. Read from a resolved two-row header only.
 */
export function shareColumns(t: DocTable): Relation[] {
  const out: Relation[] = [];
  t.rows.forEach((row, i) => {
    if (i === 0 || t.rows[i - 1]!.some((c) => signed(c))) return;
    const names = columnNames(t, i);
    if (!names) return;
    const pairs: { share: number; num: number; den: number }[] = [];
    names.forEach((h, k) => {
      const m = /^(.+)·(.+)$/.exec(h);
      const of = m && SHARE_OF.exec(m[2]!);
      if (!m || !of) return;
      const num = names.flatMap((x, j) => (x.startsWith(`${m[1]}·`) && !/[%％]|率|比重|比例/.test(x) ? [j] : []));
      const target = of[1]!.replace(/数$/, '');
      const den = names.flatMap((x, j) =>
        j !== k && !x.includes('·') && sameWords(x.replace(/^(?:19|20)\d\d年度?/, '').replace(/数$/, ''), target) ? [j] : [],
      );
      if (num.length === 1 && den.length === 1) pairs.push({ share: k, num: num[0]!, den: den[0]! });
    });
    if (!pairs.length) return;
    for (let j = i; j < t.rows.length && t.rows[j]!.some((c) => signed(c)); j++) {
      const r = t.rows[j]!;
      const label = (r.find((c) => /[\u4e00-\u9fff]/.test(c)) ?? '').trim();
      for (const p of pairs) {
        const s = signed(r[p.share]);
        const a = signed(r[p.num]);
        const d = signed(r[p.den]);
        if (!s || !a || !d || a.unit === '%' || d.unit === '%') continue;
        const why = `“${names[p.share]}”列 = “${names[p.num]}” ÷ “${names[p.den]}”（${label}行）`;
        const parts = [
          { label: `${label}·${names[p.num]}`, q: a },
          { label: `${label}·${names[p.den]}`, q: d },
        ];
        const x = cellRate(t, j, s, parts, why, `the share column is the amount over the column it names (${label})`);
        if (x) out.push(x.rel);
      }
    }
  });
  return out;
}
