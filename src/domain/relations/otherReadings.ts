// The last guard on an arithmetic error: a real report is usually right, so an error is kept only when no
// small re-reading of the same text makes the relation hold. The false errors of every held-out set were
// bindings one step off: a list that goes on past the figure where the finder stopped (one part missing),
// a sub-item counted beside its parent or a figure of another subject taken as a part (one part too many),
// the part list bound to the wrong total of the paragraph, a rate or a change read with the wrong one of
// two figures — in sums, subsets, changes of parts, rates, shares and rates of change; a difference only with
// a year glued to its figure (gluedYear.ts). Each re-reading changes one binding (two at most) and only with nearby figures of the
// same unit and role, so a wrong figure (a changed digit) almost never finds one that makes it hold again.
import { abs, add as plus, cmp, div, mul, roundHalfUp, shift, sub, sum } from '../decimal.js';
import { halfStep } from '../quantity/index.js';
import { decimalsOf, judgeRange, judgeSum, scaleExp, written } from './compare.js';
import type { Figure } from './figures.js';
import type { RelationInput } from './relationInput.js';
import type { Decimal } from '../types.js';
import { shiftedPart } from './decimalSlips.js';
import { gluedYearReading } from './gluedYear.js';

/** What a re-reading looks at in the document's context (structural: context.ts calls this module, so no import back). */
interface Ctx {
  byPara: Figure[][];
  bySentence: Figure[][][];
  byConcept: Map<string, Figure[]>;
  partOf: Map<number, { total: Figure }>;
}

/** Candidates looked at per relation: the nearest figures of the same unit and role (bounded work). */
export const READING_LIMITS = { candidates: 6 };

export interface Reading {
  zh: string;
  en: string;
}

/** A re-reading under which the relation holds, or null: then the error stands. */
export function otherReading(ctx: Ctx, r: RelationInput): Reading | null {
  if (r.verdict !== 'error' || slipOfComputed(r)) return null;
  if (r.kind === 'sum') return sumReading(ctx, r, false);
  if (r.kind === 'changeSum') return changeTotal(ctx, r);
  if (r.kind === 'difference') return gluedYearReading(r);
  if (r.kind === 'subset') return r.parts.length === 2 && r.parts[1]!.id === r.stated.id ? partAboveTotal(ctx, r) : sumReading(ctx, r, true);
  if (r.stated.q.unit === '%' && (r.kind === 'rate' || r.kind === 'share' || r.kind === 'yoy')) return percentReading(ctx, r);
  return null;
}

/** Figures near the relation's own, of the unit and role of `like`, not used by it, nearest first. */
function nearby(ctx: Ctx, r: RelationInput, like: Figure, keep: (f: Figure) => boolean = () => true, anyAmount = false): Figure[] {
  const used = [r.stated, ...r.parts];
  const ids = new Set(used.map((f) => f.id));
  const paras = new Set(used.map((f) => f.para));
  const out: { f: Figure; d: number }[] = [];
  for (const p of paras) {
    const inPara = used.filter((f) => f.para === p).map((f) => f.sentence);
    const [lo, hi] = [Math.min(...inPara) - 1, Math.max(...inPara) + 1];
    for (const f of ctx.byPara[p] ?? []) {
      if (f.sentence < lo || f.sentence > hi || ids.has(f.id) || !keep(f)) continue;
      if (
        f.q.kind !== like.q.kind ||
        f.q.unit !== like.q.unit ||
        (f.role !== like.role && !(anyAmount && amount(f) && amount(like))) ||
        f.q.qualifier !== 'exact'
      )
        continue;
      // a nil figure, one written coarser than the figure it would stand for (首次突破2万亿元) or with fewer than
      // three significant digits (30项) fits too easily; one of another scale (每户700元 beside 万元) is of another list
      if (cmp(f.q.value, '0') === 0 || cmp(f.q.precision, like.q.precision) > 0 || cmp(abs(f.q.value), mul(f.q.precision, 100)) < 0) continue;
      if (f.q.scale !== like.q.scale || oneSlip(f, like)) continue;
      out.push({ f, d: Math.min(...used.map((u) => Math.abs(u.id - f.id))) });
    }
  }
  return out
    .sort((a, b) => a.d - b.d || a.f.id - b.f.id)
    .slice(0, READING_LIMITS.candidates)
    .map((x) => x.f);
}

/**
 * Two figures one keystroke apart (one digit changed, or two neighbours swapped: 6449 / 6549) are one quantity
 * written twice, one of them wrongly — a real error, never another reading.
 */
export function oneSlip(a: Figure, b: Figure): boolean {
  return oneSlipText(a.q.text.replace(/[^\d.]/g, ''), b.q.text.replace(/[^\d.]/g, ''));
}

function oneSlipText(x: string, y: string): boolean {
  if (x.length !== y.length || x === y) return false;
  const diff = [...x].flatMap((c, i) => (c === y[i] ? [] : [i]));
  return diff.length === 1 || (diff.length === 2 && diff[1] === diff[0]! + 1 && x[diff[0]!] === y[diff[1]!] && x[diff[1]!] === y[diff[0]!]);
}

/** The stated figure is what the others make it but for one keystroke (1064 for 1964): a typo, the error stands. */
function slipOfComputed(r: RelationInput): boolean {
  if (r.computed === null) return false;
  const q = r.stated.q;
  const dp = decimalsOf(shift(q.precision, -scaleExp(q)));
  const shown = roundHalfUp(abs(shift(r.computed, -scaleExp(q))), dp);
  const stated = q.text.replace(/[^\d.]/g, '');
  return oneSlipText(stated, shown);
}

/** 超收a / 增收b: an amount read as a level or as a change, whichever the finder made of it. */
const amount = (f: Figure): boolean => f.role === 'level' || f.role === 'change';

/** A re-reading must hold outright: within rounding would let a changed digit hide too often. */
const holdsSum = (total: Figure, parts: Figure[], subset: boolean): boolean => {
  if (!parts.length) return false;
  const j = judgeSum(
    total.q,
    parts.map((p) => p.q),
  );
  return j.verdict === 'ok' || (subset && cmp(j.computed, total.q.value) <= 0);
};

/** A part that is exactly the sum of the parts right after it (its sub-items) or right before it (their subtotal). */
function nested(parts: Figure[], i: number): boolean {
  const v = parts[i]!.q.value;
  for (const step of [1, -1]) {
    let run = '0';
    for (let k = i + step; k >= 0 && k < parts.length; k += step) {
      run = plus(run, parts[k]!.q.value);
      if (cmp(run, v) === 0) return true;
      if (cmp(run, v) > 0) break;
    }
  }
  return false;
}

const named = (f: Figure): string => `${f.label || ''}${written(f.q)}`;

/**
 * Σ parts = total (or ≤ it for a 其中 subset), read again: one part dropped (a parent beside its sub-items,
 * a figure of another subject after the list), one or two nearby figures added (the list goes on), or the
 * parts against another total of the paragraph before them. A part is swapped for a nearby figure only when
 * it is nested (any part swapped let changed digits hide).
 */
function sumReading(ctx: Ctx, r: RelationInput, subset: boolean): Reading | null {
  const total = r.stated;
  const parts = r.parts;
  const like = parts[0];
  if (!like || cmp(sum(parts.map((p) => p.q.value)), r.computed ?? 'x') !== 0) return null;
  // a part dropped only when it is surely no part of its own: a parent beside its sub-items (or a subtotal
  // beside its items), or for a subset the last one (the list ran on) when well above the total alone —
  // dropping any part of a subset fits, and a part mistyped large stands anywhere in the list
  for (const [i, p] of parts.entries()) {
    const rest = parts.filter((x) => x !== p);
    if (subset ? i < parts.length - 1 || cmp(p.q.value, mul(total.q.value, '1.5')) <= 0 : !nested(parts, i)) continue;
    // (a last part whose decimal point moved back makes the list add up to the total: it is a part, mistyped)
    if (
      subset &&
      shiftedPart(
        total.q,
        parts.map((x) => x.q),
        i,
      )
    )
      continue;
    if (rest.length && holdsSum(total, rest, subset))
      return {
        zh: `若不计“${named(p)}”（可能是另一分项的细目或另一主体的数字），关系成立`,
        en: `it holds without ${written(p.q)} (perhaps a sub-item of another part or another subject's figure)`,
      };
  }
  if (subset) return null;
  // (a figure equal to a listed part is that item again — its budget, or restated — not one more item)
  const more = nearby(ctx, r, like, (f) => (f.id > total.id || f.para !== total.para) && !parts.some((p) => cmp(p.q.value, f.q.value) === 0));
  for (const x of more)
    if (holdsSum(total, [...parts, x], false)) return { zh: `若列举延续到“${named(x)}”，关系成立`, en: `it holds if the list goes on to ${written(x.q)}` };
  for (let i = 0; i < more.length; i++)
    for (let j = i + 1; j < more.length; j++)
      if (holdsSum(total, [...parts, more[i]!, more[j]!], false))
        return {
          zh: `若列举延续到“${named(more[i]!)}”和“${named(more[j]!)}”，关系成立`,
          en: `it holds if the list goes on to ${written(more[i]!.q)} and ${written(more[j]!.q)}`,
        };
  // a list complete only by the lexicon (本级 + 转移支付) that runs on in its own sentence to one more item the
  // set does not name (上解中央支出): the set is not the whole list, so a total above its parts may be right
  if (r.reason.startsWith('分类口径')) {
    const last = parts.reduce((a, b) => (b.id > a.id ? b : a));
    const next = more.filter((x) => x.para === last.para && x.sentence === last.sentence && x.id > last.id).sort((a, b) => a.id - b.id)[0];
    if (next && holdsSum(total, [...parts, next], true))
      return {
        zh: `列举延续到分类之外的“${named(next)}”，所列分项可能未列全，总数不小于其和`,
        en: `the list goes on past the classification to ${written(next.q)}: the parts may not be all, and the total is not below their sum`,
      };
  }
  // a parent beside its sub-items while the list's real last item stands after them (a flattened table)
  for (const [i, p] of parts.entries())
    if (nested(parts, i))
      for (const x of more)
        if (holdsSum(total, [...parts.filter((y) => y !== p), x], false))
          return {
            zh: `若不计“${named(p)}”（另一分项的细目之和）而计入“${named(x)}”，关系成立`,
            en: `it holds without ${written(p.q)} (the sum of another part's sub-items) and with ${written(x.q)}`,
          };
  for (const t of [...nearby(ctx, r, total, (f) => f.id < like.id), ...sameConcept(ctx, total, like)])
    if (holdsSum(t, parts, false) && !otherSide(t, total))
      return {
        zh: `所列分项之和等于同段的“${named(t)}”，总数可能指它`,
        en: `the parts add up to ${written(t.q)} of the same paragraph, perhaps the total meant`,
      };
  return null;
}

/** 收入 or 支出 by the end of a label: the parts of spending never add up to an income figure meant instead (a 收支总表's two sides balance). */
const sideOf = (f: Figure): string => /(收入|支出)(?:合计|总计|总额)?$/.exec(f.label.replace(/\s/g, ''))?.[1] ?? '';
const otherSide = (a: Figure, b: Figure): boolean => !!sideOf(a) && !!sideOf(b) && sideOf(a) !== sideOf(b);

/** A total taken from another paragraph (总数见前文): the other figures of its concept before the parts, nearest first. */
function sameConcept(ctx: Ctx, total: Figure, first: Figure): Figure[] {
  if (total.para === first.para || !total.concept) return [];
  const xs = (ctx.byConcept.get(total.concept) ?? []).filter(
    (f) => f.id < first.id && f.id !== total.id && f.role === total.role && f.q.unit === total.q.unit && f.q.qualifier === 'exact' && !oneSlip(f, total),
  );
  return xs.slice(-READING_LIMITS.candidates).reverse();
}

/**
 * Changes of the parts against the change of another total: the amount the total's change belongs to
 * (the level right before it in its sentence) has another figure of its concept whose change, written
 * right after it, the parts' changes add up to — the same re-reading as for the levels.
 */
function changeTotal(ctx: Ctx, r: RelationInput): Reading | null {
  const signed = (f: Figure) => (f.sign < 0 ? mul(f.q.value, -1) : f.q.value);
  const change = r.stated;
  const first = r.parts[0];
  const own = ctx.bySentence[change.para]?.[change.sentence]?.filter((f) => f.id < change.id && f.role === 'level').pop();
  if (!first || !own) return null;
  const total = signed(change);
  for (const t of sameConcept(ctx, own, first)) {
    const next = ctx.bySentence[t.para]?.[t.sentence]?.find((f) => f.id > t.id && f.q.unit === change.q.unit);
    if (!next || next.role !== 'change' || next.id === change.id) continue;
    const j = judgeSum(
      { ...next.q, value: signed(next) },
      r.parts.map((p) => ({ ...p.q, value: signed(p) })),
    );
    if (j.verdict === 'ok' && cmp(total, j.computed) !== 0)
      return {
        zh: `各项变动之和等于“${named(t)}”的变动${written(next.q)}，总数可能指它`,
        en: `the changes add up to ${written(next.q)}, the change of ${written(t.q)}, perhaps the total meant`,
      };
  }
  return null;
}

/** One part above its total: another total of the paragraph whose name the part's name holds, and which holds it. */
function partAboveTotal(ctx: Ctx, r: RelationInput): Reading | null {
  const [total, part] = r.parts as [Figure, Figure];
  // the whole's name is the part's without its qualifier (全县基金收入 ⊂ 全县土地基金收入); the same name is the same item elsewhere
  const bare = (l: string) => l.replace(/\d+年度?|\d+-\d+月份?/g, '');
  // (a bare 收入 names nothing: the whole's name holds at least half of the part's)
  const fits = (t: Figure) => {
    const [w, p] = [bare(t.label), bare(part.label)];
    return w.length >= 4 && w.length < p.length && 2 * w.length >= p.length && [...w].every((c) => p.includes(c));
  };
  for (const t of nearby(ctx, r, total, fits))
    if (cmp(part.q.value, plus(t.q.value, halfStep(t.q))) <= 0)
      return { zh: `“${named(part)}”是同段“${named(t)}”的部分，关系成立`, en: `${written(part.q)} is a part of ${written(t.q)} of the same paragraph` };
  return null;
}

type Formula = (v: Decimal[]) => Decimal | null;

const pct = (num: Decimal, den: Decimal): Decimal | null => (cmp(den, '0') === 0 ? null : mul(div(num, den), 100));

/**
 * The ways a finder computes a percentage from its parts (by their number), each with the one part that may be
 * read again: the base of a rate or share (never the figure the share is said of: 甲a，占p% binds a, and reading
 * the next figure would hide swapped shares), the amount of a change (超收 / 增收 — never the prior: a rate over
 * the closing balance instead of the opening one is the classic real error). -1: none.
 */
const FORMULAS: Record<number, { f: Formula; reread: (kind: string) => number }[]> = {
  2: [
    { f: ([a, b]) => pct(a!, b!), reread: (k) => (k === 'yoy' ? 0 : 1) }, // a ÷ b (a change ÷ its prior)
    { f: ([a, b]) => pct(sub(a!, b!), b!), reread: () => -1 }, // change from a written prior
    { f: ([a, c]) => pct(c!, sub(a!, c!)), reread: () => 1 }, // 比上年增加c: prior = a − c
    { f: ([a, c]) => pct(mul(c!, -1), plus(a!, c!)), reread: () => 1 }, // 比上年减少c: prior = a + c
  ],
  3: [
    { f: ([, p, c]) => pct(c!, p!), reread: () => 2 },
    { f: ([, p, c]) => pct(mul(c!, -1), p!), reread: () => 2 },
  ],
};

const near = (x: Decimal, y: Decimal): boolean => cmp(abs(sub(x, y)), mul(abs(y), '0.0000001')) <= 0 || cmp(abs(sub(x, y)), '0.000001') <= 0;

/** A percentage (rate, share, rate of change) read with a nearer figure of its sentence in place of the one its formula allows. */
function percentReading(ctx: Ctx, r: RelationInput): Reading | null {
  const figs = r.parts;
  if (r.computed === null || figs.some((f) => f.q.unit === '%')) return null;
  const vals = figs.map((f) => f.q.value);
  const found = (FORMULAS[figs.length] ?? []).find(({ f: g }) => {
    const v = g(vals);
    return v !== null && (near(v, r.computed!) || near(abs(v), abs(r.computed!)));
  });
  if (!found) return null;
  const f = found.f;
  const stated = r.statedValue ?? r.stated.q.value;
  const signed = cmp(stated, '0') < 0 || cmp(r.computed, '0') < 0;
  const holds = (xs: Figure[]): boolean => {
    const exact = f(xs.map((x) => x.q.value));
    if (exact === null) return false;
    const v = signed ? exact : abs(exact);
    return judgeRange(r.stated.q, stated, v, v, v, false) === 'ok';
  };
  const s = r.stated;
  const gap = (x: Figure) => Math.abs(x.id - s.id);
  const i = found.reread(r.kind);
  if (i >= 0) {
    // the other reading binds a figure of the stated one's own sentence, no farther from it than the one it replaces
    // (never a part of the very whole it would replace)
    const fits = (x: Figure) => x.para === s.para && x.sentence === s.sentence && gap(x) <= gap(figs[i]!) && ctx.partOf.get(x.id)?.total.id !== figs[i]!.id;
    const candidates = nearby(ctx, r, figs[i]!, fits, r.kind === 'yoy');
    for (const x of candidates.sort((a, b) => gap(a) - gap(b)).slice(0, 2)) {
      const xs = figs.map((y, k) => (k === i ? x : y));
      if (holds(xs))
        return {
          zh: `若以“${named(x)}”代替“${named(figs[i]!)}”计算，${s.q.text}成立`,
          en: `${s.q.text} holds with ${written(x.q)} in place of ${written(figs[i]!.q)}`,
        };
    }
  }
  return null;
}
