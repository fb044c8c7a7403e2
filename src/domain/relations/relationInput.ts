// The shape every finder hands to add(): its own file so plausible.ts can read it without importing context.ts.
import type { Decimal } from '../types.js';
import type { Verdict } from './compare.js';
import type { Figure } from './figures.js';
import type { RelationKind } from './types.js';

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
  /** What the text states and what the figures show, in words, when the statement has no figure of its own. */
  words?: { stated: string; computed: string };
  reason: string;
  reasonEn: string;
  text?: string;
  /** Relation.leftOpen: the figures of a rate are not unique in its paragraph. */
  leftOpen?: true;
  /** The binding is confirmed by the text (confirmedWholes.ts): no doubt of plausible.ts applies. */
  sure?: true;
}
