// What every relation finder reads: the paragraphs, their figures, and the groups found so far.
import type { ParsedDocument } from '../checks/document.js';
import type { Decimal } from '../types.js';
import { cmp, normalize, roundHalfUp } from '../decimal.js';
import { decimalsOf, inUnit, shownIn, written, type Verdict } from './compare.js';
import { figuresOf, type Figure, type Stage } from './figures.js';
import { paragraphs, sentenceEnd, type Paragraph } from './text.js';
import type { Relation, RelationKind } from './types.js';
import type { Cell } from './tableText.js';

export interface Group {
  total: Figure;
  parts: Figure[];
  exhaustive: boolean;
  /** 'change' when the total and parts are changes (比上年减少 …, 其中 … 减少 …). */
  mode: 'level' | 'change';
  cue: string;
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
  /** Money cells of the document's tables (read by tableText.ts). */
  cells?: Cell[];
}

export function buildContext(doc: ParsedDocument): Ctx {
  const paras = paragraphs(doc);
  const byPara: Figure[][] = [];
  const figs: Figure[] = [];
  paras.forEach((p, i) => {
    const fs = figuresOf(p, i, figs.length);
    byPara.push(fs);
    figs.push(...fs);
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
  return { doc, paras, figs, byPara, groups: [], partOf: new Map(), defaultStage, relations: [] };
}

export function sentenceText(ctx: Ctx, f: Figure): string {
  const p = ctx.paras[f.para]!;
  return p.text.slice(p.sentenceStarts[f.sentence]!, sentenceEnd(p, f.sentence)).trim();
}

export function sentenceFigures(ctx: Ctx, f: Figure): Figure[] {
  return ctx.byPara[f.para]!.filter((x) => x.sentence === f.sentence);
}

const excerpt = (t: string, max = 160): string => (t.length <= max ? t : `${t.slice(0, max - 1)}…`);

export interface RelationInput {
  kind: RelationKind;
  verdict: Verdict;
  stated: Figure;
  /** Computed value in base units of `stated` (null when nothing could be computed). */
  computed: Decimal | null;
  /** Show the computed value with this figure's unit (default: the stated one). */
  computedAs?: Figure;
  /** A stated value different from the figure's own (signed rates, Σ shares). */
  statedValue?: Decimal;
  parts: Figure[];
  reason: string;
  reasonEn: string;
  text?: string;
}

export function relation(ctx: Ctx, r: RelationInput): Relation {
  const s = r.stated;
  const as = r.computedAs ?? s;
  const statedValue = r.statedValue ?? s.q.value;
  const text = r.text ?? sentenceText(ctx, s);
  const sentenceStart = ctx.paras[s.para]!.sentenceStarts[s.sentence]!;
  // a ratio is shown as the document would print it: at the stated figure's decimals
  const ratioDp = s.q.kind === 'percent' ? decimalsOf(s.q.precision) : null;
  // as a number: two decimals at least, so 34.76 is not hidden behind a stated 36.5
  const computedNumber = r.computed === null ? null : ratioDp !== null ? Number(roundHalfUp(r.computed, Math.max(ratioDp, 2))) : inUnit(as.q, r.computed);
  const computedText =
    r.computed === null ? '—' : ratioDp !== null ? `${normalize(roundHalfUp(r.computed, cmp(roundHalfUp(r.computed, ratioDp), statedValue) === 0 && r.verdict !== 'ok' ? ratioDp + 2 : ratioDp))}${s.q.unit}` : shownIn(as.q, r.computed);
  const rel: Relation = {
    kind: r.kind,
    verdict: r.verdict,
    stated: inUnit(s.q, statedValue),
    computed: computedNumber,
    statedText: r.statedValue !== undefined ? (s.q.kind === 'percent' ? `${normalize(statedValue)}%` : shownIn(s.q, statedValue)) : written(s.q),
    computedText,
    parts: r.parts.map((p) => ({ label: p.label, text: written(p.q), value: inUnit(p.q, p.q.value) })),
    labels: [s.label, ...r.parts.map((p) => p.label)].filter((l, i, a) => l && a.indexOf(l) === i),
    reason: r.reason,
    reasonEn: r.reasonEn,
    line: s.line + 1,
    text: excerpt(text),
  };
  const spans = [s, ...r.parts].filter((f) => f.para === s.para && f.sentence === s.sentence).map((f): [number, number] => [f.start - sentenceStart, f.end - sentenceStart]);
  if (spans.length && text.length <= 160) rel.spans = spans;
  return rel;
}

export function add(ctx: Ctx, r: RelationInput): void {
  ctx.relations.push(relation(ctx, r));
}
