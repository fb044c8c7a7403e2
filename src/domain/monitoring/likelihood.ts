// 完成目标可能性: computed by the rules; the unit may declare another only with a reason, and
// both stay on record (the reviewer sees the computed one next to the declared one).
import { LIKELIHOODS, type Likelihood } from './types.js';

export const DEVIATION_CATEGORIES = ['经费保障', '制度保障', '人员保障', '硬件保障', '其他'] as const;
export type DeviationCategory = (typeof DEVIATION_CATEGORIES)[number];

export interface LikelihoodRecord {
  computed: Likelihood | null;
  declared: Likelihood | null; // null when the unit kept the computed one
  reason: string | null;
  /** What the round reports: the declared one if any, else the computed one. */
  effective: Likelihood | null;
}

export class LikelihoodOverrideError extends Error {
  override name = 'LikelihoodOverrideError';
}

export const isLikelihood = (x: unknown): x is Likelihood => typeof x === 'string' && (LIKELIHOODS as readonly string[]).includes(x);

/**
 * Combines the computed likelihood with what the unit declared. Declaring the computed value is no
 * override (no reason needed); any other value needs a non-blank reason. Qualitative indicators
 * have no computed value, so the unit's own judgement is recorded as declared and needs no reason.
 */
export function resolveLikelihood(computed: Likelihood | null, declared: Likelihood | null | undefined, reason?: string | null): LikelihoodRecord {
  const why = reason?.trim() ? reason.trim() : null;
  if (!declared || declared === computed) return { computed, declared: null, reason: null, effective: computed };
  if (!isLikelihood(declared)) throw new LikelihoodOverrideError(`完成目标可能性应为 ${LIKELIHOODS.join('、')}`);
  if (computed !== null && !why) throw new LikelihoodOverrideError(`改为“${declared}”须说明理由（计算结果为“${computed}”）`);
  return { computed, declared, reason: why, effective: declared };
}
