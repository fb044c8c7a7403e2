// What is still empty in an evaluation (shown in the submit confirmation). Informational, except a
// 定性 leaf scored by level with no level chosen (without it the leaf has no score) and a required
// chapter of the report outline that is missing or empty (the published report would print an empty
// heading): those block a submit (as checker errors do). Pure: the API, the submit check and the
// web's dialog share it.
import { TYPE_EN } from './checks/en.js';
import { chosenLevel, scoredLevels } from './indicators/levels.js';
import { buildIndicatorTable, type TableContent } from './indicators/table.js';
import type { ComputeContext } from './indicators/compute.js';
import { computeProblemEn } from './indicators/problemEn.js';
import { effectiveSections, hasText, requiredChapters } from './report/requiredChapters.js';
import type { Evaluation, Framework, NarrativeSection, ReportOutline, SectionKind } from './types.js';
import { BUDGET_TYPES } from './types.js';
import { BUDGET_TYPE_LABELS } from './types.js';

export type CompletenessArea = 'indicators' | 'budget' | 'profile' | 'keyProjects' | 'sections' | 'report';

export interface CompletenessItem {
  area: CompletenessArea;
  key: string; // stable, e.g. "indicator:2.2.1:actual"
  label: string; // what is empty, in Chinese
  labelEn: string; // the same in English (names of indicators, projects and sections stay as written)
  blocking: boolean; // true: 提交 is refused until it is filled
}

/** `outline`: the evaluation's; without it, a 部门整体 framework means the 部门整体 outline. */
export type CompletenessContent = TableContent & Pick<Evaluation, 'reportDate' | 'sections'> & { outline?: ReportOutline };

const BUDGET_LABEL = BUDGET_TYPE_LABELS;
// the checker's English names of the budget types (one list)
export const BUDGET_LABEL_EN = TYPE_EN;

/** One thing the filler is asked to fill in, and whether it is (the basis of 完整性 and tab progress). */
export interface ChecklistItem {
  area: CompletenessArea;
  key: string;
  label: string; // what is empty, in Chinese (shown when not filled)
  labelEn: string;
  filled: boolean;
  /** A section item: the section's key (its kind decides the editor tab). */
  section?: string;
  /** Computed from data, not typed in (a filler does not fill it). */
  computed?: boolean;
  /** Blocks 提交 while not filled. */
  blocking?: boolean;
}

/** What is still empty; the blocking items first. */
export function completenessOf(framework: Framework, content: CompletenessContent, context?: ComputeContext): CompletenessItem[] {
  const items = checklistOf(framework, content, context)
    .filter((i) => !i.filled)
    .map(({ area, key, label, labelEn, blocking }) => ({ area, key, label, labelEn, blocking: blocking === true }));
  return [...items.filter((i) => i.blocking), ...items.filter((i) => !i.blocking)];
}

/** The items that keep an evaluation from being submitted (a 定性 leaf without its level). */
export const blockingOf = (framework: Framework, content: CompletenessContent, context?: ComputeContext): CompletenessItem[] =>
  completenessOf(framework, content, context).filter((i) => i.blocking);

/** Everything an evaluation asks for, filled or not. A deviation reason is asked only for a missed target. */
export function checklistOf(framework: Framework, content: CompletenessContent, context?: ComputeContext): ChecklistItem[] {
  const out: ChecklistItem[] = [];
  const push = (area: CompletenessArea, key: string, [label, labelEn]: [string, string], filled: boolean, extra: Partial<ChecklistItem> = {}) =>
    out.push({ area, key, label, labelEn, filled, ...extra });
  push('report', 'report:reportDate', ['报告日期未填', 'Report date is empty'], Boolean(content.reportDate));

  if (framework.kind === 'departmentWide') {
    const p = content.profile;
    if (!p) push('profile', 'profile', ['单位基本情况未填', 'Unit profile is empty'], false);
    else {
      push('profile', 'profile:authorizedPosts', ['编制数未填', 'Authorised posts (编制数) is empty'], p.authorizedPosts !== null);
      push('profile', 'profile:staffActual', ['实有在职人数未填', 'Staff in post (实有在职人数) is empty'], p.staffActual !== null);
      push('profile', 'profile:duties', ['主要职责未填', 'Main duties (主要职责) are empty'], p.duties.length > 0);
    }
    for (const t of BUDGET_TYPES) {
      const a = content.budget.find((b) => b.budgetType === t);
      const en = BUDGET_LABEL_EN[t];
      if (!a)
        push(
          'budget',
          `budget:${t}`,
          [`${BUDGET_LABEL[t]}支出情况未填报（无支出请勾选“无${BUDGET_LABEL[t]}支出”）`, `${en}: not filled in (tick “no spending” if there was none)`],
          false,
        );
      else
        push(
          'budget',
          `budget:${t}`,
          [`${BUDGET_LABEL[t]}支出情况未填金额`, `${en}: no amounts`],
          Boolean(a.noActivity || a.rows.total || a.rows.basic || a.rows.project),
        );
    }
  }

  const table = buildIndicatorTable(framework, content, context);
  for (const r of table.rows) {
    if (!r.leaf || !r.applicable || r.rule.kind === 'none') continue;
    const name = `指标 ${r.code} ${r.name}`;
    const nameEn = `Indicator ${r.code} ${r.name}`;
    const levels = r.computed ? null : scoredLevels(r.rule);
    if (levels) {
      const choices = levels.map((l) => l.level).join('、');
      const words: [string, string] = [`${name}：定性指标未选择等级（${choices}），不能提交`, `${nameEn}: no level chosen (${choices}); required to submit`];
      push('indicators', `indicator:${r.code}:level`, words, chosenLevel(levels, r.actual) !== null, {
        blocking: true,
      });
    } else if (r.computed)
      push(
        'indicators',
        `indicator:${r.code}:actual`,
        [`${name}：无法计算（${r.computed.problem ?? ''}）`, `${nameEn}: cannot be computed (${computeProblemEn(r.computed.problem ?? '')})`],
        r.computed.value !== null,
        {
          computed: true,
        },
      );
    else
      push(
        'indicators',
        `indicator:${r.code}:actual`,
        [`${name}：实际完成值未填`, `${nameEn}: actual value is empty`],
        !(r.actual === null && r.achievement === null),
      );
    // typed, but the rule cannot read it (“已公开” for a 是/否 leaf): the leaf has no score, say why
    if (!levels && !r.computed && r.actual !== null && r.score === null && r.problem && !/[A-Za-z]/.test(r.problem))
      push(
        'indicators',
        `indicator:${r.code}:unscored`,
        [`${name}：无法计分（${r.problem}）`, `${nameEn}: cannot be scored from the actual value entered`],
        false,
      );
    if (r.operator !== 'yesNo' && r.rule.kind !== 'budgetExecution')
      push('indicators', `indicator:${r.code}:target`, [`${name}：年度指标值未填`, `${nameEn}: annual target is empty`], r.target !== null);
    if (r.missed) {
      push(
        'indicators',
        `indicator:${r.code}:deviationReason`,
        [`${name}：未达到目标，偏差原因分析及改进措施未填`, `${nameEn}: target missed, the reason and measures are empty`],
        Boolean(r.deviationReason),
      );
    }
  }

  for (const p of content.keyProjects) {
    const measures = [{ key: 'main', name: p.measure, target: p.target, actual: p.actual }, ...(p.measures ?? [])];
    for (const m of measures)
      push(
        'keyProjects',
        `keyProject:${p.code}:${m.key}:actual`,
        [`${p.name}“${m.name}”：完成数未填`, `${p.name} “${m.name}”: actual is empty`],
        m.actual !== null,
      );
  }

  const { sections, chapters } = chaptersOf(framework, content);
  for (const c of chapters) {
    const words: [string, string] = c.missing
      ? [`报告缺少必备章节“${c.title}”，不能提交`, `The report has no “${c.title}” chapter (required); required to submit`]
      : [`${c.title}：正文为空（报告必备章节），不能提交`, `${c.title}: the text is empty (a required chapter); required to submit`];
    push('sections', c.key === null ? `section:missing:${c.kind}` : `section:${c.key}`, words, c.written, {
      blocking: true,
      ...(c.key === null ? {} : { section: c.key }),
    });
  }
  const asked = new Set(chapters.map((c) => c.key));
  const hasChild = new Set(sections.map((s) => s.parentKey));
  for (const s of sections) {
    // budget sections are written from the budget figures, 机构、人员构成 and 主要职责 from the profile
    // (report/build.ts): nothing to type there
    if (asked.has(s.key) || hasChild.has(s.key) || s.kind === 'budget' || writtenFromProfile(s, content.profile) || optionalSection(s)) continue;
    const title = titleOf(s);
    push('sections', `section:${s.key}`, [`${title}：正文为空`, `${title}: the text is empty`], !s.paragraphs.every((t) => t.trim() === ''), {
      section: s.key,
    });
  }
  return out;
}

/** A section the report writes from the unit profile when it has no text of its own (report/build.ts): 主要职责 and 机构、人员构成. */
export const writtenFromProfile = (s: Pick<NarrativeSection, 'kind'>, profile: Evaluation['profile']): boolean =>
  profile !== null && (s.kind === 'duties' || s.kind === 'profile');

/**
 * 其他需要说明的情况 still holding the “无” a new 自评 starts it with: nothing was typed and nothing is
 * asked, so it counts neither way (it made a blank 公开 tab read 1/2). Emptied, it is asked again.
 */
export const optionalSection = (s: Pick<NarrativeSection, 'kind' | 'title' | 'parentKey' | 'paragraphs'>): boolean =>
  s.kind === 'other' && s.parentKey === null && s.title.startsWith('其他需要说明的') && s.paragraphs.join('').trim() === '无';

const titleOf = (s: { numbering: string | null; title: string }) => `${s.numbering ?? ''}${s.title || '（无标题）'}`;

/** A required chapter of the outline: the first top-level section of its kind (none: missing), and whether it is written. */
export interface RequiredChapter {
  kind: SectionKind;
  key: string | null;
  title: string; // "六、部门整体支出绩效情况", as the report numbers it (the outline's, when missing)
  missing: boolean;
  written: boolean;
}

/** The sections asked for (no sections stored: the default outline the report prints) and the required chapters. */
export function chaptersOf(framework: Framework, content: CompletenessContent): { sections: NarrativeSection[]; chapters: RequiredChapter[] } {
  const outline: ReportOutline | null = content.outline ?? (framework.kind === 'departmentWide' ? 'departmentWide' : null);
  const sections =
    outline === 'departmentWide' ? effectiveSections({ outline, keyProjects: content.keyProjects, sections: content.sections }) : content.sections;
  const chapters = (outline ? requiredChapters(outline) : []).map((r): RequiredChapter => {
    const own = sections.filter((s) => s.parentKey === null && s.kind === r.kind);
    // written when it, or any of its sub-sections, has text (an imported outline may split it in two)
    if (own[0]) return { kind: r.kind, key: own[0].key, title: titleOf(own[0]), missing: false, written: own.some((s) => hasText(s, sections)) };
    return { kind: r.kind, key: null, title: titleOf(r), missing: true, written: false };
  });
  return { sections, chapters };
}

/** The titles of the required chapters that are missing or empty (they block 提交). */
export const emptyChaptersOf = (framework: Framework, content: CompletenessContent): string[] =>
  chaptersOf(framework, content)
    .chapters.filter((c) => !c.written)
    .map((c) => c.title);

/**
 * Why an evaluation has no 自评得分: "指标 2.1.1 名称" of each applicable scored leaf without a score, or
 * [] when the total is there. A total with nothing to name (no scored leaf at all) gives one line saying so.
 */
export function unscoredOf(framework: Framework, content: TableContent, context?: ComputeContext): string[] {
  const table = buildIndicatorTable(framework, content, context);
  if (table.total !== null) return [];
  const names = table.rows.filter((r) => r.leaf && r.applicable && r.rule.kind !== 'none' && r.score === null).map((r) => `指标 ${r.code} ${r.name}`);
  return names.length ? names : ['指标自评表无可得分的指标'];
}
