// The small workflow shared by 绩效目标, monitoring reports and adjustment batches: the filler
// submits, a reviewer of a level above returns (with a reason) or approves; approved is final
// (targets change afterwards only through an adjustment batch).
import type { Role } from '../access.js';
export const PLAN_STATUSES = ['draft', 'submitted', 'returned', 'approved'] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];
export type PlanAction = 'submit' | 'return' | 'approve';
export type PlanRole = Extract<Role, 'filler' | 'reviewer'>;

export const PLAN_STATUS_LABEL: Record<PlanStatus, string> = { draft: '草稿', submitted: '已提交', returned: '已退回', approved: '已批准' };
export const PLAN_ACTION_LABEL: Record<PlanAction, string> = { submit: '提交', return: '退回', approve: '批准' };

const RULES: Record<PlanAction, { from: PlanStatus[]; role: PlanRole; to: PlanStatus }> = {
  submit: { from: ['draft', 'returned'], role: 'filler', to: 'submitted' },
  return: { from: ['submitted'], role: 'reviewer', to: 'returned' },
  approve: { from: ['submitted'], role: 'reviewer', to: 'approved' },
};

export type PlanCheck = { ok: true; to: PlanStatus } | { ok: false; code: 'forbidden' | 'invalid'; message: string };

export function checkPlanTransition(action: PlanAction, status: PlanStatus, roles: PlanRole[], reason: string | null): PlanCheck {
  const rule = RULES[action];
  if (!rule) return { ok: false, code: 'invalid', message: `未知操作 / unknown action: ${action}` };
  if (!roles.includes(rule.role)) {
    return {
      ok: false,
      code: 'forbidden',
      message:
        rule.role === 'filler'
          ? '只有本单位填报人可以提交 / only the unit’s filler may submit'
          : '只有上级审核人可以审核 / only a reviewer of a level above may review',
    };
  }
  if (!rule.from.includes(status)) {
    return { ok: false, code: 'invalid', message: `${PLAN_STATUS_LABEL[status]}状态不能${PLAN_ACTION_LABEL[action]} / cannot ${action} when ${status}` };
  }
  if (action === 'return' && !reason?.trim()) return { ok: false, code: 'invalid', message: '退回须说明理由 / a return needs a reason' };
  return { ok: true, to: rule.to };
}

export const isEditable = (s: PlanStatus): boolean => s === 'draft' || s === 'returned';

export function planActions(status: PlanStatus, roles: PlanRole[]): PlanAction[] {
  return (Object.keys(RULES) as PlanAction[]).filter((a) => RULES[a].from.includes(status) && roles.includes(RULES[a].role));
}

/** A report row as 提交 sees it: its scale (定性/是否) or its target figure, and what was answered. */
export interface SubmitRow {
  name: string;
  levels: readonly string[] | null;
  target: unknown;
  actualToDate: string | null;
  actualLevel: string | null;
}

/**
 * Why a monitoring report may not be submitted yet, or null: a number row with a target and no
 * figure to date, a 定性/是否 row with neither a level nor an answer (it gives no progress at all).
 */
export function submitBlock(rows: readonly SubmitRow[]): { message: string; missing: string[]; unchosen: string[] } | null {
  const list = (names: string[]) => `${names.slice(0, 5).join('、')}${names.length > 5 ? ' 等' : ''}`;
  const missing = rows.filter((r) => !r.levels && r.target !== null && !r.actualToDate).map((r) => r.name);
  const unchosen = rows.filter((r) => r.levels && !r.actualLevel?.trim() && !r.actualToDate).map((r) => r.name);
  if (!missing.length && !unchosen.length) return null;
  const parts = [
    ...(missing.length ? [`还有 ${missing.length} 项指标未填截至目前完成值：${list(missing)}`] : []),
    ...(unchosen.length ? [`还有 ${unchosen.length} 项定性指标未选择完成等级：${list(unchosen)}`] : []),
  ];
  return { message: `${parts.join('；')}，不能提交`, missing, unchosen };
}
