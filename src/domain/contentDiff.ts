// What an evaluation save must write: the content in its stored form (as a load reads it back),
// flattened into the rows of each table, and the rows that differ from what is stored. A save
// writes only those (store/evaluationWrites.ts), and a save that changes nothing writes nothing.
import { canonicalJson } from './canonicalJson.js';
import type { EvaluationContent } from './content.js';
import { normalize } from './decimal.js';
import {
  BUDGET_TYPES,
  type BudgetAccount,
  type BudgetRowClass,
  type KeyProject,
  type KeyProjectMeasure,
  type NarrativeSection,
  type ThreePublicItem,
} from './types.js';

const num = (v: string | null | undefined): string | null => (v === null || v === undefined ? null : normalize(v));

/** The order a load gives 三公 lines in (the table has no order column). */
export const THREE_PUBLIC_ORDER: readonly ThreePublicItem[] = ['total', 'reception', 'vehicles', 'vehiclePurchase', 'vehicleOperation', 'overseas'];
const ROW_CLASSES: readonly BudgetRowClass[] = ['total', 'basic', 'project'];
const byNumericKey = (a: string, b: string) => a.localeCompare(b, 'en', { numeric: true });

/**
 * The content as the store reads it back after writing it: decimals normalised, lists in the
 * loader's order, optional flags present only when set. Key projects keep the names given here;
 * the store answers the names it holds (a project's code names it once for every unit).
 */
export function storedContent(c: EvaluationContent): EvaluationContent {
  const budget: BudgetAccount[] = [...c.budget]
    .sort((a, b) => BUDGET_TYPES.indexOf(a.budgetType) - BUDGET_TYPES.indexOf(b.budgetType))
    .map((a) => {
      const rows: BudgetAccount['rows'] = {};
      for (const cls of ROW_CLASSES) {
        const r = a.rows[cls];
        if (r) rows[cls] = { opening: normalize(r.opening), income: normalize(r.income), expenditure: normalize(r.expenditure), closing: normalize(r.closing) };
      }
      return { budgetType: a.budgetType, noActivity: a.noActivity, rows };
    });
  return {
    title: c.title,
    reportDate: c.reportDate ?? null,
    profile: c.profile
      ? {
          authorizedPosts: c.profile.authorizedPosts ?? null,
          staffActual: c.profile.staffActual ?? null,
          retired: c.profile.retired ?? null,
          departments: c.profile.departments ?? [],
          duties: c.profile.duties ?? [],
          intro: c.profile.intro ?? null,
        }
      : null,
    budget,
    budgetLines: c.budgetLines.map((l) => ({ key: l.key, label: l.label, initial: num(l.initial), adjusted: num(l.adjusted), executed: num(l.executed) })),
    threePublic: [...c.threePublic]
      .sort((a, b) => THREE_PUBLIC_ORDER.indexOf(a.item) - THREE_PUBLIC_ORDER.indexOf(b.item))
      .map((t) => ({ item: t.item, budget: num(t.budget), actual: num(t.actual) })),
    indicators: c.indicators
      .map((v) => ({
        indicatorCode: v.indicatorCode,
        target: v.target ?? null,
        actual: v.actual ?? null,
        score: num(v.score),
        deviationReason: v.deviationReason ?? null,
        applicable: v.applicable ?? true,
        achievement: v.achievement ?? null,
        ...(v.achievementPercent == null ? {} : { achievementPercent: Number(String(v.achievementPercent)) }),
        ...(v.sample ? { sample: true } : {}),
      }))
      .sort((a, b) => byNumericKey(a.indicatorCode, b.indicatorCode)),
    keyProjects: [...c.keyProjects]
      .sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0))
      .map((k) => ({
        code: k.code,
        name: k.name,
        measure: k.measure,
        unitOfMeasure: k.unitOfMeasure,
        target: num(k.target),
        actual: num(k.actual),
        note: k.note ?? null,
        measures: (k.measures ?? []).map((m) => ({
          key: m.key,
          name: m.name,
          unitOfMeasure: m.unitOfMeasure,
          kind: m.kind,
          target: num(m.target),
          actual: num(m.actual),
          ...(m.sample ? { sample: true } : {}),
        })),
        funding: k.funding.map((f) => ({ category: f.category, source: f.source, label: f.label, amount: normalize(f.amount) })),
      })),
    sections: [...c.sections]
      .sort((a, b) => byNumericKey(a.key, b.key))
      .map((s) => ({
        key: s.key,
        parentKey: s.parentKey ?? null,
        order: s.order,
        kind: s.kind,
        numbering: s.numbering ?? null,
        title: s.title,
        runIn: s.runIn ?? false,
        paragraphs: s.paragraphs,
        indicatorCode: s.indicatorCode ?? null,
        figures: s.figures.map((f) => ({ paragraph: f.paragraph, text: f.text, occurrence: f.occurrence ?? 0, ref: f.ref })),
      })),
  };
}

/** One row of each content table (keys as the primary keys, `ord` where the table keeps order). */
export interface ContentRows {
  budgetTypes: { budgetType: string; noActivity: boolean }[];
  budgetRows: { budgetType: string; rowClass: string; opening: string; income: string; expenditure: string; closing: string }[];
  budgetLines: { key: string; ord: number; label: string; initial: string | null; adjusted: string | null; executed: string | null }[];
  threePublic: { item: string; budget: string | null; actual: string | null }[];
  indicators: {
    indicatorCode: string;
    target: string | null;
    actual: string | null;
    score: string | null;
    deviationReason: string | null;
    applicable: boolean;
    achievement: string | null;
    achievementPercent: number | null;
    sample: boolean;
  }[];
  sections: {
    key: string;
    parentKey: string | null;
    ord: number;
    kind: string;
    numbering: string | null;
    title: string;
    runIn: boolean;
    paragraphs: string[];
    indicatorCode: string | null;
  }[];
  figureLinks: { sectionKey: string; ord: number; paragraph: number; text: string; occurrence: number; ref: unknown }[];
  projectValues: { code: string; target: string | null; actual: string | null; note: string | null; name: string }[];
  projectFunding: { code: string; category: string; source: string; ord: number; label: string; amount: string }[];
  projectMeasures: {
    code: string;
    key: string;
    ord: number;
    name: string;
    unitOfMeasure: string;
    kind: string;
    target: string | null;
    actual: string | null;
    sample: boolean;
  }[];
}
export type ContentTable = keyof ContentRows;

/** The primary key (within the evaluation, or the unit's year for projects) of each table's rows. */
export const ROW_KEYS: { [T in ContentTable]: (keyof ContentRows[T][number])[] } = {
  budgetTypes: ['budgetType'],
  budgetRows: ['budgetType', 'rowClass'],
  budgetLines: ['key'],
  threePublic: ['item'],
  indicators: ['indicatorCode'],
  sections: ['key'],
  figureLinks: ['sectionKey', 'ord'],
  projectValues: ['code'],
  projectFunding: ['code', 'category', 'source'],
  projectMeasures: ['code', 'key'],
};

/** A narrative section as its stored row (the evaluation id aside). */
export function sectionRow(s: NarrativeSection) {
  const { key, parentKey, order, kind, numbering, title, runIn, paragraphs, indicatorCode } = s;
  return { key, parentKey, ord: order, kind, numbering, title, runIn, paragraphs, indicatorCode };
}

/** A key project's measure as its stored row (project, unit and year aside). */
export function measureRow(m: KeyProjectMeasure, ord: number) {
  const { key, name, unitOfMeasure, kind, target, actual } = m;
  return { key, ord, name, unitOfMeasure, kind, target, actual, sample: m.sample ?? false };
}

/** The rows a stored-form content is written as. */
export function contentRows(c: EvaluationContent): ContentRows {
  return {
    budgetTypes: c.budget.map((b) => ({ budgetType: b.budgetType, noActivity: b.noActivity })),
    budgetRows: c.budget.flatMap((b) =>
      Object.entries(b.rows).map(([rowClass, f]) => ({
        budgetType: b.budgetType,
        rowClass,
        opening: f.opening,
        income: f.income,
        expenditure: f.expenditure,
        closing: f.closing,
      })),
    ),
    budgetLines: c.budgetLines.map((l, ord) => ({ key: l.key, ord, label: l.label, initial: l.initial, adjusted: l.adjusted, executed: l.executed })),
    threePublic: c.threePublic.map((t) => ({ item: t.item, budget: t.budget, actual: t.actual })),
    indicators: c.indicators.map((v) => ({
      indicatorCode: v.indicatorCode,
      target: v.target,
      actual: v.actual,
      score: v.score,
      deviationReason: v.deviationReason,
      applicable: v.applicable,
      achievement: v.achievement,
      achievementPercent: v.achievementPercent ?? null,
      sample: v.sample ?? false,
    })),
    sections: c.sections.map(sectionRow),
    figureLinks: c.sections.flatMap((s) =>
      s.figures.map((f, ord) => ({ sectionKey: s.key, ord, paragraph: f.paragraph, text: f.text, occurrence: f.occurrence, ref: f.ref })),
    ),
    projectValues: c.keyProjects.map((k) => ({ code: k.code, target: k.target, actual: k.actual, note: k.note, name: k.name })),
    projectFunding: c.keyProjects.flatMap((k) =>
      k.funding.map((f, ord) => ({ code: k.code, category: f.category, source: f.source, ord, label: f.label, amount: f.amount })),
    ),
    projectMeasures: c.keyProjects.flatMap((k) => (k.measures ?? []).map((m, ord) => ({ code: k.code, ...measureRow(m, ord) }))),
  };
}

/** Rows to insert or update (whole rows) and rows to delete (their stored rows) of one table. */
export interface RowChanges<R> {
  upsert: R[];
  remove: R[];
}
export type ContentChanges = {
  [T in ContentTable]: RowChanges<ContentRows[T][number]>;
} & {
  /** Title and report date when either changed. */
  header: { title: string; reportDate: string | null } | null;
  /** The unit's profile of the year when it changed (null: delete it). */
  profile: { set: EvaluationContent['profile'] } | null;
};

/** The key of a row of `table` as one string. */
export function rowKey<T extends ContentTable>(table: T, row: ContentRows[T][number]): string {
  return canonicalJson(ROW_KEYS[table].map((k) => row[k]));
}

function diffRows<T extends ContentTable>(table: T, before: ContentRows[T][number][], after: ContentRows[T][number][]): RowChanges<ContentRows[T][number]> {
  const stored = new Map(before.map((r) => [rowKey(table, r), r]));
  const upsert: ContentRows[T][number][] = [];
  const kept = new Set<string>();
  for (const r of after) {
    const k = rowKey(table, r);
    if (kept.has(k)) throw new Error(`duplicate ${table} row ${k}`);
    kept.add(k);
    const old = stored.get(k);
    if (!old || canonicalJson(old) !== canonicalJson(r)) upsert.push(r);
  }
  return { upsert, remove: before.filter((r) => !kept.has(rowKey(table, r))) };
}

/**
 * What turns the stored content `before` into `after` (both in stored form, see storedContent):
 * each table's rows that differ, the header and the profile when they changed.
 */
export function diffContent(before: EvaluationContent, after: EvaluationContent): ContentChanges {
  const b = contentRows(before);
  const a = contentRows(after);
  const tables = Object.keys(ROW_KEYS) as ContentTable[];
  const out = Object.fromEntries(tables.map((t) => [t, diffRows(t, b[t] as never[], a[t] as never[])])) as unknown as ContentChanges;
  out.header = before.title !== after.title || before.reportDate !== after.reportDate ? { title: after.title, reportDate: after.reportDate } : null;
  out.profile = canonicalJson(before.profile) !== canonicalJson(after.profile) ? { set: after.profile } : null;
  return out;
}

/** Tables (besides the header and profile) with rows to write. */
export function changedTables(c: ContentChanges): ContentTable[] {
  return (Object.keys(ROW_KEYS) as ContentTable[]).filter((t) => c[t].upsert.length > 0 || c[t].remove.length > 0);
}

export function isUnchanged(c: ContentChanges): boolean {
  return c.header === null && c.profile === null && changedTables(c).length === 0;
}

/**
 * Whether the changes touch a figure the roll-ups derive (budget rows, indicator actuals and
 * applicability, key projects); the total score and grade are the caller's to compare.
 */
export function touchesRollups(c: ContentChanges, before: EvaluationContent): boolean {
  if (changedTables(c).some((t) => t === 'budgetRows' || t.startsWith('project'))) return true;
  const old = new Map(before.indicators.map((v) => [v.indicatorCode, v]));
  const rolled = (v: { actual: string | null; applicable: boolean } | undefined) => (v ? `${v.applicable}|${v.actual}` : 'none');
  return c.indicators.remove.length > 0 || c.indicators.upsert.some((v) => rolled(v) !== rolled(old.get(v.indicatorCode)));
}

/** Key projects whose identity (name, measure, unit) the store must find or create: every code written. */
export function projectsToEnsure(
  c: ContentChanges,
  before: EvaluationContent,
  after: EvaluationContent,
): Pick<KeyProject, 'code' | 'name' | 'measure' | 'unitOfMeasure'>[] {
  const codes = new Set([...c.projectValues.upsert, ...c.projectFunding.upsert, ...c.projectMeasures.upsert].map((r) => r.code));
  const removed = new Set([...c.projectValues.remove, ...c.projectFunding.remove, ...c.projectMeasures.remove].map((r) => r.code));
  const byCode = new Map([...before.keyProjects, ...after.keyProjects].map((k) => [k.code, k]));
  return [...new Set([...codes, ...removed])].map((code) => {
    const k = byCode.get(code)!;
    return { code, name: k.name, measure: k.measure, unitOfMeasure: k.unitOfMeasure };
  });
}
