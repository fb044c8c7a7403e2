// The Evaluation aggregate: one row in `evaluations` plus its child rows, saved and loaded whole.
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { normalize } from '../domain/decimal.js';
import type {
  Achievement,
  BudgetAccount,
  BudgetFigures,
  BudgetRowClass,
  BudgetType,
  Evaluation,
  EvaluationStatus,
  FigureRef,
  FrameworkKind,
  ReportOutline,
  SectionKind,
  ThreePublicItem,
  UnitLevel,
  UnitProfile,
} from '../domain/types.js';
import { BUDGET_TYPES } from '../domain/types.js';
import { sectionRow, THREE_PUBLIC_ORDER } from '../domain/contentDiff.js';
import { inSequence, queryRows, type DbOrTx } from './db.js';
import { readKeyProjects, writeKeyProjects } from './keyProjects.js';
import type { EvaluationHeader } from '../domain/wire.js';

export type { EvaluationHeader };
import {
  budgetLines,
  budgetRows,
  budgetTypes,
  evaluations,
  figureLinks,
  frameworks,
  indicatorValues,
  narrativeSections,
  threePublic,
  unitProfiles,
  units,
} from './schema.js';
import type { EvaluationContent } from '../domain/content.js';

export type { EvaluationContent };

const num = (v: string | null): string | null => (v === null ? null : normalize(v));

export function evaluationRepository(db: DbOrTx) {
  return {
    async create(e: {
      unitId: string;
      year: number;
      frameworkId: string;
      outline: ReportOutline;
      title: string;
      status?: EvaluationStatus;
      sample?: boolean;
      projectCode?: string | null;
    }) {
      const [row] = await db
        .insert(evaluations)
        .values({
          unitId: Number(e.unitId),
          year: e.year,
          frameworkId: Number(e.frameworkId),
          outline: e.outline,
          title: e.title,
          status: e.status ?? 'draft',
          sample: e.sample ?? false,
          projectCode: e.projectCode ?? '',
        })
        .returning({ id: evaluations.id });
      return String(row!.id);
    },

    async header(id: string): Promise<EvaluationHeader | null> {
      const rows = await this.headers({ ids: [id] });
      return rows[0] ?? null;
    },

    async headers(filter: { ids?: string[]; unitIds?: string[]; year?: number; status?: EvaluationStatus[] }): Promise<EvaluationHeader[]> {
      const conds = [];
      if (filter.ids) conds.push(inArray(evaluations.id, filter.ids.map(Number)));
      if (filter.unitIds) conds.push(inArray(evaluations.unitId, filter.unitIds.map(Number)));
      if (filter.year !== undefined) conds.push(eq(evaluations.year, filter.year));
      if (filter.status) conds.push(inArray(evaluations.status, filter.status));
      if (filter.ids?.length === 0 || filter.unitIds?.length === 0) return [];
      const rows = await db
        .select({
          id: evaluations.id,
          unitId: evaluations.unitId,
          unitName: units.name,
          unitCode: units.code,
          year: evaluations.year,
          frameworkCode: frameworks.code,
          title: evaluations.title,
          status: evaluations.status,
          version: evaluations.version,
          updatedAt: evaluations.updatedAt,
          totalScore: evaluations.totalScore,
          grade: evaluations.grade,
          sample: evaluations.sample,
          projectCode: evaluations.projectCode,
          openedAt: evaluations.openedAt,
        })
        .from(evaluations)
        .innerJoin(units, eq(units.id, evaluations.unitId))
        .innerJoin(frameworks, eq(frameworks.id, evaluations.frameworkId))
        .where(conds.length ? and(...conds) : undefined)
        .orderBy(asc(units.code), asc(evaluations.year), asc(evaluations.id));
      return rows.map((r) => ({
        ...r,
        id: String(r.id),
        unitId: String(r.unitId),
        status: r.status as EvaluationStatus,
        updatedAt: new Date(r.updatedAt).toISOString(),
        projectCode: r.projectCode === '' ? null : r.projectCode,
        openedAt: r.openedAt === null ? null : new Date(r.openedAt).toISOString(),
      }));
    },

    /**
     * Optimistic concurrency: bumps the version only if it is still `expectedVersion`.
     * Returns the new version, or null when someone else saved first.
     */
    async bumpVersion(id: string, expectedVersion: number, patch: { status?: EvaluationStatus } = {}): Promise<number | null> {
      const rows = await db
        .update(evaluations)
        .set({ version: sql`${evaluations.version} + 1`, updatedAt: new Date(), ...patch })
        .where(and(eq(evaluations.id, Number(id)), eq(evaluations.version, expectedVersion)))
        .returning({ version: evaluations.version });
      return rows[0]?.version ?? null;
    },

    /** Replaces all content rows of an evaluation (call inside a transaction). */
    async writeContent(id: string, c: EvaluationContent): Promise<void> {
      const evalId = Number(id);
      const [head] = await db.select().from(evaluations).where(eq(evaluations.id, evalId));
      if (!head) throw new Error(`evaluation ${id} not found`);
      await db.update(evaluations).set({ title: c.title, reportDate: c.reportDate }).where(eq(evaluations.id, evalId));
      for (const t of [indicatorValues, budgetTypes, budgetRows, budgetLines, threePublic, narrativeSections, figureLinks]) {
        await db.delete(t).where(eq(t.evaluationId, evalId));
      }
      // A project's 自评表 shares the unit's profile and key projects: it never rewrites them.
      const own = head.projectCode === '';
      if (own) await writeProfile(db, head.unitId, head.year, c.profile);
      await writeBudget(db, evalId, c.budget);
      if (c.budgetLines.length) await db.insert(budgetLines).values(c.budgetLines.map((l, i) => ({ evaluationId: evalId, ord: i, ...l })));
      if (c.threePublic.length) await db.insert(threePublic).values(c.threePublic.map((l) => ({ evaluationId: evalId, ...l })));
      if (c.indicators.length)
        await db.insert(indicatorValues).values(
          c.indicators.map(({ achievementPercent, sample, ...v }) => ({
            evaluationId: evalId,
            ...v,
            sample: sample ?? false,
            achievementPercent: achievementPercent == null ? null : String(achievementPercent),
          })),
        );
      if (own) await writeKeyProjects(db, head.unitId, head.year, c.keyProjects);
      if (c.sections.length) {
        await db.insert(narrativeSections).values(c.sections.map((s) => ({ evaluationId: evalId, ...sectionRow(s) })));
        const links = c.sections.flatMap((s) => s.figures.map((f, i) => ({ evaluationId: evalId, sectionKey: s.key, ord: i, ...f })));
        if (links.length) await db.insert(figureLinks).values(links);
      }
    },

    /** Stores computed scores on indicator values (leaves without a value get none). */
    async setScores(id: string, scores: { indicatorCode: string; score: string | null }[]) {
      if (scores.length === 0) return;
      // One statement for the whole 自评表 (often 30–60 indicators), not one per indicator.
      await db.execute(sql`
        update indicator_values v set score = t.score::numeric
          from unnest(${sql.param(scores.map((x) => x.indicatorCode))}::text[], ${sql.param(scores.map((x) => x.score))}::text[]) as t(code, score)
         where v.evaluation_id = ${Number(id)} and v.indicator_code = t.code`);
    },

    /** What scoring reads (indicator values and budget lines), without loading the whole evaluation. */
    async scoringInputs(id: string): Promise<Pick<Evaluation, 'indicators' | 'budgetLines'>> {
      const evalId = Number(id);
      const [lines, values] = await inSequence([
        () => db.select().from(budgetLines).where(eq(budgetLines.evaluationId, evalId)).orderBy(budgetLines.ord),
        () => db.select().from(indicatorValues).where(eq(indicatorValues.evaluationId, evalId)),
      ]);
      return { budgetLines: lines.map(toBudgetLine), indicators: values.map(toIndicatorValue).sort(byIndicatorCode) };
    },

    /** The 三公 lines of the unit's own evaluation of a year (the first, if several frameworks). */
    async ownThreePublic(unitId: string, year: number): Promise<Evaluation['threePublic']> {
      const rows = await queryRows<{ item: ThreePublicItem; budget: string | null; actual: string | null }>(
        db,
        sql`select item, budget, actual from three_public where evaluation_id =
              (select min(id) from evaluations where unit_id = ${Number(unitId)} and year = ${year} and project_code = '')`,
      );
      return rows.map((t) => ({ item: t.item, budget: num(t.budget), actual: num(t.actual) }));
    },

    /** Deletes an evaluation and its rows (children cascade). */
    async remove(id: string): Promise<void> {
      await db.delete(evaluations).where(eq(evaluations.id, Number(id)));
    },

    /** Records the first read of the current submission by a reviewer; true when this call set it. */
    async markOpened(id: string, userId: string | null): Promise<boolean> {
      const rows = await db
        .update(evaluations)
        .set({ openedAt: new Date(), openedBy: userId === null ? null : Number(userId) })
        .where(and(eq(evaluations.id, Number(id)), eq(evaluations.status, 'submitted'), sql`${evaluations.openedAt} is null`))
        .returning({ id: evaluations.id });
      return rows.length > 0;
    },

    async clearOpened(id: string): Promise<void> {
      await db
        .update(evaluations)
        .set({ openedAt: null, openedBy: null })
        .where(eq(evaluations.id, Number(id)));
    },

    async opened(id: string): Promise<{ openedAt: string | null; openedBy: string | null }> {
      const [r] = await db
        .select({ at: evaluations.openedAt, by: evaluations.openedBy })
        .from(evaluations)
        .where(eq(evaluations.id, Number(id)));
      return { openedAt: r?.at ? new Date(r.at).toISOString() : null, openedBy: r?.by == null ? null : String(r.by) };
    },

    /** Replaces the actuals of computed leaves (rows created when missing). */
    async setActuals(id: string, values: { indicatorCode: string; actual: string | null }[]) {
      if (values.length === 0) return;
      await db.execute(sql`
        insert into indicator_values (evaluation_id, indicator_code, actual)
        select ${Number(id)}, t.code, t.actual
          from unnest(${sql.param(values.map((x) => x.indicatorCode))}::text[], ${sql.param(values.map((x) => x.actual))}::text[]) as t(code, actual)
        on conflict (evaluation_id, indicator_code) do update set actual = excluded.actual`);
    },

    async setTotal(id: string, total: string | null, grade: string | null) {
      await db
        .update(evaluations)
        .set({ totalScore: total, grade })
        .where(eq(evaluations.id, Number(id)));
    },

    async load(id: string): Promise<Evaluation | null> {
      const evalId = Number(id);
      const [h] = await db
        .select({ e: evaluations, u: units, f: frameworks })
        .from(evaluations)
        .innerJoin(units, eq(units.id, evaluations.unitId))
        .innerJoin(frameworks, eq(frameworks.id, evaluations.frameworkId))
        .where(eq(evaluations.id, evalId));
      if (!h) return null;
      const { e, u, f } = h;
      const [profileRows, types, rows, lines, tp, values, sections, links] = await inSequence([
        () =>
          db
            .select()
            .from(unitProfiles)
            .where(and(eq(unitProfiles.unitId, u.id), eq(unitProfiles.year, e.year))),
        () => db.select().from(budgetTypes).where(eq(budgetTypes.evaluationId, evalId)),
        () => db.select().from(budgetRows).where(eq(budgetRows.evaluationId, evalId)),
        () => db.select().from(budgetLines).where(eq(budgetLines.evaluationId, evalId)).orderBy(budgetLines.ord),
        () => db.select().from(threePublic).where(eq(threePublic.evaluationId, evalId)),
        () => db.select().from(indicatorValues).where(eq(indicatorValues.evaluationId, evalId)),
        () => db.select().from(narrativeSections).where(eq(narrativeSections.evaluationId, evalId)),
        () => db.select().from(figureLinks).where(eq(figureLinks.evaluationId, evalId)).orderBy(figureLinks.ord),
      ]);
      const p = profileRows[0];
      return {
        id: String(e.id),
        unit: { id: String(u.id), code: u.code, name: u.name, shortName: u.shortName, level: u.level as UnitLevel, type: u.type },
        year: e.year,
        framework: { id: String(f.id), code: f.code, name: f.name, kind: f.kind as FrameworkKind, version: f.version },
        outline: e.outline as ReportOutline,
        title: e.title,
        reportDate: e.reportDate,
        status: e.status as EvaluationStatus,
        version: e.version,
        sample: e.sample,
        projectCode: e.projectCode === '' ? null : e.projectCode,
        totalScore: e.totalScore === null ? null : normalize(e.totalScore),
        grade: (e.grade as Evaluation['grade']) ?? null,
        profile: p
          ? {
              authorizedPosts: p.authorizedPosts,
              staffActual: p.staffActual,
              retired: p.retired,
              departments: p.departments,
              duties: p.duties,
              intro: p.intro,
            }
          : null,
        budget: readBudget(types, rows),
        budgetLines: lines.map(toBudgetLine),
        threePublic: tp
          .map((t) => ({ item: t.item as ThreePublicItem, budget: num(t.budget), actual: num(t.actual) }))
          .sort((a, b) => THREE_PUBLIC_ORDER.indexOf(a.item) - THREE_PUBLIC_ORDER.indexOf(b.item)),
        indicators: values.map(toIndicatorValue).sort(byIndicatorCode),
        keyProjects: (await readKeyProjects(db, u.id, e.year)).filter((k) => e.projectCode === '' || k.code === e.projectCode),
        sections: sections
          .sort((a, b) => a.key.localeCompare(b.key, 'en', { numeric: true }))
          .map((s) => ({
            key: s.key,
            parentKey: s.parentKey,
            order: s.ord,
            kind: s.kind as SectionKind,
            numbering: s.numbering,
            title: s.title,
            runIn: s.runIn,
            paragraphs: s.paragraphs,
            indicatorCode: s.indicatorCode,
            figures: links
              .filter((l) => l.sectionKey === s.key)
              .map((l) => ({ paragraph: l.paragraph, text: l.text, occurrence: l.occurrence, ref: l.ref as FigureRef })),
          })),
      };
    },
  };
}

const toBudgetLine = (l: typeof budgetLines.$inferSelect) => ({
  key: l.key,
  label: l.label,
  initial: num(l.initial),
  adjusted: num(l.adjusted),
  executed: num(l.executed),
});

const toIndicatorValue = (v: typeof indicatorValues.$inferSelect): Evaluation['indicators'][number] => ({
  indicatorCode: v.indicatorCode,
  target: v.target,
  actual: v.actual,
  score: num(v.score),
  deviationReason: v.deviationReason,
  applicable: v.applicable,
  achievement: v.achievement as Achievement | null,
  ...(v.achievementPercent === null ? {} : { achievementPercent: Number(v.achievementPercent) }),
  ...(v.sample ? { sample: true } : {}),
});

const byIndicatorCode = (a: { indicatorCode: string }, b: { indicatorCode: string }) => a.indicatorCode.localeCompare(b.indicatorCode, 'en', { numeric: true });

async function writeProfile(db: DbOrTx, unitId: number, year: number, p: Evaluation['profile']) {
  await db.delete(unitProfiles).where(and(eq(unitProfiles.unitId, unitId), eq(unitProfiles.year, year)));
  if (p) await db.insert(unitProfiles).values({ unitId, year, ...p });
}

async function writeBudget(db: DbOrTx, evaluationId: number, budget: BudgetAccount[]) {
  if (budget.length === 0) return;
  await db.insert(budgetTypes).values(budget.map((b) => ({ evaluationId, budgetType: b.budgetType, noActivity: b.noActivity })));
  const rows = budget.flatMap((b) =>
    Object.entries(b.rows).map(([rowClass, f]) => ({ evaluationId, budgetType: b.budgetType, rowClass, ...(f as BudgetFigures) })),
  );
  if (rows.length) await db.insert(budgetRows).values(rows);
}

function readBudget(types: (typeof budgetTypes.$inferSelect)[], rows: (typeof budgetRows.$inferSelect)[]): BudgetAccount[] {
  const order = (t: string) => BUDGET_TYPES.indexOf(t as BudgetType);
  return types
    .sort((a, b) => order(a.budgetType) - order(b.budgetType))
    .map((t) => {
      const out: BudgetAccount = { budgetType: t.budgetType as BudgetType, noActivity: t.noActivity, rows: {} };
      for (const cls of ['total', 'basic', 'project'] as BudgetRowClass[]) {
        const r = rows.find((x) => x.budgetType === t.budgetType && x.rowClass === cls);
        if (r)
          out.rows[cls] = { opening: normalize(r.opening), income: normalize(r.income), expenditure: normalize(r.expenditure), closing: normalize(r.closing) };
      }
      return out;
    });
}

/** The unit's profile of the latest year before `year` (a new evaluation starts from it). */
export async function latestProfileBefore(db: DbOrTx, unitId: string, year: number): Promise<{ year: number; profile: UnitProfile } | null> {
  const [p] = await db
    .select()
    .from(unitProfiles)
    .where(and(eq(unitProfiles.unitId, Number(unitId)), sql`${unitProfiles.year} < ${year}`))
    .orderBy(sql`${unitProfiles.year} desc`)
    .limit(1);
  if (!p) return null;
  return {
    year: p.year,
    profile: {
      authorizedPosts: p.authorizedPosts,
      staffActual: p.staffActual,
      retired: p.retired,
      departments: p.departments,
      duties: p.duties,
      intro: p.intro,
    },
  };
}

export type EvaluationRepository = ReturnType<typeof evaluationRepository>;
