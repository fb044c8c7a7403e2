// 等级 must match the total score: 优 ≥ 90, 良 80–<90, 中 60–<80, 差 < 60 (DOMAIN.md).
import { GRADE_EN } from './en.js';
import { cmp, normalize } from '../decimal.js';
import type { Decimal, Grade } from '../types.js';
import { finding, type Finding, type FindingLocation } from './finding.js';
import { excerpt } from './labels.js';

export const GRADE_NAMES: Record<Grade, string> = { excellent: '优', good: '良', fair: '中', poor: '差' };

export function gradeFor(total: Decimal): Grade {
  if (cmp(total, 90) >= 0) return 'excellent';
  if (cmp(total, 80) >= 0) return 'good';
  if (cmp(total, 60) >= 0) return 'fair';
  return 'poor';
}

export function gradeFromWord(w: string): Grade | null {
  if (w.startsWith('优')) return 'excellent';
  if (w.startsWith('良')) return 'good';
  if (/^(中|合格|一般)/.test(w)) return 'fair';
  if (/^(差|较差|不合格)/.test(w)) return 'poor';
  return null;
}

const TOTAL_SCORE = /(?:自评总?得分|总得分|总分|综合得分|自评分|最终得分|评价得分)(?:为|是|:|：|\s|\|)*(\d+(?:\.\d+)?)\s*分?/;
const ANY_SCORE = /得分(?:为|是|:|：|\s|\|)*(\d+(?:\.\d+)?)\s*分?/g;

/**
 * The total score of a text: one named as the total (总分, 自评得分 …), else its only 得分 — never one of several
 * (预算执行率得分9.5分，产出指标得分47分 … are an indicator's, not the total).
 */
function totalScore(text: string): RegExpExecArray | null {
  const named = TOTAL_SCORE.exec(text);
  if (named) return named;
  const all = [...text.matchAll(ANY_SCORE)];
  return all.length === 1 ? (all[0] as RegExpExecArray) : null;
}
const GRADE = /(?:等级|等次|评价结果|自评结果|评定为|评价为|结果为)(?:为|是|:|：|\s|\||“|")*(优秀|优|良好|良|中等|中|合格|较差|差|不合格)/;

/** One line or sentence holding both a total score and a grade word. */
// every word GRADE names holds 等, 评 or 果: most sentences end here (callers skip their location when not)
export const mayStateGrade = (text: string): boolean => /[等评果]/.test(text);

export function checkGradeText(text: string, location?: FindingLocation): Finding[] {
  if (!mayStateGrade(text)) return [];
  const s = totalScore(text);
  const g = GRADE.exec(text);
  if (!s || !g) return [];
  const stated = gradeFromWord(g[1]!);
  const computed = gradeFor(s[1]!);
  if (!stated || stated === computed) return [];
  return [
    finding(
      'error',
      'grade',
      `总分 ${normalize(s[1]!)} 分对应等级“${GRADE_NAMES[computed]}”，但写为“${g[1]}”`,
      g[1]!,
      GRADE_NAMES[computed],
      excerpt(text),
      location,
      `A total score of ${normalize(s[1]!)} means the grade “${GRADE_EN[computed]}”, but “${g[1]}” is written`,
    ),
  ];
}
