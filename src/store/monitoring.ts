// 运行监控 and 整改 rows: rounds, per-unit reports with their answers, and the rectification ledger.
import { and, asc, desc, eq, inArray, lte, ne, or, sql } from 'drizzle-orm';
import type { Answer, Rectification, Round } from '../domain/monitoring/wire.js';
import type { PlanStatus } from '../domain/monitoring/workflow.js';
import type { DbOrTx } from './db.js';
import { monitoringBudgetAnswers, monitoringIndicatorAnswers, monitoringReports, monitoringRounds, notifications, rectifications, units } from './schema.js';

// Rows extend the API shapes of domain/monitoring/wire.ts with what only the services need.
export interface RoundRow extends Omit<Round, 'status'> {
  createdAt: string;
}

export interface ReportRow {
  id: string;
  roundId: string;
  unitId: string;
  unitName: string;
  status: PlanStatus;
  version: number;
  lastReason: string | null;
  updatedAt: string;
}

export interface IndicatorAnswerRow extends Answer {
  targetId: string;
  indicatorCode: string;
}

export interface BudgetAnswerRow {
  targetId: string;
  lineKey: string;
  executed: string | null;
}

export interface RectificationRow extends Rectification {
  unitId: string;
  unitName: string;
  roundId: string | null;
  createdAt: string;
  closedAt: string | null;
}

const iso = (d: Date | string | null) => (d === null ? null : new Date(d).toISOString());
const validId = (id: string) => /^\d{1,9}$/.test(id);

export function monitoringRepository(db: DbOrTx) {
  const roundCols = {
    r: monitoringRounds,
    rootUnitName: units.name,
  };
  const toRound = ({ r, rootUnitName }: { r: typeof monitoringRounds.$inferSelect; rootUnitName: string }): RoundRow => ({
    id: String(r.id),
    rootUnitId: String(r.rootUnitId),
    rootUnitName,
    year: r.year,
    name: r.name,
    asOf: r.asOf,
    dueDate: r.dueDate,
    yellow: r.yellow,
    red: r.red,
    createdAt: iso(r.createdAt)!,
  });
  const reportCols = { m: monitoringReports, unitName: units.name };
  const toReport = ({ m, unitName }: { m: typeof monitoringReports.$inferSelect; unitName: string }): ReportRow => ({
    id: String(m.id),
    roundId: String(m.roundId),
    unitId: String(m.unitId),
    unitName,
    status: m.status as PlanStatus,
    version: m.version,
    lastReason: m.lastReason,
    updatedAt: iso(m.updatedAt)!,
  });

  return {
    async createRound(r: {
      rootUnitId: string;
      year: number;
      name: string;
      asOf: string;
      dueDate: string;
      yellow: string;
      red: string;
      userId: string | null;
    }): Promise<string> {
      const [row] = await db
        .insert(monitoringRounds)
        .values({ ...r, rootUnitId: Number(r.rootUnitId), createdBy: r.userId === null ? null : Number(r.userId) })
        .returning({ id: monitoringRounds.id });
      return String(row!.id);
    },

    async round(id: string): Promise<RoundRow | null> {
      if (!validId(id)) return null;
      const [row] = await db
        .select(roundCols)
        .from(monitoringRounds)
        .innerJoin(units, eq(units.id, monitoringRounds.rootUnitId))
        .where(eq(monitoringRounds.id, Number(id)));
      return row ? toRound(row) : null;
    },

    /** Rounds of a year whose root is one of `rootIds` (a unit's ancestors and itself). */
    async roundsFor(rootIds: string[], year: number): Promise<RoundRow[]> {
      if (rootIds.length === 0) return [];
      const rows = await db
        .select(roundCols)
        .from(monitoringRounds)
        .innerJoin(units, eq(units.id, monitoringRounds.rootUnitId))
        .where(and(inArray(monitoringRounds.rootUnitId, rootIds.map(Number)), eq(monitoringRounds.year, year)))
        .orderBy(desc(monitoringRounds.asOf), desc(monitoringRounds.id));
      return rows.map(toRound);
    },

    /** The report of a unit in a round, created empty on first access. */
    async ensureReport(roundId: string, unitId: string): Promise<ReportRow> {
      await db
        .insert(monitoringReports)
        .values({ roundId: Number(roundId), unitId: Number(unitId) })
        .onConflictDoNothing();
      const [row] = await db
        .select(reportCols)
        .from(monitoringReports)
        .innerJoin(units, eq(units.id, monitoringReports.unitId))
        .where(and(eq(monitoringReports.roundId, Number(roundId)), eq(monitoringReports.unitId, Number(unitId))));
      return toReport(row!);
    },

    async reports(roundId: string, unitIds?: string[]): Promise<ReportRow[]> {
      if (unitIds?.length === 0) return [];
      const rows = await db
        .select(reportCols)
        .from(monitoringReports)
        .innerJoin(units, eq(units.id, monitoringReports.unitId))
        .where(and(eq(monitoringReports.roundId, Number(roundId)), unitIds ? inArray(monitoringReports.unitId, unitIds.map(Number)) : undefined))
        .orderBy(asc(units.code));
      return rows.map(toReport);
    },

    async bumpReport(id: string, expected: number, patch: { status?: PlanStatus; lastReason?: string | null } = {}): Promise<number | null> {
      const rows = await db
        .update(monitoringReports)
        .set({ version: sql`${monitoringReports.version} + 1`, updatedAt: new Date(), ...patch })
        .where(and(eq(monitoringReports.id, Number(id)), eq(monitoringReports.version, expected)))
        .returning({ version: monitoringReports.version });
      return rows[0]?.version ?? null;
    },

    async answers(reportIds: string[]): Promise<{ indicators: Map<string, IndicatorAnswerRow[]>; budget: Map<string, BudgetAnswerRow[]> }> {
      const indicators = new Map<string, IndicatorAnswerRow[]>(reportIds.map((id) => [id, []]));
      const budget = new Map<string, BudgetAnswerRow[]>(reportIds.map((id) => [id, []]));
      if (reportIds.length === 0) return { indicators, budget };
      const ids = reportIds.map(Number);
      const ia = await db.select().from(monitoringIndicatorAnswers).where(inArray(monitoringIndicatorAnswers.reportId, ids));
      for (const { reportId, targetId, ...r } of ia) indicators.get(String(reportId))!.push({ ...r, targetId: String(targetId) });
      const ba = await db.select().from(monitoringBudgetAnswers).where(inArray(monitoringBudgetAnswers.reportId, ids));
      for (const r of ba) budget.get(String(r.reportId))!.push({ targetId: String(r.targetId), lineKey: r.lineKey, executed: r.executed });
      return { indicators, budget };
    },

    /** Replaces a report's answers (inside a transaction), one statement per table. */
    async writeAnswers(reportId: string, indicators: IndicatorAnswerRow[], budget: BudgetAnswerRow[]): Promise<void> {
      const id = Number(reportId);
      await db.delete(monitoringIndicatorAnswers).where(eq(monitoringIndicatorAnswers.reportId, id));
      await db.delete(monitoringBudgetAnswers).where(eq(monitoringBudgetAnswers.reportId, id));
      if (indicators.length) await db.insert(monitoringIndicatorAnswers).values(indicators.map((a) => ({ ...a, reportId: id, targetId: Number(a.targetId) })));
      if (budget.length) await db.insert(monitoringBudgetAnswers).values(budget.map((b) => ({ ...b, reportId: id, targetId: Number(b.targetId) })));
    },

    /** Units by id, ordered by code (the board's rows). */
    async unitsByIds(ids: string[]): Promise<{ id: string; name: string; shortName: string | null; code: string }[]> {
      if (ids.length === 0) return [];
      const rows = await db
        .select({ id: units.id, name: units.name, shortName: units.shortName, code: units.code })
        .from(units)
        .where(inArray(units.id, ids.map(Number)))
        .orderBy(asc(units.code));
      return rows.map((r) => ({ ...r, id: String(r.id) }));
    },

    /** A notification addressed to the holders of a role on a unit (not tied to an evaluation). */
    async notify(n: { unitId: string; role: string; kind: string; message: string }): Promise<void> {
      await db.insert(notifications).values({ unitId: Number(n.unitId), role: n.role, kind: n.kind, message: n.message });
    },

    async addRectification(r: {
      unitId: string;
      year: number;
      source: string;
      roundId: string | null;
      problem: string;
      requiredFix: string;
      userId: string | null;
    }): Promise<string> {
      const [row] = await db
        .insert(rectifications)
        .values({
          ...r,
          unitId: Number(r.unitId),
          roundId: r.roundId === null ? null : Number(r.roundId),
          raisedBy: r.userId === null ? null : Number(r.userId),
        })
        .returning({ id: rectifications.id });
      return String(row!.id);
    },

    /** The ledger a unit sees for a year: that year's items and every earlier one not yet closed. */
    async rectificationsFor(unitIds: string[], year: number): Promise<RectificationRow[]> {
      if (unitIds.length === 0) return [];
      const rows = await db
        .select({ x: rectifications, unitName: units.name })
        .from(rectifications)
        .innerJoin(units, eq(units.id, rectifications.unitId))
        .where(
          and(
            inArray(rectifications.unitId, unitIds.map(Number)),
            or(eq(rectifications.year, year), and(lte(rectifications.year, year), ne(rectifications.status, 'closed'))),
          ),
        )
        .orderBy(asc(rectifications.year), asc(rectifications.id));
      return rows.map(toRectification);
    },

    async rectification(id: string): Promise<RectificationRow | null> {
      if (!validId(id)) return null;
      const [row] = await db
        .select({ x: rectifications, unitName: units.name })
        .from(rectifications)
        .innerJoin(units, eq(units.id, rectifications.unitId))
        .where(eq(rectifications.id, Number(id)));
      return row ? toRectification(row) : null;
    },

    async updateRectification(
      id: string,
      expected: number,
      patch: { answer?: string | null; evidence?: string | null; status?: RectificationRow['status'] },
    ): Promise<boolean> {
      const rows = await db
        .update(rectifications)
        .set({ ...patch, version: sql`${rectifications.version} + 1`, ...(patch.status === 'closed' ? { closedAt: new Date() } : {}) })
        .where(and(eq(rectifications.id, Number(id)), eq(rectifications.version, expected)))
        .returning({ id: rectifications.id });
      return rows.length === 1;
    },
  };
}

function toRectification({ x, unitName }: { x: typeof rectifications.$inferSelect; unitName: string }): RectificationRow {
  return {
    id: String(x.id),
    unitId: String(x.unitId),
    unitName,
    year: x.year,
    source: x.source,
    roundId: x.roundId === null ? null : String(x.roundId),
    problem: x.problem,
    requiredFix: x.requiredFix,
    answer: x.answer,
    evidence: x.evidence,
    status: x.status as RectificationRow['status'],
    version: x.version,
    createdAt: iso(x.createdAt)!,
    closedAt: iso(x.closedAt),
  };
}
