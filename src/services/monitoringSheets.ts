// A monitoring report's sheet: approved targets, their values and budget lines, the unit's answers,
// and the figures domain/monitoring computes from them. Read for many units at once (the board).
import { computeMonitoring, executionRateToDate, levelScale, monitoredFigures, type MonitoringSheet } from '../domain/monitoring/index.js';
import type { DbOrTx } from '../store/db.js';
import { frameworkRepository } from '../store/frameworks.js';
import { monitoringRepository, type ReportRow, type RoundRow } from '../store/monitoring.js';
import { targetRepository } from '../store/targets.js';
import { leavesOf } from './targets.js';

/** What sheets need, read for many units at once: approved targets, values, lines, answers, frameworks. */
export async function loadSheets(db: DbOrTx, round: RoundRow, reports: ReportRow[]) {
  const repo = monitoringRepository(db);
  const targets = targetRepository(db);
  const heads = await targets.headers({ unitIds: [...new Set(reports.map((r) => r.unitId))], year: round.year, status: ['approved'] });
  const ids = heads.map((h) => h.id);
  const [values, lines, answers] = [await targets.values(ids), await targets.budgetLines(ids), await repo.answers(reports.map((r) => r.id))];
  const leaves = new Map<string, Map<string, ReturnType<typeof leavesOf>[number]>>();
  for (const fid of new Set(heads.map((h) => h.frameworkId))) {
    const f = await frameworkRepository(db).byId(fid);
    leaves.set(fid, new Map((f ? leavesOf(f) : []).map((l) => [l.code, l])));
  }
  return (report: ReportRow) =>
    sheetOf(
      round,
      report,
      heads.filter((h) => h.unitId === report.unitId),
      values,
      lines,
      answers,
      leaves,
    );
}

/** One unit's sheet from rows already read: indicators and budget lines with their computed figures. */
function sheetOf(
  round: RoundRow,
  report: ReportRow,
  heads: Awaited<ReturnType<ReturnType<typeof targetRepository>['headers']>>,
  values: Awaited<ReturnType<ReturnType<typeof targetRepository>['values']>>,
  lines: Awaited<ReturnType<ReturnType<typeof targetRepository>['budgetLines']>>,
  answers: Awaited<ReturnType<ReturnType<typeof monitoringRepository>['answers']>>,
  leavesByFramework: Map<string, Map<string, ReturnType<typeof leavesOf>[number]>>,
) {
  const ia = new Map(answers.indicators.get(report.id)!.map((a) => [`${a.targetId}/${a.indicatorCode}`, a]));
  const ba = new Map(answers.budget.get(report.id)!.map((a) => [`${a.targetId}/${a.lineKey}`, a.executed]));
  const indicators = [];
  const budget = [];
  // 预算执行率 indicators reach what the declared lines say, unless the filler typed another figure.
  const rateToDate = executionRateToDate(
    heads.flatMap((h) => lines.get(h.id)!.map((l) => ({ budget: l.amount, executed: ba.get(`${h.id}/${l.key}`) ?? null }))),
  );
  for (const h of heads) {
    const leaves = leavesByFramework.get(h.frameworkId) ?? new Map();
    for (const v of values.get(h.id)!) {
      const leaf = leaves.get(v.indicatorCode);
      if (!leaf || v.value === null) continue;
      const a = ia.get(`${h.id}/${v.indicatorCode}`);
      indicators.push({
        targetId: h.id,
        scopeName: h.scopeName,
        sheetCode: heads.length > 1 ? `${h.scope}/${v.indicatorCode}` : v.indicatorCode,
        code: v.indicatorCode,
        name: leaf.name,
        unit: leaf.unit,
        targetText: v.value,
        progressKind: v.progress,
        ...monitoredFigures(leaf, v.value),
        /** 定性 / 是否: the levels an answer is chosen from (best first); null for a number. */
        levels: levelScale(leaf, v.value),
        answer: a ?? null,
        computedActual: leaf.source?.kind === 'budgetExecution' ? rateToDate : null,
      });
    }
    for (const l of lines.get(h.id)!)
      budget.push({
        targetId: h.id,
        scopeName: h.scopeName,
        key: l.key,
        label: heads.length > 1 ? `${h.scopeName}·${l.label}` : l.label,
        budget: l.amount,
        executed: ba.get(`${h.id}/${l.key}`) ?? null,
      });
  }
  const sheet: MonitoringSheet = {
    year: round.year,
    asOf: round.asOf,
    thresholds: { yellow: round.yellow, red: round.red },
    budget: budget.map((b) => ({ label: b.label, budget: b.budget, executed: b.executed })),
    indicators: indicators.map((i) => ({
      code: i.sheetCode,
      name: i.name,
      operator: i.target === null && i.operator !== 'yesNo' ? 'qualitative' : i.operator,
      target: i.target,
      actualToDate: i.answer?.actualToDate ?? i.computedActual,
      progress: i.progressKind,
      ...(i.levels ? { levels: i.levels, targetText: i.targetText, actualLevel: i.answer?.actualLevel ?? null } : {}),
    })),
  };
  const computed = computeMonitoring(sheet);
  return {
    heads,
    sheet,
    timeProgress: computed.timeProgress,
    budget: budget.map((b, k) => ({ ...b, ...computed.budget[k]!, label: b.label })),
    overall: computed.overall,
    indicators: indicators.map((i, k) => {
      const c = computed.indicators[k]!;
      return { ...i, progress: c.progress, gap: c.gap, warning: c.warning, forecast: c.forecast, likelihood: c.likelihood };
    }),
  };
}
