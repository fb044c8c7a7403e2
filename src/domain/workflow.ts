// The review workflow as a pure state machine:
// draft → submitted → (returned → submitted)* → approved → published; reopen goes back to returned.
// 抽查复核: finance re-checks an approved or published evaluation below the top; a pass is recorded
// and changes nothing, a return (with its reason) sends it back to the filler like a reopen.
import { approvalBlockedBy } from './review/comments.js';
// times in messages are 北京时间, as the people reading them keep time
import { beijingMinute } from './beijingTime.js';
import type { EvaluationStatus } from './types.js';
import type { Role } from './access.js';

export type WorkflowAction = 'submit' | 'withdraw' | 'return' | 'approve' | 'reopen' | 'publish' | 'checkPass' | 'checkReturn';
export const WORKFLOW_ACTIONS: WorkflowAction[] = ['submit', 'withdraw', 'return', 'approve', 'reopen', 'publish', 'checkPass', 'checkReturn'];

/** The 抽查复核 actions: a record of finance's re-check, not a step of the unit's own review. */
export const SPOT_CHECK_ACTIONS: WorkflowAction[] = ['checkPass', 'checkReturn'];
export const isSpotCheck = (a: WorkflowAction | null | undefined): boolean => !!a && SPOT_CHECK_ACTIONS.includes(a);

/** Who may take an action: the unit's filler, a reviewer of an ancestor unit, or finance re-checking below the top. */
export type WorkflowRole = Extract<Role, 'filler' | 'reviewer' | 'finance'>;

interface Rule {
  from: EvaluationStatus[];
  to: EvaluationStatus | null; // null: the status stays
  by: WorkflowRole;
  reasonRequired: boolean;
}

const RULES: Record<WorkflowAction, Rule> = {
  submit: { from: ['draft', 'returned'], to: 'submitted', by: 'filler', reasonRequired: false },
  // 撤回 while no reviewer has opened it; back to draft, or to returned if it had been returned.
  withdraw: { from: ['submitted'], to: 'draft', by: 'filler', reasonRequired: false },
  return: { from: ['submitted'], to: 'returned', by: 'reviewer', reasonRequired: true },
  approve: { from: ['submitted'], to: 'approved', by: 'reviewer', reasonRequired: false },
  reopen: { from: ['approved', 'published'], to: 'returned', by: 'reviewer', reasonRequired: true },
  publish: { from: ['approved'], to: 'published', by: 'reviewer', reasonRequired: false },
  // only what passed review is re-checked; a 退回 needs the reason the filler will read
  checkPass: { from: ['approved', 'published'], to: null, by: 'finance', reasonRequired: false },
  checkReturn: { from: ['approved', 'published'], to: 'returned', by: 'finance', reasonRequired: true },
};

export const STATUS_LABELS: Record<EvaluationStatus, string> = {
  draft: '草稿',
  submitted: '已提交',
  returned: '已退回',
  approved: '已审核',
  published: '已公开',
};

export const ACTION_LABELS: Record<WorkflowAction, string> = {
  submit: '提交',
  withdraw: '撤回',
  return: '退回',
  approve: '审核通过',
  reopen: '重新打开',
  publish: '公开',
  checkPass: '抽查通过',
  checkReturn: '抽查退回',
};

const FORBIDDEN: Record<WorkflowRole, string> = {
  filler: '只有本单位填报人可以提交',
  reviewer: '只有上级单位审核人可以执行此操作',
  finance: '只有财政部门可以抽查复核',
};

export type TransitionCheck =
  | { ok: true; to: EvaluationStatus; idempotent: boolean }
  | { ok: false; code: 'invalid' | 'forbidden' | 'blocked' | 'opened' | 'comments' | 'checked'; message: string };

export interface TransitionInput {
  action: WorkflowAction;
  status: EvaluationStatus;
  roles: WorkflowRole[]; // what the actor is for this evaluation
  reason: string | null;
  openErrors: number; // error findings not resolved (blocks submit)
  /** "指标 3.1.1 满意度" of each 定性 leaf scored by level with no level chosen (blocks submit). */
  unchosenLevels?: string[];
  /** "六、部门整体支出绩效情况" of each required chapter of the outline that is missing or empty (blocks submit). */
  emptyChapters?: string[];
  /** For publish: "指标 2.1.1 名称" of each leaf without a score while 自评得分 is not computed ([] = it is). */
  unscored?: string[];
  childrenPending: string[]; // names of children not yet approved (blocks approve when the rule is on)
  /** Review comments not yet resolved (block approve). */
  openComments?: { status: 'open' | 'resolved'; anchorLabel: string }[];
  /** For withdraw: when a reviewer opened the submission (null = not yet), and whether it had been returned before. */
  openedAt?: string | null;
  wasReturned?: boolean;
  /** For checkPass: when finance already passed the current approval (null = not yet); a later 抽查退回 stays possible. */
  passedAt?: string | null;
}

/** Decides a transition; no side effects. A repeated submit of a submitted evaluation is a no-op. */
export function checkTransition(t: TransitionInput): TransitionCheck {
  const rule = RULES[t.action];
  if (!t.roles.includes(rule.by)) {
    return { ok: false, code: 'forbidden', message: FORBIDDEN[rule.by] };
  }
  if (t.action === 'submit' && t.status === 'submitted') return { ok: true, to: 'submitted', idempotent: true };
  if (!rule.from.includes(t.status)) {
    return { ok: false, code: 'invalid', message: `${STATUS_LABELS[t.status]}状态不能${ACTION_LABELS[t.action]}` };
  }
  if (rule.reasonRequired && !(t.reason && t.reason.trim().length > 0)) {
    return { ok: false, code: 'invalid', message: `${ACTION_LABELS[t.action]}必须填写原因` };
  }
  if (t.action === 'checkPass' && t.passedAt) {
    return { ok: false, code: 'checked', message: `本次审核通过后已于 ${beijingMinute(t.passedAt)} 抽查通过，不能重复记录` };
  }
  if (t.action === 'withdraw') {
    if (t.openedAt) return { ok: false, code: 'opened', message: `审核人已于 ${beijingMinute(t.openedAt)} 打开，不能撤回` };
    return { ok: true, to: t.wasReturned ? 'returned' : 'draft', idempotent: false };
  }
  if (t.action === 'submit' && t.unchosenLevels?.length) {
    return { ok: false, code: 'blocked', message: `${t.unchosenLevels.join('、')} 未选择等级，不能提交` };
  }
  if (t.action === 'submit' && t.emptyChapters?.length) {
    return { ok: false, code: 'blocked', message: `报告必备章节${t.emptyChapters.map((c) => `“${c}”`).join('、')}未填写，不能提交` };
  }
  if (t.action === 'submit' && t.openErrors > 0) {
    return { ok: false, code: 'blocked', message: `还有 ${t.openErrors} 个错误未改正，不能提交` };
  }
  if (t.action === 'publish' && t.unscored?.length) {
    const more = t.unscored.length > 5 ? ` 等 ${t.unscored.length} 项` : '';
    return { ok: false, code: 'blocked', message: `自评得分尚未算出，不能公开：${t.unscored.slice(0, 5).join('、')}${more}没有得分` };
  }
  const comments = t.action === 'approve' ? approvalBlockedBy(t.openComments ?? []) : null;
  if (comments) return { ok: false, code: 'comments', message: comments };
  if (t.action === 'approve' && t.childrenPending.length > 0) {
    return { ok: false, code: 'blocked', message: `下级单位尚未全部审核通过：${t.childrenPending.join('、')}` };
  }
  return { ok: true, to: rule.to ?? t.status, idempotent: false };
}

/** Content may be edited only before submission or after a return. */
export const isEditable = (s: EvaluationStatus) => s === 'draft' || s === 'returned';

/** Actions that make sense to offer in a status (the UI shows them; the check still decides). */
export function availableActions(
  status: EvaluationStatus,
  roles: WorkflowRole[],
  openedAt: string | null = null,
  passedAt: string | null = null,
): WorkflowAction[] {
  return WORKFLOW_ACTIONS.filter(
    (a) => RULES[a].from.includes(status) && roles.includes(RULES[a].by) && !(a === 'withdraw' && openedAt) && !(a === 'checkPass' && passedAt),
  );
}
