// What changed between two versions of an evaluation's content, cell by cell, paragraph by paragraph,
// with Chinese labels for the reviewer.
import type { BudgetRowClass, BudgetType, IndicatorValue, KeyProject, NarrativeSection, UnitProfile } from './types.js';
import { BUDGET_FIGURES } from './types.js';
import { BUDGET_TYPE_LABELS } from './types.js';
import { BUDGET_FIGURE_LABELS } from './types.js';
import { BUDGET_ROW_LABELS } from './types.js';
import type { EvaluationContent } from './content.js';

export interface Change {
  path: string; // machine path, e.g. budget.general.basic.income
  label: string; // 预算执行 · 一般公共预算 · 基本支出 · 本年收入
  before: string | null;
  after: string | null;
}

export type DiffableContent = EvaluationContent;

export { BUDGET_TYPE_LABELS };
export const ROW_LABELS = BUDGET_ROW_LABELS;
export const FIGURE_LABELS = BUDGET_FIGURE_LABELS;
export const PROFILE_LABELS: Record<keyof UnitProfile, string> = {
  authorizedPosts: '编制数',
  staffActual: '实有在职人数',
  retired: '退休人数',
  departments: '内设机构',
  duties: '主要职责',
  intro: '单位简介',
};
export const INDICATOR_LABELS: Partial<Record<keyof IndicatorValue, string>> = {
  target: '年度指标值',
  actual: '实际完成值',
  score: '得分',
  deviationReason: '偏差原因',
  applicable: '是否适用',
  achievement: '达成情况',
};

const show = (v: unknown): string | null => (v === null || v === undefined ? null : Array.isArray(v) ? v.join('、') : String(v));

export function diffEvaluations(a: DiffableContent, b: DiffableContent): Change[] {
  const out: Change[] = [];
  const push = (path: string, label: string, x: unknown, y: unknown) => {
    const before = show(x);
    const after = show(y);
    if (before !== after) out.push({ path, label, before, after });
  };
  push('title', '标题', a.title, b.title);
  push('reportDate', '报告日期', a.reportDate, b.reportDate);
  for (const k of Object.keys(PROFILE_LABELS) as (keyof UnitProfile)[]) {
    push(`profile.${k}`, `基本情况 · ${PROFILE_LABELS[k]}`, a.profile?.[k], b.profile?.[k]);
  }
  for (const t of Object.keys(BUDGET_TYPE_LABELS) as BudgetType[]) {
    const x = a.budget.find((r) => r.budgetType === t);
    const y = b.budget.find((r) => r.budgetType === t);
    push(`budget.${t}.noActivity`, `预算执行 · ${BUDGET_TYPE_LABELS[t]} · 无此类支出`, x?.noActivity, y?.noActivity);
    for (const cls of ['total', 'basic', 'project'] as BudgetRowClass[]) {
      for (const f of BUDGET_FIGURES) {
        push(`budget.${t}.${cls}.${f}`, `预算执行 · ${BUDGET_TYPE_LABELS[t]} · ${ROW_LABELS[cls]} · ${FIGURE_LABELS[f]}`, x?.rows[cls]?.[f], y?.rows[cls]?.[f]);
      }
    }
  }
  diffKeyed(
    a.budgetLines,
    b.budgetLines,
    (l) => l.key,
    (x, y, key) => {
      for (const f of ['initial', 'adjusted', 'executed'] as const) {
        const names = { initial: '年初预算数', adjusted: '全年预算数', executed: '全年执行数' };
        push(`budgetLines.${key}.${f}`, `预算资金 · ${(y ?? x)!.label} · ${names[f]}`, x?.[f], y?.[f]);
      }
    },
  );
  diffKeyed(
    a.threePublic,
    b.threePublic,
    (l) => l.item,
    (x, y, key) => {
      push(`threePublic.${key}.budget`, `"三公"经费 · ${key} · 预算`, x?.budget, y?.budget);
      push(`threePublic.${key}.actual`, `"三公"经费 · ${key} · 实际`, x?.actual, y?.actual);
    },
  );
  diffKeyed(
    a.indicators,
    b.indicators,
    (v) => v.indicatorCode,
    (x, y, code) => {
      for (const f of Object.keys(INDICATOR_LABELS) as (keyof IndicatorValue)[]) {
        push(`indicators.${code}.${f}`, `指标 ${code} · ${INDICATOR_LABELS[f]}`, x?.[f], y?.[f]);
      }
    },
  );
  diffKeyed(
    a.keyProjects,
    b.keyProjects,
    (p) => p.code,
    (x, y, code) => diffProject(push, code, x, y),
  );
  diffKeyed(
    a.sections,
    b.sections,
    (s) => s.key,
    (x, y, key) => diffSection(push, key, x, y),
  );
  return out;
}

type Push = (path: string, label: string, x: unknown, y: unknown) => void;

function diffProject(push: Push, code: string, x: KeyProject | undefined, y: KeyProject | undefined) {
  const name = (y ?? x)!.name;
  push(`keyProjects.${code}.target`, `重点项目 · ${name} · 目标`, x?.target, y?.target);
  push(`keyProjects.${code}.actual`, `重点项目 · ${name} · 完成`, x?.actual, y?.actual);
  const fundKey = (f: KeyProject['funding'][number]) => `${f.category}/${f.source}`;
  diffKeyed(x?.funding ?? [], y?.funding ?? [], fundKey, (fx, fy, k) =>
    push(`keyProjects.${code}.funding.${k}`, `重点项目 · ${name} · ${(fy ?? fx)!.category} · ${(fy ?? fx)!.label}（万元）`, fx?.amount, fy?.amount),
  );
}

/** The editor tab a section lives on, so the reviewer knows where to look. */
export const SECTION_TABS: Partial<Record<NarrativeSection['kind'], string>> = {
  preamble: '绩效情况',
  profile: '基本情况',
  duties: '基本情况',
  budget: '预算执行',
  problems: '问题与措施',
  measures: '问题与措施',
  publication: '公开',
  other: '其他',
};

function diffSection(push: Push, key: string, x: NarrativeSection | undefined, y: NarrativeSection | undefined) {
  const s = (y ?? x)!;
  const name = `${s.numbering ?? ''}${s.title}`.slice(0, 30) || `第 ${key} 节`;
  const tab = SECTION_TABS[s.kind] ?? '绩效情况';
  push(`sections.${key}.title`, `${tab} · ${name} · 标题`, x?.title, y?.title);
  const n = Math.max(x?.paragraphs.length ?? 0, y?.paragraphs.length ?? 0);
  for (let i = 0; i < n; i++) {
    push(`sections.${key}.paragraphs.${i}`, `${tab} · ${name} · 第${i + 1}段`, x?.paragraphs[i], y?.paragraphs[i]);
  }
}

function diffKeyed<T>(xs: T[], ys: T[], key: (t: T) => string, each: (x: T | undefined, y: T | undefined, key: string) => void) {
  const keys = [...new Set([...xs.map(key), ...ys.map(key)])];
  for (const k of keys)
    each(
      xs.find((x) => key(x) === k),
      ys.find((y) => key(y) === k),
      k,
    );
}
