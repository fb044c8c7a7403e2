// 运行监控看板 (the reviewer's board, also exported as .xlsx) and the 序时进度 lines: reads over
// a round's subtree. Part of the monitoring service's surface.
import type { Actor } from '../domain/access.js';
import { computeMonitoring, monthlyTimeProgress, overallExecution, parseIsoDate, timeProgress } from '../domain/monitoring/index.js';
import type { Db } from '../store/db.js';
import { monitoringRepository } from '../store/monitoring.js';
import { unitRepository } from '../store/units.js';
import { notFound } from './errors.js';
import { mayRead } from './lineage.js';
import { loadSheets } from './monitoringSheets.js';

export function boardMethods(db: Db) {
  const repo = monitoringRepository(db);
  return {
    /** Every unit of the subtree below `rootUnitId` (default: the round's root) × indicator, with warnings. */
    async board(actor: Actor, roundId: string, rootUnitId?: string) {
      const round = await repo.round(roundId);
      if (!round) throw notFound(`监控轮次 ${roundId}`);
      const root = rootUnitId ?? round.rootUnitId;
      if (!(await mayRead(db, actor, root, round.year))) throw notFound(`单位 ${root}`);
      const inRound = root === round.rootUnitId || (await unitRepository(db).ancestorIds(root, round.year)).includes(round.rootUnitId);
      if (!inRound) throw notFound(`单位 ${root} 不在该监控轮次范围内 / not in this round`);
      const unitIds = (await unitRepository(db).subtreeIds(root, round.year)).filter((id) => id !== round.rootUnitId);
      const units = await repo.unitsByIds(unitIds);
      const reportRows = await repo.reports(roundId, unitIds);
      const reports = new Map(reportRows.map((r) => [r.unitId, r]));
      // Every unit's sheet from one read of targets, values, lines and answers: no query per unit.
      const sheetFor = await loadSheets(db, round, reportRows);
      const rows = [];
      for (const u of units) {
        const report = reports.get(u.id) ?? {
          id: '0',
          roundId,
          unitId: u.id,
          unitName: u.name,
          status: 'draft' as const,
          version: 0,
          lastReason: null,
          updatedAt: round.createdAt,
        };
        const v = report.id === '0' ? null : sheetFor(report);
        rows.push({
          unitId: u.id,
          unitName: u.shortName ?? u.name,
          status: report.status,
          overall: v?.overall ?? null,
          budget: v?.budget.map((b) => ({ label: b.label, executionRate: b.executionRate, gap: b.gap, warning: b.warning })) ?? [],
          indicators:
            v?.indicators.map((i) => ({
              code: i.code,
              name: i.name,
              scopeName: i.scopeName,
              targetText: i.targetText,
              progressKind: i.progressKind,
              actualToDate: i.answer?.actualToDate ?? i.computedActual ?? null, // typed, else computed from the budget lines
              actualLevel: i.answer?.actualLevel ?? null,
              levels: i.levels,
              progress: i.progress,
              gap: i.gap,
              warning: i.warning,
              forecast: i.forecast,
              likelihood: i.likelihood,
              likelihoodDeclared: i.answer?.likelihoodDeclared ?? null,
            })) ?? [],
          reds: v ? [...v.budget, ...v.indicators].filter((x) => x.warning === 'red').length : 0,
          yellows: v ? [...v.budget, ...v.indicators].filter((x) => x.warning === 'yellow').length : 0,
        });
      }
      return {
        round,
        timeProgress: computeMonitoring({
          year: round.year,
          asOf: round.asOf,
          thresholds: { yellow: round.yellow, red: round.red },
          budget: [],
          indicators: [],
        }).timeProgress,
        rows,
      };
    },

    /**
     * 序时进度 lines for the 看板: per round of the year that covers the unit (rooted at it or
     * above), the budget execution of the unit's subtree (filed reports: submitted or approved)
     * against the time elapsed at its as-of date; and 序时进度 at every month's end.
     */
    async progress(actor: Actor, unitId: string, year: number) {
      if (!(await mayRead(db, actor, unitId, year))) throw notFound(`单位 ${unitId}`);
      const tree = unitRepository(db);
      const rounds = (await repo.roundsFor([unitId, ...(await tree.ancestorIds(unitId, year))], year)).sort(
        (a, b) => a.asOf.localeCompare(b.asOf) || Number(a.id) - Number(b.id),
      );
      const subtree = rounds.length ? await tree.subtreeIds(unitId, year) : [];
      const points = [];
      for (const round of rounds) {
        const filed = (await repo.reports(round.id, subtree)).filter(
          (r) => r.unitId !== round.rootUnitId && (r.status === 'submitted' || r.status === 'approved'),
        );
        const sheetFor = await loadSheets(db, round, filed);
        const lines = filed.flatMap((r) => sheetFor(r).sheet.budget);
        const tp = timeProgress(parseIsoDate(round.asOf)!);
        points.push({
          roundId: round.id,
          name: round.name,
          asOf: round.asOf,
          timeProgress: tp,
          units: filed.length,
          ...overallExecution(lines, tp, { yellow: round.yellow, red: round.red }),
        });
      }
      return { year, months: monthlyTimeProgress(year), points };
    },
  };
}
