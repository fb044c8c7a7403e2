// 绩效目标 as data: values per indicator, adjustment batches (old → new), and what the year-end
// 自评 reads from them — the latest approved values, with a note for every adjusted target.
import { parseNumber } from '../scoring/numbers.js';
import { readYesNo } from '../scoring/rules.js';
import type { Decimal, IndicatorDef } from '../types.js';
import type { MonitoredOperator, ProgressKind } from './rules.js';

export interface TargetValue {
  indicatorCode: string;
  value: string | null;
  progress: ProgressKind;
}

export interface AdjustmentChange {
  indicatorCode: string;
  from: string | null;
  to: string | null;
}

export interface AdjustmentBatch {
  id: string;
  batchNo: number;
  reason: string;
  changes: AdjustmentChange[];
  status: 'submitted' | 'returned' | 'approved';
  decidedAt: string | null;
}

export class TargetInputError extends Error {
  override name = 'TargetInputError';
}

const FULL_WIDTH = /[０-９．－＋，％]/g;

/**
 * A target value as it is stored and shown: a value that reads as one number gets half-width
 * digits and no thousands separators ("９５" → "95", "≥1,200人" → "≥1200人", "９５％" → "95%"); its
 * comparison words and unit stay. Text that is not one number ("良好", "10-20") is only trimmed.
 */
export function normalizeTargetValue(value: string): string {
  const v = value.trim();
  if (parseNumber(v) === null) return v;
  return v
    .replace(FULL_WIDTH, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/\d{1,3}(?:,\d{3})+(?!\d)/g, (n) => n.replace(/,/g, ''))
    .replace(/(\d)\s+(?=\d)/g, '$1');
}

/** What to type instead (a refusal says what to do, not only what is wrong). */
const ONE_NUMBER = '请只填一个数，可带比较符号和单位，如 95、1,200、≥90%';

/**
 * Why a value cannot be this leaf's target, or null: a quantitative target is one number; a 是否
 * target is one the 自评 can read as yes or no (是/否/有/无 …), else it could never be scored.
 */
function targetProblem(leaf: IndicatorDef, value: string, what: string): string | null {
  if (isQuantitative(leaf.operator) && parseNumber(value) === null)
    return `指标“${leaf.name}”的${what}“${value}”不是一个数：${ONE_NUMBER} / a quantitative target must be one number (e.g. 95, 1,200, ≥90%)`;
  if (leaf.operator === 'yesNo' && readYesNo(value) === null)
    return `指标“${leaf.name}”是是否类指标，${what}“${value}”应为 是、否、有 或 无 / a yes-no target must read as yes or no`;
  return null;
}

/** Checks edited values against the framework's leaves: known codes, no duplicates, a progress kind. */
export function validateTargetValues(values: TargetValue[], leaves: IndicatorDef[]): TargetValue[] {
  const byCode = new Map(leaves.map((l) => [l.code, l]));
  const seen = new Set<string>();
  return values.map((v) => {
    const leaf = byCode.get(v.indicatorCode);
    if (!leaf) throw new TargetInputError(`指标 ${v.indicatorCode} 不在该指标体系的末级指标中 / not a leaf of the framework`);
    if (seen.has(v.indicatorCode)) throw new TargetInputError(`指标 ${v.indicatorCode} 重复 / duplicate`);
    seen.add(v.indicatorCode);
    if (v.progress !== 'cumulative' && v.progress !== 'level') throw new TargetInputError(`指标 ${leaf.name}：进度类型应为 cumulative 或 level`);
    const value = v.value === null ? null : normalizeTargetValue(v.value).slice(0, 200) || null;
    const problem = value === null ? null : targetProblem(leaf, value, '指标值');
    if (problem) throw new TargetInputError(problem);
    return { indicatorCode: v.indicatorCode, value, progress: v.progress };
  });
}

export const isQuantitative = (op: string | null): boolean => op === '>=' || op === '<=' || op === '=';

/** The batch a filler proposes: only real changes, each against the current value, with a reason. */
export function buildAdjustment(
  current: Map<string, string | null>,
  proposed: { indicatorCode: string; to: string | null }[],
  reason: string,
  leaves: IndicatorDef[],
): AdjustmentChange[] {
  if (!reason.trim()) throw new TargetInputError('调整须说明理由 / an adjustment needs a reason');
  const byCode = new Map(leaves.map((l) => [l.code, l]));
  const changes: AdjustmentChange[] = [];
  const seen = new Set<string>();
  for (const p of proposed) {
    const leaf = byCode.get(p.indicatorCode);
    if (!leaf) throw new TargetInputError(`指标 ${p.indicatorCode} 不在该指标体系中 / unknown indicator`);
    if (seen.has(p.indicatorCode)) throw new TargetInputError(`指标 ${p.indicatorCode} 重复 / duplicate`);
    seen.add(p.indicatorCode);
    const to = p.to?.trim() ? normalizeTargetValue(p.to).slice(0, 200) : null;
    const problem = to === null ? null : targetProblem(leaf, to, '新指标值');
    if (problem) throw new TargetInputError(problem);
    const from = current.get(p.indicatorCode) ?? null;
    if (from !== to) changes.push({ indicatorCode: p.indicatorCode, from, to });
  }
  if (changes.length === 0) throw new TargetInputError('没有要调整的指标值 / nothing changes');
  return changes;
}

export interface ApprovedTarget {
  indicatorCode: string;
  value: string | null;
  /** Approved batches that changed this target, oldest first. */
  adjustments: { batchNo: number; from: string | null; to: string | null; reason: string; approvedAt: string | null }[];
}

/**
 * The targets the 自评 reads: the values as last approved (adjustment batches are applied to the
 * stored values on approval, so the stored values are the latest approved batch) and, per
 * indicator, the approved batches that changed it.
 */
export function approvedTargets(values: TargetValue[], batches: AdjustmentBatch[]): ApprovedTarget[] {
  const approved = batches.filter((b) => b.status === 'approved').sort((a, b) => a.batchNo - b.batchNo);
  return values.map((v) => ({
    indicatorCode: v.indicatorCode,
    value: v.value,
    adjustments: approved.flatMap((b) =>
      b.changes
        .filter((c) => c.indicatorCode === v.indicatorCode)
        .map((c) => ({ batchNo: b.batchNo, from: c.from, to: c.to, reason: b.reason, approvedAt: b.decidedAt })),
    ),
  }));
}

/** One sentence per adjusted target for the report: "“检查人数”目标值经第1批调整由 10000 调整为 9000（理由）". */
export function adjustmentNotes(targets: ApprovedTarget[], names: Map<string, string>): string[] {
  return targets.flatMap((t) =>
    t.adjustments.map(
      (a) =>
        `“${names.get(t.indicatorCode) ?? t.indicatorCode}”年度目标值经第${a.batchNo}批调整，由“${a.from ?? '未设定'}”调整为“${a.to ?? '未设定'}”（理由：${a.reason}）`,
    ),
  );
}

/** Monitoring reads a quantitative target as one number; text targets are not computed. */
export function monitoredFigures(leaf: Pick<IndicatorDef, 'operator'>, value: string | null): { operator: MonitoredOperator; target: Decimal | null } {
  const op = leaf.operator;
  if (op === 'qualitative' || op === 'yesNo' || op === null) return { operator: op === 'yesNo' ? 'yesNo' : 'qualitative', target: null };
  return { operator: op, target: value === null ? null : parseNumber(value) };
}

/**
 * The progress kind a new target starts with. A quality rate or a satisfaction (合格率, 满意度,
 * 达标率 …) is a level reached at any time of the year: extrapolating 96 % at mid-year to 193 % for
 * the year would be nonsense. What grows with the months — counts, amounts, and rates of progress
 * such as 预算执行率, 完成率, 覆盖率, 到位率 — accumulates. The filler can change it.
 */
export function defaultProgress(leaf: { name: string; source?: { kind: string } | null }): 'cumulative' | 'level' {
  if (leaf.source?.kind === 'budgetExecution') return 'cumulative';
  return /(?:合格率|满意度|满意率|达标率|准确率|正确率|及时率|知晓率|优良率|通过率|合格比例|好评率|投诉处理率)$/.test(leaf.name.trim())
    ? 'level'
    : 'cumulative';
}
