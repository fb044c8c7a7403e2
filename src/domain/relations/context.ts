// What every relation finder reads: the paragraphs, their figures, and the groups found so far.
import type { ParsedDocument } from '../checks/document.js';
import { cmp, mul, roundHalfUp, shift, sub, sum } from '../decimal.js';
import type { Quantity } from '../quantity/index.js';
import type { Decimal } from '../types.js';
import { atDecimals, decimalsOf, halfStepSum, inUnit, judge, judgeDifference, judgeRange, judgeSum, ratio, shownIn, truncates, written } from './compare.js';
import { figuresOf, type Figure, type Stage } from './figures.js';
import { doubtfulBinding } from './plausible.js';
import { lostVerbs } from './lostVerbs.js';
import { otherReading } from './otherReadings.js';
import { paragraphs, sentenceEnd, type Paragraph } from './text.js';
import type { RelationInput } from './relationInput.js';
import type { Relation } from './types.js';

/** A money cell of a table, named by its row and column (tableText.ts reads prose against them). */
export interface Cell {
  table: number;
  /** The cell as written, and as a quantity in the table's unit (or the unit of the figure compared). */
  raw: string;
  row: string;
  col: string;
  concept: string;
  stage: Stage | null;
  year: string | null;
  line: number;
  scale: string | null;
}

export interface Group {
  total: Figure;
  parts: Figure[];
  exhaustive: boolean;
  /** 'change' when the total and parts are changes (比上年减少 …, 其中 … 减少 …). */
  mode: 'level' | 'change';
  cue: string;
  /** The total is named by the words before the cue (A项目包括…): bound as surely as an adjacent one. */
  named?: boolean;
  /** Items the list names as nil (A没有支出): zero now, their change unknown (at most a decrease). */
  nil?: boolean;
  /** All of the total's change only because the last change is of the rest (closingChanges.ts): so while that item stays last. */
  closedByRest?: boolean;
}

export interface Ctx {
  doc: ParsedDocument;
  paras: Paragraph[];
  figs: Figure[];
  byPara: Figure[][];
  groups: Group[];
  /** Part → its group (the first one found). */
  partOf: Map<number, Group>;
  defaultStage: Stage | null;
  relations: Relation[];
  /** Figures of each sentence (paragraph → sentence → figures): finders look here, never paragraph-wide. */
  bySentence: Figure[][][];
  /** Figures by concept, in document order (for labels named elsewhere in the document). */
  byConcept: Map<string, Figure[]>;
  /** Ids of figures that are the total of a group. */
  totals: Set<number>;
  /** Money cells of the document's tables (read by tableText.ts). */
  cells?: Cell[];
}

export function buildContext(doc: ParsedDocument): Ctx {
  const paras = paragraphs(doc);
  const byPara: Figure[][] = [];
  const bySentence: Figure[][][] = [];
  const byConcept = new Map<string, Figure[]>();
  const figs: Figure[] = [];
  paras.forEach((p, i) => {
    const sentences: Figure[][] = p.sentenceStarts.map(() => []);
    for (const f of figuresOf(p, i, 0)) sentences[f.sentence]!.push(f);
    for (const fs of sentences) {
      moneyVerbs(fs);
      lostVerbs(p, fs);
    }
    // a "sentence" of hundreds of figures is a data dump (a table run into one line), not prose
    const fs = sentences.flatMap((xs) => (xs.length > MAX_SENTENCE_FIGURES ? [] : xs));
    for (const f of fs) {
      f.id = figs.length;
      figs.push(f);
      if (f.concept) {
        const xs = byConcept.get(f.concept);
        if (xs) xs.push(f);
        else byConcept.set(f.concept, [f]);
      }
    }
    byPara.push(fs);
    bySentence.push(sentences.map((xs) => (xs.length > MAX_SENTENCE_FIGURES ? [] : xs)));
  });
  const title = doc.title ?? doc.lines.slice(0, 5).join(' ');
  let defaultStage: Stage | null = /决算/.test(title) ? 'actual' : /预算(?:说明|公开|情况|编制)/.test(title) ? 'budget' : null;
  if (!defaultStage) {
    // no title (an excerpt): the stage nearly every labelled amount states
    const staged = figs.filter((f) => f.stage && f.q.kind === 'money');
    const budget = staged.filter((f) => f.stage === 'budget').length;
    const actual = staged.filter((f) => f.stage === 'actual').length;
    if (budget >= 3 && actual === 0) defaultStage = 'budget';
    else if (actual >= 3 && budget === 0) defaultStage = 'actual';
  }
  return { doc, paras, figs, byPara, bySentence, byConcept, totals: new Set(), groups: [], partOf: new Map(), defaultStage, relations: [] };
}

export const MAX_SENTENCE_FIGURES = 300;

/** Figures of a sentence of a paragraph (empty outside it). */
export function inSentence(ctx: Ctx, para: number, sentence: number): Figure[] {
  return ctx.bySentence[para]?.[sentence] ?? [];
}

/**
 * The sentences before one, nearest first, at most `count` of them, across paragraph breaks (a line break may cut a
 * paragraph: …使用⏎的资金。较…); stops at the document's start or at a paragraph with no sentence.
 */
export function sentencesBefore(ctx: Ctx, para: number, sentence: number, count: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let [pi, s] = [para, sentence];
  while (out.length < count) {
    [pi, s] = s > 0 ? [pi, s - 1] : [pi - 1, (ctx.paras[pi - 1]?.sentenceStarts.length ?? 0) - 1];
    if (pi < 0 || s < 0) break;
    out.push([pi, s]);
  }
  return out;
}

/** The nearest earlier figure of a concept that passes a test (looking back at most `limit` of them). */
export function earlierOfConcept(ctx: Ctx, concept: string, beforeId: number, test: (f: Figure) => boolean, limit = 200): Figure | undefined {
  const xs = ctx.byConcept.get(concept) ?? [];
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (xs[mid]!.id < beforeId) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo - 1; i >= 0 && i >= lo - limit; i--) if (test(xs[i]!)) return xs[i];
  return undefined;
}

export function sentenceText(ctx: Ctx, f: Figure): string {
  const p = ctx.paras[f.para]!;
  return p.text.slice(p.sentenceStarts[f.sentence]!, sentenceEnd(p, f.sentence)).trim();
}

export function sentenceFigures(ctx: Ctx, f: Figure): Figure[] {
  return inSentence(ctx, f.para, f.sentence);
}

const excerpt = (t: string, max = 160): string => (t.length <= max ? t : `${t.slice(0, max - 1)}…`);

export type { RelationInput };

export function relation(ctx: Ctx, r: RelationInput): Relation {
  const s = r.stated;
  const as = r.computedAs ?? s;
  const statedValue = r.statedValue ?? s.q.value;
  const text = r.text ?? sentenceText(ctx, s);
  const sentenceStart = ctx.paras[s.para]!.sentenceStarts[s.sentence]!;
  // a ratio is shown as the document would print it: at the stated figure's decimals
  const ratioDp = s.q.kind === 'percent' ? decimalsOf(s.q.precision) : null;
  const truncated = ratioDp !== null && r.verdict === 'rounding' && r.computed !== null && truncates(statedValue, r.computed, s.q.precision);
  // as a number: two decimals at least, so 34.76 is not hidden behind a stated 36.5
  const computedNumber = r.computed === null ? null : ratioDp !== null ? Number(roundHalfUp(r.computed, Math.max(ratioDp, 2))) : inUnit(as.q, r.computed);
  const computedText =
    r.computed === null
      ? '—'
      : ratioDp !== null
        ? `${atDecimals(roundHalfUp(r.computed, truncated || (cmp(roundHalfUp(r.computed, ratioDp), statedValue) === 0 && r.verdict !== 'ok') ? ratioDp + 2 : ratioDp), ratioDp)}${s.q.unit}`
        : shownIn(as.q, r.computed);
  const rel: Relation = {
    kind: r.kind,
    verdict: r.verdict,
    stated: inUnit(s.q, statedValue),
    computed: computedNumber,
    statedText:
      r.statedValue !== undefined
        ? s.q.kind === 'percent'
          ? `${atDecimals(statedValue, decimalsOf(s.q.precision))}%`
          : shownIn(s.q, statedValue)
        : written(s.q),
    computedText,
    parts: r.parts.map((p) => ({ label: p.label, text: written(p.q), value: inUnit(p.q, p.q.value) })),
    labels: [s.label, ...r.parts.map((p) => p.label)].filter((l, i, a) => l && a.indexOf(l) === i),
    reason: r.reason,
    reasonEn: r.reasonEn,
    line: s.line + 1,
    text: excerpt(text),
  };
  const spans = [s, ...r.parts]
    .filter((f) => f.para === s.para && f.sentence === s.sentence)
    .map((f): [number, number] => [f.start - sentenceStart, f.end - sentenceStart]);
  if (spans.length && text.length <= 160) rel.spans = spans;
  if (r.words) [rel.statedText, rel.computedText] = [r.words.stated, r.words.computed];
  if (truncated) rel.truncated = true;
  if (r.leftOpen) rel.leftOpen = true;
  return rel;
}

export function add(ctx: Ctx, r: RelationInput): void {
  if (r.verdict === 'error' && !r.sure && doubtfulBinding(r)) r = { ...r, verdict: 'unsure' };
  // kept only when no small re-reading of the same text makes it hold (otherReadings.ts)
  const other = otherReading(ctx, r);
  if (other) r = { ...r, verdict: 'unsure', reason: `${r.reason}；但${other.zh}`, reasonEn: `${r.reasonEn}; but ${other.en}` };
  ctx.relations.push(relation(ctx, r));
}

/** What a relation says, in the two languages. */
interface Why {
  reason: string;
  reasonEn: string;
}

/**
 * `stated` written as a signed sum of `parts` (结余 = 收入 − 支出): the first part less the others unless
 * `signs` says otherwise, within the rounding of the parts (Σ of their half steps) unless `room` is given.
 */
export function addDifference(ctx: Ctx, stated: Figure, parts: Figure[], why: Why & { signs?: number[]; room?: Decimal }): void {
  const computed = sum(parts.map((f, i) => ((why.signs?.[i] ?? (i ? -1 : 1)) < 0 ? mul(f.q.value, -1) : f.q.value)));
  const room = why.room ?? halfStepSum(parts.map((f) => f.q));
  add(ctx, { kind: 'difference', verdict: judge(stated.q, computed, room), stated, computed, parts, reason: why.reason, reasonEn: why.reasonEn });
}

/**
 * A rate of change `r`, signed by its direction word, of two levels: (later − earlier) ÷ earlier, the change at
 * the coarser precision of the two; a cut rate passes (judgeRange). False, and nothing added, over a zero.
 */
export function addLevelsRate(ctx: Ctx, r: Figure, later: Figure, earlier: Figure, why: Why & { kind?: 'yoy' | 'difference'; unsure?: boolean }): boolean {
  const precision = cmp(later.q.precision, earlier.q.precision) >= 0 ? later.q.precision : earlier.q.precision;
  const rr = ratio({ ...later.q, value: sub(later.q.value, earlier.q.value), precision }, earlier.q);
  if (!rr) return false;
  const statedValue = r.sign < 0 ? mul(r.q.value, -1) : r.q.value;
  const [lo, hi] = cmp(rr.lo, rr.hi) <= 0 ? [rr.lo, rr.hi] : [rr.hi, rr.lo];
  const verdict = why.unsure ? 'unsure' : judgeRange(r.q, statedValue, rr.exact, lo, hi);
  add(ctx, {
    kind: why.kind ?? 'yoy',
    verdict,
    stated: r,
    statedValue,
    computed: rr.exact,
    parts: [later, earlier],
    reason: why.reason,
    reasonEn: why.reasonEn,
  });
  return true;
}

/** `total` stated as the sum of all of `parts` (judgeSum), the sum shown in `computedAs`'s unit when given. */
export function addSum(ctx: Ctx, total: Figure, parts: Figure[], why: Why & { kind?: 'sum' | 'score'; computedAs?: Figure }): void {
  const { verdict, computed } = judgeSum(
    total.q,
    parts.map((f) => f.q),
  );
  add(ctx, { kind: why.kind ?? 'sum', verdict, stated: total, computed, computedAs: why.computedAs, parts, reason: why.reason, reasonEn: why.reasonEn });
}

/**
 * A change `stated` with its direction word (or `sign`) against `diff`, the difference of two figures: its size
 * within `room`, the opposite direction an error beyond one stated step (judgeDifference).
 */
export function addChange(ctx: Ctx, stated: Figure, diff: Decimal, room: Decimal, why: Why & { parts: Figure[]; sign?: number }): void {
  const { verdict, computed } = judgeDifference(stated.q, why.sign ?? stated.sign, diff, room);
  add(ctx, { kind: 'difference', verdict, stated, computed, parts: why.parts, reason: why.reason, reasonEn: why.reasonEn });
}

/**
 * A percentage `stated` as num ÷ den (执行率, 节约率; a share or a change rate by `kind`): one cut instead of
 * rounded is a warning (ok with `truncation`, judgeRange); `unsure` when the figures are approximate. False,
 * and nothing added, over a zero.
 */
export function addRatio(
  ctx: Ctx,
  stated: Figure,
  num: Quantity,
  den: Quantity,
  why: Why & { parts: Figure[]; kind?: 'rate' | 'share' | 'yoy'; unsure?: boolean; truncation?: boolean },
): boolean {
  const q = ratio(num, den);
  if (!q) return false;
  const verdict = why.unsure ? 'unsure' : judgeRange(stated.q, stated.q.value, q.exact, q.lo, q.hi, why.truncation ?? false);
  add(ctx, { kind: why.kind ?? 'rate', verdict, stated, computed: q.exact, parts: why.parts, reason: why.reason, reasonEn: why.reasonEn });
  return true;
}

const MONEY_VERB = /(?:增收|减收|增支|减支|超收|短收)了?$/;

/** 完成30,161万元，同比增长r%，增收4,376万: a bare 万 after a money verb, next to 万元 amounts, is 万元 too. */
function moneyVerbs(fs: Figure[]): void {
  for (const f of fs) {
    if (f.q.kind !== 'number' || f.q.unit !== '' || (f.q.scale !== '万' && f.q.scale !== '亿') || !MONEY_VERB.test(f.lead.trim())) continue;
    if (!fs.some((g) => g.q.kind === 'money' && g.q.scale === f.q.scale && g.role === 'level')) continue;
    f.q = { ...f.q, unit: '元', kind: 'money', ...(f.q.scale === '万' ? { wan: shift(f.q.value, -4) } : {}) };
  }
}
