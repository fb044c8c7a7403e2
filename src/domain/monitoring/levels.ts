// 定性指标 in 运行监控: the answer is a level of a scale (好/较好/一般/差, 达到/基本达到/未达到 …),
// not a number. The scale is what the framework's leaf declares (rule.levels), else the one its
// target is written in, else 达到/基本达到/未达到. Levels are ordered best first.
import type { ScoringRule } from '../types.js';
import type { Likelihood, Warning } from './types.js';

export const LEVEL_SCALES = {
  attainment: ['达到', '基本达到', '未达到'],
  grade: ['优', '良', '中', '差'],
  quality: ['好', '较好', '一般', '差'],
  yesNo: ['是', '否'],
  noIncident: ['无', '有'],
} as const satisfies Record<string, readonly string[]>;

/** A declared scale: at least two distinct non-blank levels (at most 10, 20 characters each). */
export function declaredLevels(rule: ScoringRule | null | undefined): readonly string[] | null {
  if (!rule || rule.kind !== 'qualitative' || !Array.isArray(rule.levels)) return null;
  const levels = [...new Set(rule.levels.map((l) => String(l).trim()).filter((l) => l && l.length <= 20))];
  return levels.length >= 2 && levels.length <= 10 ? levels : null;
}

/** The scale a target is written in: "达到" → attainment, "良" → grade, "较好" → quality. */
function scaleOfTarget(target: string): readonly string[] {
  const t = target.trim();
  if (/达到|达标|未达|实现|完成|达成/.test(t)) return LEVEL_SCALES.attainment;
  if (/^[优良中]/.test(t)) return LEVEL_SCALES.grade;
  if (/好|一般|差/.test(t)) return LEVEL_SCALES.quality;
  return LEVEL_SCALES.attainment;
}

/**
 * The levels a monitoring answer is chosen from, or null for a quantitative leaf. A yes/no item
 * ("无…事件") answers 无/有 when its target says 无, else 是/否.
 */
export function levelScale(leaf: { operator: string | null; rule?: ScoringRule | null }, target: string | null): readonly string[] | null {
  if (leaf.operator === 'yesNo') return /^\s*(无|没有|否|0\s*$)/.test(target ?? '') ? LEVEL_SCALES.noIncident : LEVEL_SCALES.yesNo;
  if (leaf.operator !== 'qualitative' && leaf.operator !== null) return null;
  return declaredLevels(leaf.rule) ?? scaleOfTarget(target ?? '');
}

/**
 * The level a target asks for: the level it is written as (the longest one it contains, so
 * "基本达到" is not "达到"); a target in other words ("效果明显") asks for the best level.
 */
export function targetLevel(levels: readonly string[], target: string | null): string {
  const t = (target ?? '').trim().replace(/^[≥>=]+/, '');
  if (levels.includes(t)) return t;
  const inside = levels.filter((l) => t.includes(l)).sort((a, b) => b.length - a.length);
  return inside[0] ?? levels[0]!;
}

export interface LevelResult {
  /** The target's level on the scale. */
  targetLevel: string;
  met: boolean;
  /** One level short: yellow; two or more, or the scale's worst level: red. */
  warning: Warning;
  /** Reaching the level is a judgement of the unit: met → 确定能, short → 有可能. */
  likelihood: Likelihood;
}

/** Judges a level reached to date against the target's level; null before a level is chosen. */
export function judgeLevel(levels: readonly string[], target: string | null, reached: string | null): LevelResult | null {
  const want = targetLevel(levels, target);
  if (reached === null) return null;
  const at = levels.indexOf(reached);
  if (at < 0) return null;
  const short = at - levels.indexOf(want);
  if (short <= 0) return { targetLevel: want, met: true, warning: null, likelihood: '确定能' };
  const red = short >= 2 || at === levels.length - 1;
  return { targetLevel: want, met: false, warning: red ? 'red' : 'yellow', likelihood: '有可能' };
}

/** A level answer as stored: one of the scale's levels, else a message naming the choices. */
export function readLevel(levels: readonly string[], x: unknown): { ok: true; level: string | null } | { ok: false; message: string } {
  if (x === null || x === undefined || (typeof x === 'string' && !x.trim())) return { ok: true, level: null };
  const s = typeof x === 'string' ? x.trim() : '';
  if (levels.includes(s)) return { ok: true, level: s };
  return { ok: false, message: `应为 ${levels.join('、')} 之一 / must be one of the scale's levels: ${JSON.stringify(x)}` };
}
