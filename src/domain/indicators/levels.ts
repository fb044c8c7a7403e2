// A 定性 leaf scored by level (优/良/中/差 with points): the framework declares the levels best
// first with the points of each; the filler picks one level as the actual. Pure: the server's
// validation, the scoring, the submit check and the web editors share it.
import { cmp, normalize } from '../decimal.js';
import type { Decimal, ScoringRule } from '../types.js';

export interface ScoredLevel {
  level: string;
  points: Decimal;
}

export const MAX_LEVELS = 10;
export const MAX_LEVEL_LENGTH = 20;

/** The levels and points a leaf is scored by, or null when it is not scored by level. */
export function scoredLevels(rule: ScoringRule | null | undefined): ScoredLevel[] | null {
  if (!rule || rule.kind !== 'qualitative' || !Array.isArray(rule.levels) || !Array.isArray(rule.levelPoints)) return null;
  const { levels, levelPoints } = rule;
  if (levels.length < 2 || levels.length !== levelPoints.length) return null;
  if (levelPoints.some((p) => typeof p !== 'number' || !Number.isFinite(p))) return null;
  return levels.map((level, i) => ({ level: String(level).trim(), points: normalize(String(levelPoints[i])) }));
}

/** The level an actual names (exactly, spaces aside), or null. */
export function chosenLevel(levels: readonly ScoredLevel[], actual: string | null | undefined): ScoredLevel | null {
  const a = (actual ?? '').trim();
  return a ? (levels.find((l) => l.level === a) ?? null) : null;
}

/**
 * Every problem with a rule's levels, in the words the server returns. `weight` (分值) caps the
 * points; null skips that check. A rule without levels has none.
 */
export function levelProblems(rule: ScoringRule, weight: Decimal | null): string[] {
  if (rule.kind !== 'qualitative' || (rule.levels === undefined && rule.levelPoints === undefined)) return [];
  const levels = (rule.levels ?? []).map((l) => String(l).trim());
  const points = rule.levelPoints;
  const out: string[] = [];
  if (levels.length < 2 || levels.length > MAX_LEVELS) out.push(`定性等级应为 2 至 ${MAX_LEVELS} 个`);
  if (levels.some((l) => !l || l.length > MAX_LEVEL_LENGTH)) out.push(`定性等级名称不能为空，且不超过 ${MAX_LEVEL_LENGTH} 个字`);
  if (new Set(levels).size !== levels.length) out.push('定性等级名称不能重复');
  if (points === undefined) return out; // a scale for 运行监控 only: the 自评 scores by 达成情况
  if (points.length !== levels.length) out.push('每个定性等级都需要一个得分');
  else if (points.some((p) => typeof p !== 'number' || !Number.isFinite(p) || p < 0)) out.push('定性等级的得分应为非负数');
  else {
    if (weight !== null && points.some((p) => cmp(normalize(String(p)), weight) > 0)) out.push(`定性等级的得分不能超过分值 ${normalize(weight)}`);
    if (points.some((p, i) => i > 0 && p > points[i - 1]!)) out.push('定性等级应从好到差排列，得分逐级不增');
  }
  return out;
}
