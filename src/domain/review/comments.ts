// Review comments (审核意见) pinned to a place of an evaluation: a budget cell, an indicator, a key
// project, a profile field, a section or one of its paragraphs. The anchor is the same path the
// reviewer diff uses (budget.general.basic.expenditure, sections.6.paragraphs.0), so a pin and a
// change speak of the same place. Who may do what, and what blocks approval, are decided here.
import { BUDGET_TYPE_LABELS, FIGURE_LABELS, PROFILE_LABELS, ROW_LABELS, SECTION_TABS, type DiffableContent } from '../diff.js';
import type { BudgetRowClass, EvaluationStatus, UnitProfile } from '../types.js';
import { BUDGET_FIGURES, BUDGET_TYPES } from '../types.js';

export type CommentStatus = 'open' | 'resolved';
/** comment: the reviewer's pin; reply: an answer; fixed: the filler changed the place; resolve/reopen: the reviewer's verdict. */
export type CommentMessageKind = 'comment' | 'reply' | 'fixed' | 'resolve' | 'reopen';
export type CommentAction = 'reply' | 'fixed' | 'resolve' | 'reopen';
export type CommentRole = 'filler' | 'reviewer';

export interface CommentMessage {
  id: string;
  kind: CommentMessageKind;
  /** Who wrote it: the unit's filler or the reviewer above. */
  role: CommentRole;
  text: string;
  user: string | null;
  at: string;
}

export interface ReviewComment {
  id: string;
  evaluationId: string;
  anchor: string;
  /** Where it is pinned, in words, as it was when pinned (a paragraph may move later). */
  anchorLabel: string;
  /** The value or text of the place when pinned. */
  quote: string | null;
  status: CommentStatus;
  createdBy: string | null;
  createdAt: string;
  resolvedBy: string | null;
  resolvedAt: string | null;
  messages: CommentMessage[];
}

export interface Anchor {
  path: string;
  label: string;
  /** 基本情况 / 预算执行 / 绩效指标 / 重点项目 / a section's tab. */
  group: string;
  /** The current value or text there (shown when pinning, stored as the quote). */
  value: string | null;
}

export interface IndicatorName {
  code: string;
  name: string;
}

const ROWS: BudgetRowClass[] = ['total', 'basic', 'project'];
const LINE_FIELDS = { initial: '年初预算数', adjusted: '全年预算数', executed: '全年执行数' } as const;
const THREE_PUBLIC_FIELDS = { budget: '预算', actual: '实际' } as const;
const THREE_PUBLIC_ITEMS: Record<string, string> = {
  total: '合计',
  reception: '公务接待费',
  vehicles: '公务用车购置及运行费',
  vehiclePurchase: '公务用车购置费',
  vehicleOperation: '公务用车运行费',
  overseas: '因公出国（境）费',
};

const clip = (s: string, n = 60) => (s.length > n ? `${s.slice(0, n)}…` : s);
/** Budget figures are 万元: the value seen when pinning says so (a bare 78.3 reads as anything). */
const wan = (v: string | null | undefined): string | null => (v === null || v === undefined || v === '' ? null : `${v} 万元`);
const str = (v: unknown): string | null => (v === null || v === undefined ? null : Array.isArray(v) ? v.join('、') : String(v));

/** Every place of the content a comment may be pinned to, in the order of the editor's tabs. */
export function anchorsOf(c: DiffableContent, indicators: IndicatorName[] = []): Anchor[] {
  const out: Anchor[] = [];
  if (c.profile) {
    for (const k of Object.keys(PROFILE_LABELS) as (keyof UnitProfile)[]) {
      out.push({ path: `profile.${k}`, label: `基本情况 · ${PROFILE_LABELS[k]}`, group: '基本情况', value: str(c.profile[k]) });
    }
  }
  for (const t of BUDGET_TYPES) {
    const acc = c.budget.find((b) => b.budgetType === t);
    if (!acc || acc.noActivity) continue;
    for (const row of ROWS) {
      for (const f of BUDGET_FIGURES) {
        out.push({
          path: `budget.${t}.${row}.${f}`,
          label: `预算执行 · ${BUDGET_TYPE_LABELS[t]} · ${ROW_LABELS[row]} · ${FIGURE_LABELS[f]}`,
          group: '预算执行',
          value: wan(acc.rows[row]?.[f]),
        });
      }
    }
  }
  for (const l of c.budgetLines) {
    for (const [f, name] of Object.entries(LINE_FIELDS)) {
      out.push({
        path: `budgetLines.${l.key}.${f}`,
        label: `预算资金 · ${l.label} · ${name}`,
        group: '预算执行',
        value: wan(l[f as keyof typeof LINE_FIELDS]),
      });
    }
  }
  for (const l of c.threePublic) {
    for (const [f, name] of Object.entries(THREE_PUBLIC_FIELDS)) {
      out.push({
        path: `threePublic.${l.item}.${f}`,
        label: `"三公"经费 · ${THREE_PUBLIC_ITEMS[l.item] ?? l.item} · ${name}`,
        group: '预算执行',
        value: wan(l[f as keyof typeof THREE_PUBLIC_FIELDS]),
      });
    }
  }
  const names = new Map(indicators.map((i) => [i.code, i.name]));
  const codes = indicators.length ? indicators.map((i) => i.code) : c.indicators.map((v) => v.indicatorCode);
  for (const code of codes) {
    const v = c.indicators.find((x) => x.indicatorCode === code);
    out.push({
      path: `indicators.${code}`,
      label: `指标 ${code}${names.get(code) ? ` ${names.get(code)}` : ''}`,
      group: '绩效指标',
      value: v ? `目标 ${v.target ?? '—'}，完成 ${v.actual ?? '—'}` : null,
    });
  }
  for (const p of c.keyProjects)
    out.push({
      path: `keyProjects.${p.code}`,
      label: `重点项目 · ${p.name}`,
      group: '重点项目',
      value: p.actual === null ? null : `${p.measure} ${p.actual}${p.unitOfMeasure}`,
    });
  // budget sections are written from the figures: a comment on the budget goes to its cells
  for (const s of [...c.sections].sort((a, b) => a.order - b.order).filter((x) => x.kind !== 'budget')) {
    const name = clip(`${s.numbering ?? ''}${s.title}`, 30) || `第 ${s.key} 节`;
    const group = SECTION_TABS[s.kind] ?? '绩效情况';
    out.push({ path: `sections.${s.key}`, label: `${group} · ${name}`, group, value: null });
    s.paragraphs.forEach((p, i) =>
      out.push({ path: `sections.${s.key}.paragraphs.${i}`, label: `${group} · ${name} · 第${i + 1}段`, group, value: p ? clip(p) : null }),
    );
  }
  return out;
}

/** The anchor at a path of this content, or null when there is no such place. */
export function findAnchor(c: DiffableContent, path: string, indicators: IndicatorName[] = []): Anchor | null {
  return anchorsOf(c, indicators).find((a) => a.path === path) ?? null;
}

export type CommentCheck = { ok: true; to: CommentStatus } | { ok: false; code: 'forbidden' | 'invalid'; message: string };

const FINAL: EvaluationStatus[] = ['approved', 'published'];

/** Pinning a new comment: a reviewer, while the evaluation is under review or back with the filler. */
export function checkPin(roles: CommentRole[], status: EvaluationStatus, text: string): CommentCheck {
  if (!roles.includes('reviewer')) return { ok: false, code: 'forbidden', message: '只有上级单位审核人可以添加审核意见' };
  if (status !== 'submitted' && status !== 'returned') return { ok: false, code: 'invalid', message: '只能对已提交或已退回的自评添加审核意见' };
  if (!text.trim()) return { ok: false, code: 'invalid', message: '审核意见不能为空' };
  return { ok: true, to: 'open' };
}

/**
 * An action on a comment. The filler answers or reports it fixed (the comment stays open: only the
 * reviewer closes it); the reviewer answers, resolves or reopens. Nothing changes once approved.
 */
export function checkCommentAction(
  action: CommentAction,
  roles: CommentRole[],
  status: CommentStatus,
  evaluationStatus: EvaluationStatus,
  text: string,
): CommentCheck {
  if (FINAL.includes(evaluationStatus)) return { ok: false, code: 'invalid', message: '自评已审核，审核意见不能再更改' };
  const by: Record<CommentAction, CommentRole[]> = { reply: ['filler', 'reviewer'], fixed: ['filler'], resolve: ['reviewer'], reopen: ['reviewer'] };
  if (!by[action].some((r) => roles.includes(r))) {
    return {
      ok: false,
      code: 'forbidden',
      message:
        action === 'fixed' ? '只有本单位填报人可以标记已修改' : action === 'reply' ? '无权回复此审核意见' : '只有上级单位审核人可以确认或重新打开审核意见',
    };
  }
  if (action === 'reopen') return status === 'resolved' ? { ok: true, to: 'open' } : { ok: false, code: 'invalid', message: '审核意见未解决，无需重新打开' };
  if (status === 'resolved') return { ok: false, code: 'invalid', message: '审核意见已解决；如需继续，请审核人重新打开' };
  if (action === 'reply' && !text.trim()) return { ok: false, code: 'invalid', message: '回复不能为空' };
  return { ok: true, to: action === 'resolve' ? 'resolved' : 'open' };
}

/** Why approval is refused while comments are open (null: nothing open). */
export function approvalBlockedBy(comments: Pick<ReviewComment, 'status' | 'anchorLabel'>[]): string | null {
  const open = comments.filter((c) => c.status === 'open');
  if (open.length === 0) return null;
  const listed = open
    .slice(0, 5)
    .map((c) => `“${c.anchorLabel}”`)
    .join('、');
  return `还有 ${open.length} 条审核意见未解决：${listed}${open.length > 5 ? ' 等' : ''}。请逐条确认解决后再审核通过`;
}

/** Where the filler stands on a comment: waiting for them, or for the reviewer to confirm. */
export function awaiting(c: Pick<ReviewComment, 'status' | 'messages'>): CommentRole | null {
  if (c.status === 'resolved') return null;
  return c.messages.at(-1)?.role === 'filler' ? 'reviewer' : 'filler';
}

/** A role may act as reviewer or filler only, never both on one comment: reviewer first. */
export const roleOf = (roles: CommentRole[]): CommentRole | null => (roles.includes('reviewer') ? 'reviewer' : roles.includes('filler') ? 'filler' : null);
