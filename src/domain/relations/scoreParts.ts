// A total score and the scores of its 一级指标 in a 其中 list: "自评得分93分（其中：预算执行率9分，产出指标46分，
// 效益指标29分，满意度指标9分）". Read alone the list is a subset; when its names are all the 一级指标 of one
// framework (项目支出: 预算执行率 产出 效益 满意度; 部门整体: 决策 过程 产出 效益; 2018: 决策 管理 绩效), they are the
// whole score, so the total is their sum. Other names (加分项, 扣分) leave the list a subset.
import { judgeSum } from './compare.js';
import { add, type Ctx } from './context.js';
import type { Figure } from './figures.js';

const PARTS: [RegExp, string][] = [
  [/^(?:项目)?预算执行(?:率|情况)?(?:指标)?(?:得分)?$/, 'execution'],
  [/^(?:项目)?产出(?:指标)?(?:得分)?$/, 'output'],
  [/^(?:项目)?效益(?:指标)?(?:得分)?$/, 'benefit'],
  [/^(?:服务对象)?满意度(?:指标)?(?:得分)?$/, 'satisfaction'],
  [/^(?:项目)?决策(?:指标)?(?:得分)?$/, 'decision'],
  [/^(?:项目)?过程(?:指标)?(?:得分)?$/, 'process'],
  [/^(?:项目)?管理(?:指标)?(?:得分)?$/, 'management'],
  [/^(?:项目)?绩效(?:指标)?(?:得分)?$/, 'performance'],
];
const FRAMEWORKS = [
  ['execution', 'output', 'benefit', 'satisfaction'],
  ['decision', 'process', 'output', 'benefit'],
  ['decision', 'management', 'performance'],
];

const partOf = (f: Figure): string | null => PARTS.find(([re]) => re.test(f.label.replace(/^其中[：:]?/, '').trim()))?.[1] ?? null;

export function findScoreParts(ctx: Ctx): void {
  for (const g of ctx.groups) {
    if (g.exhaustive || g.mode !== 'level' || g.total.q.unit !== '分' || g.parts.some((p) => p.q.unit !== '分')) continue;
    const names = g.parts.map(partOf);
    if (names.some((n) => !n)) continue;
    const set = new Set(names);
    const framework = FRAMEWORKS.find((fw) => fw.length === set.size && set.size === names.length && fw.every((n) => set.has(n)));
    if (!framework) continue;
    const { verdict, computed } = judgeSum(
      g.total.q,
      g.parts.map((p) => p.q),
    );
    add(ctx, {
      kind: 'score',
      verdict,
      stated: g.total,
      computed,
      parts: g.parts,
      reason: '总分 = 各一级指标得分之和（所列为全部一级指标）',
      reasonEn: 'the total score is the sum of the scores of all the top-level indicators listed',
    });
  }
}
