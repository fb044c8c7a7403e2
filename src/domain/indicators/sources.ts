// Computed indicator sources (issue 14): their names, and rule presets found in provincial tables.
import type { IndicatorSource, IndicatorSourceKind, ScoringRule } from '../types.js';

export const SOURCE_LABELS: Record<IndicatorSourceKind, string> = {
  budgetExecution: '预算执行率',
  carryoverRate: '结转结余率',
  budgetAdjustmentRate: '预算调整率',
  threePublicControl: '"三公"经费控制率',
  threePublicChange: '"三公"经费变动率',
  staffControl: '在职人员控制率',
  procurementExecution: '政府采购执行率',
  keyProjectCompletion: '重点民生实事完成率',
  keyProjectMeasure: '重点项目指标完成率',
};

export const SOURCE_KINDS = Object.keys(SOURCE_LABELS) as IndicatorSourceKind[];

/** What each source divides, for the framework editor's help text. */
export const SOURCE_FORMULAS: Record<IndicatorSourceKind, string> = {
  budgetExecution: '全年执行数 ÷ 调整后预算数（无预算数时：本年支出 ÷ (年初结转和结余 + 本年收入)）× 100%',
  carryoverRate: '年末结转和结余 ÷ (年初结转和结余 + 本年收入) × 100%',
  budgetAdjustmentRate: '(调整后预算数 − 年初预算数) ÷ 年初预算数 × 100%',
  threePublicControl: '"三公"经费实际支出 ÷ 预算数 × 100%',
  threePublicChange: '(本年"三公"经费实际 − 上年实际) ÷ 上年实际 × 100%',
  staffControl: '实有在职人数 ÷ 编制数 × 100%',
  procurementExecution: '实际政府采购金额 ÷ 政府采购预算数 × 100%',
  keyProjectCompletion: '重点民生实事实际完成数之和 ÷ 任务数之和 × 100%',
  keyProjectMeasure: '该项目指标实际完成数 ÷ 任务数 × 100%',
};

export interface RulePreset {
  id: string;
  label: string;
  source: IndicatorSource | null;
  operator: '>=' | '<=' | '=';
  rule: ScoringRule;
}

/** Deduction and band rules common in provincial 共性指标 tables, offered by the framework editor. */
export const RULE_PRESETS: RulePreset[] = [
  {
    id: 'staffControl',
    label: '在职人员控制率 ≤100% 满分，每超1个百分点扣0.1分',
    source: { kind: 'staffControl' },
    operator: '<=',
    rule: { kind: 'deduction', perUnit: 0.1, unitSize: 1, threshold: 100, direction: 'over' },
  },
  {
    id: 'threePublicChange',
    label: '"三公"经费变动率 ≤0 满分，每超1个百分点扣0.3分',
    source: { kind: 'threePublicChange' },
    operator: '<=',
    rule: { kind: 'deduction', perUnit: 0.3, unitSize: 1, threshold: 0, direction: 'over' },
  },
  {
    id: 'budgetAdjustmentRate',
    label: '预算调整率 每超1个百分点扣0.5分，扣完为止',
    source: { kind: 'budgetAdjustmentRate' },
    operator: '<=',
    rule: { kind: 'deduction', perUnit: 0.5, unitSize: 1, threshold: 0, direction: 'over' },
  },
  {
    id: 'carryoverRate',
    label: '结转结余率 0 满分；≤10% 4分；≤20% 3分；≤30% 1分；以上0分',
    source: { kind: 'carryoverRate' },
    operator: '<=',
    rule: {
      kind: 'bands',
      bands: [
        { min: 0, max: 0, points: 5 },
        { min: 0, max: 10, points: 4 },
        { min: 10, max: 20, points: 3 },
        { min: 20, max: 30, points: 1 },
        { min: 30, max: null, points: 0 },
      ],
    },
  },
  { id: 'budgetExecution', label: '预算执行率 按执行率 × 分值', source: { kind: 'budgetExecution' }, operator: '>=', rule: { kind: 'budgetExecution' } },
];

export const sourceLabel = (s: IndicatorSource): string =>
  s.kind === 'keyProjectMeasure' ? `${SOURCE_LABELS[s.kind]}（${s.project}/${s.measure}）` : SOURCE_LABELS[s.kind];

/** Problems of a source declared on a leaf (framework validation). */
export function sourceProblems(s: unknown): string[] {
  if (s === null || s === undefined) return [];
  if (typeof s !== 'object') return ['计算来源无效'];
  const kind = (s as { kind?: unknown }).kind;
  if (typeof kind !== 'string' || !(SOURCE_KINDS as string[]).includes(kind)) return [`未知的计算来源：${String(kind)}`];
  if (kind === 'keyProjectMeasure') {
    const { project, measure } = s as { project?: unknown; measure?: unknown };
    if (typeof project !== 'string' || !project || typeof measure !== 'string' || !measure) return ['重点项目指标完成率须指明项目和指标'];
  }
  return [];
}
