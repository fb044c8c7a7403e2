// A total score and the scores of its 一级指标 in a 其中 list: "自评得分93分（其中：预算执行率9分，产出指标46分，
// 效益指标29分，满意度指标9分）". Read alone the list is a subset; when its names are all the 一级指标 of one
// framework (项目支出: 预算执行率 产出 效益 满意度; 部门整体: 决策 过程 产出 效益; 2018: 决策 管理 绩效; the older
// 项目支出 one: 投入 过程 产出 效益), they are the
// whole score, so the total is their sum. Other names (加分项, 扣分) leave the list a subset.
import { sum } from '../decimal.js';
import { judge } from './compare.js';
import { add, addSum, type Ctx } from './context.js';
import type { Figure } from './figures.js';
import { clauseAfter, PHRASE_STOPS } from './text.js';

const PARTS: [RegExp, string][] = [
  [/^(?:项目)?预算执行(?:率|情况)?(?:指标)?(?:得分?)?$/, 'execution'],
  [/^(?:项目)?投入(?:指标)?(?:得分?)?$/, 'input'],
  [/^(?:项目)?产出(?:指标)?(?:得分?)?$/, 'output'],
  [/^(?:项目)?效益(?:指标)?(?:得分?)?$/, 'benefit'],
  [/^(?:服务对象)?满意度(?:指标)?(?:得分?)?$/, 'satisfaction'],
  [/^(?:项目)?决策(?:指标)?(?:得分?)?$/, 'decision'],
  [/^(?:项目)?过程(?:指标)?(?:得分?)?$/, 'process'],
  [/^(?:项目)?管理(?:指标)?(?:得分?)?$/, 'management'],
  [/^(?:项目)?绩效(?:指标)?(?:得分?)?$/, 'performance'],
];
const FRAMEWORKS = [
  ['execution', 'output', 'benefit', 'satisfaction'],
  ['decision', 'process', 'output', 'benefit'],
  ['input', 'process', 'output', 'benefit'],
  ['decision', 'management', 'performance'],
];

export const partOf = (f: Figure): string | null => PARTS.find(([re]) => re.test(f.label.replace(/^其中[：:]?/, '').trim()))?.[1] ?? null;

export function findScoreParts(ctx: Ctx): void {
  for (const g of ctx.groups) {
    if (g.exhaustive || g.mode !== 'level' || g.total.q.unit !== '分' || g.parts.some((p) => p.q.unit !== '分')) continue;
    const names = g.parts.map(partOf);
    if (names.some((n) => !n)) continue;
    const set = new Set(names);
    const framework = FRAMEWORKS.find((fw) => fw.length === set.size && set.size === names.length && fw.every((n) => set.has(n)));
    if (!framework) continue;
    addSum(ctx, g.total, g.parts, {
      kind: 'score',
      reason: '总分 = 各一级指标得分之和（所列为全部一级指标）',
      reasonEn: 'the total score is the sum of the scores of all the top-level indicators listed',
    });
  }
}

const SCORED = /^(?:得|得分|实得|实际得分|自评得分)(?:为|是|：)?$/;

/**
 * 产出指标50分，得46分；效益指标30分，得28分: weight and score alternate, the score's own words only
 * 得/得分. The pairs from the first figure, or null when the figures are not all such pairs.
 */
export function weightScorePairs(fs: Figure[]): [Figure, Figure][] | null {
  if (fs.length < 4 || fs.length % 2 || fs.some((f) => f.q.unit !== '分')) return null;
  const pairs: [Figure, Figure][] = [];
  for (let i = 0; i < fs.length; i += 2) {
    const w = fs[i]!;
    const sc = fs[i + 1]!;
    if (SCORED.test(clauseAfter(w.lead, PHRASE_STOPS, 'trim')) || !SCORED.test(clauseAfter(sc.lead, PHRASE_STOPS, 'trim')) || w.sentence !== sc.sentence)
      return null;
    pairs.push([w, sc]);
  }
  return pairs;
}

/** The 一级指标 framework the weights' names make up completely, or null. */
export function completeFramework(names: (string | null)[]): string[] | null {
  if (names.some((n) => !n)) return null;
  const set = new Set(names);
  return FRAMEWORKS.find((fw) => fw.length === set.size && set.size === names.length && fw.every((n) => set.has(n!))) ?? null;
}

/**
 * "总分92分，其中：预算执行率10分，得9分；产出指标50分，得46分；…": the figures after a total score, to the
 * end of its paragraph, are weight–score pairs of all the 一级指标 of one framework: the total is the sum of
 * the scores and the weights add up to the full 100. Not all 一级指标 named: nothing is asserted.
 */
export function findScorePairs(ctx: Ctx, total: Figure): boolean {
  const fs = ctx.byPara[total.para]!;
  const after = fs.filter((f) => f.id > total.id);
  const pairs = weightScorePairs(after);
  if (!pairs) return false;
  if (!completeFramework(pairs.map(([w]) => partOf(w)))) return false;
  const scores = pairs.map(([, sc]) => sc);
  const weights = pairs.map(([w]) => w);
  addSum(ctx, total, scores, {
    kind: 'score',
    reason: '总分 = 各一级指标得分之和（“分值X分，得Y分”，所列为全部一级指标）',
    reasonEn: 'the total score is the sum of the scores of all the top-level indicators (weight, then score)',
  });
  const full = sum(weights.map((w) => w.q.value));
  add(ctx, {
    kind: 'score',
    verdict: judge({ value: '100', precision: '1', qualifier: 'exact' }, full, '0'),
    stated: weights[0]!,
    statedValue: '100',
    computed: full,
    parts: weights,
    reason: '各一级指标分值之和应为满分100分',
    reasonEn: 'the weights of all the top-level indicators add up to the full 100',
  });
  return true;
}
