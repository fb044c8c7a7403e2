// 运行监控 use cases (issue 15 item 2): a round set by a unit for its subtree, each unit's report
// (per indicator of its approved targets and per declared budget line), computed figures and
// warnings by domain/monitoring, submitted and reviewed like an evaluation; the reviewer's board.
import type { Actor } from '../domain/access.js';
import { cmp, isDecimal, normalize } from '../domain/decimal.js';
import {
  checkPlanTransition,
  computeMonitoring,
  DEVIATION_CATEGORIES,
  isEditable,
  isLikelihood,
  LikelihoodOverrideError,
  parseIsoDate,
  planActions,
  readLevel,
  readThresholds,
  MonitoringInputError,
  resolveLikelihood,
  submitBlock,
  type PlanAction,
  type Thresholds,
} from '../domain/monitoring/index.js';
import { auditRepository } from '../store/audit.js';
import type { Db, DbOrTx } from '../store/db.js';
import { monitoringRepository, type IndicatorAnswerRow, type ReportRow, type RoundRow } from '../store/monitoring.js';
import { settingsRepository } from '../store/settings.js';
import { targetRepository } from '../store/targets.js';
import { unitRepository } from '../store/units.js';
import { forbidden, notFound, ServiceError } from './errors.js';
import { lineageOf, mayRead } from './lineage.js';
import { boardMethods } from './monitoringBoard.js';
import { loadSheets } from './monitoringSheets.js';
import { rectificationMethods, text } from './rectifications.js';
import { notifyPlan, planRoles } from './targets.js';
import type { IndicatorAnswerInput } from '../domain/requests.js';
export type { IndicatorAnswerInput };

export const THRESHOLDS_SETTING = 'monitoringThresholds';

export async function defaultThresholds(db: DbOrTx): Promise<Thresholds> {
  try {
    return readThresholds(await settingsRepository(db).get(THRESHOLDS_SETTING));
  } catch {
    return readThresholds(undefined);
  }
}

/** Reviewer of the root (or above) may open a round for its subtree; the system and deployment admins too. */
async function mayOpenRound(db: DbOrTx, actor: Actor, rootUnitId: string, year: number): Promise<boolean> {
  if (actor.kind === 'system') return true;
  const lineage = await lineageOf(db, rootUnitId, year);
  return actor.grants.some((g) => g.role === 'reviewer' && (g.unitId === null || g.unitId === rootUnitId || lineage.ancestors.includes(g.unitId)));
}

export function monitoringService(db: Db) {
  const repo = monitoringRepository(db);

  async function roundFor(actor: Actor, roundId: string, unitId: string): Promise<{ round: RoundRow; lineage: string[] }> {
    const round = await repo.round(roundId);
    if (!round) throw notFound(`监控轮次 ${roundId}`);
    if (!(await mayRead(db, actor, unitId, round.year))) throw notFound(`单位 ${unitId}`);
    const lineage = await unitRepository(db).ancestorIds(unitId, round.year);
    if (!lineage.includes(round.rootUnitId)) throw notFound(`单位 ${unitId} 不在该监控轮次范围内 / not in this round`);
    return { round, lineage };
  }

  /** The sheet of a unit's report: approved targets, declared budget, answers, computed figures. */
  async function view(actor: Actor, round: RoundRow, report: ReportRow) {
    const s = (await loadSheets(db, round, [report]))(report);
    const roles = await planRoles(db, actor, report.unitId, round.year);
    return {
      round,
      report,
      targets: s.heads.map((h) => ({ id: h.id, scopeName: h.scopeName, goal: h.goal })),
      timeProgress: s.timeProgress,
      budget: s.budget,
      overall: s.overall,
      indicators: s.indicators,
      sheet: s.sheet,
      actions: planActions(report.status, roles),
      editable: isEditable(report.status) && roles.includes('filler'),
      history: await targetRepository(db).history('monitoringReport', report.id),
      deviationCategories: DEVIATION_CATEGORIES,
    };
  }

  const service = {
    async createRound(
      actor: Actor,
      input: { rootUnitId: string; year: number; name?: string; asOf: string; dueDate: string; thresholds?: { yellow?: string; red?: string } },
    ) {
      const root = await unitRepository(db).byId(input.rootUnitId);
      if (!root || !(await mayRead(db, actor, input.rootUnitId, input.year))) throw notFound(`单位 ${input.rootUnitId}`);
      if (!(await mayOpenRound(db, actor, input.rootUnitId, input.year)))
        throw forbidden('只有本级或上级审核人可以发起运行监控 / only a reviewer of this level or above opens a round');
      const asOf = parseIsoDate(input.asOf);
      if (!asOf || asOf.year !== input.year)
        throw new ServiceError('invalid', `截至日期 ${input.asOf} 应为 ${input.year} 年内的日期 / the as-of date must fall in the year`);
      if (!parseIsoDate(input.dueDate) || input.dueDate < input.asOf)
        throw new ServiceError('invalid', `填报截止日期 ${input.dueDate} 应不早于截至日期 / the deadline must not precede the as-of date`);
      let thresholds: Thresholds;
      try {
        thresholds = input.thresholds ? readThresholds({ ...(await defaultThresholds(db)), ...input.thresholds }) : await defaultThresholds(db);
      } catch (e) {
        if (e instanceof MonitoringInputError) throw new ServiceError('invalid', e.message);
        throw e;
      }
      const name = text(input.name, 100) ?? `截至${asOf.month}月${asOf.day}日运行监控`;
      return db.transaction(async (tx) => {
        const id = await monitoringRepository(tx).createRound({
          rootUnitId: root.id,
          year: input.year,
          name,
          asOf: input.asOf,
          dueDate: input.dueDate,
          ...thresholds,
          userId: actor.userId,
        });
        await auditRepository(tx).append([
          {
            userId: actor.userId,
            action: 'monitoring.round.create',
            entity: 'monitoringRound',
            entityId: id,
            unitId: root.id,
            after: { ...input, name, thresholds },
          },
        ]);
        for (const child of await unitRepository(tx).children(root.id, input.year)) {
          await monitoringRepository(tx).notify({
            unitId: child.id,
            role: 'filler',
            kind: 'monitoring.round',
            message: `${root.shortName ?? root.name} 发起了${input.year}年${name}，请于 ${input.dueDate} 前填报`,
          });
        }
        return id;
      });
    },

    /** Rounds a unit answers (rooted above it) and rounds it opened for its subtree. */
    async rounds(actor: Actor, unitId: string, year: number) {
      if (!(await mayRead(db, actor, unitId, year))) throw notFound(`单位 ${unitId}`);
      const ancestors = await unitRepository(db).ancestorIds(unitId, year);
      const [answering, opened] = [await repo.roundsFor(ancestors, year), await repo.roundsFor([unitId], year)];
      const reports = new Map<string, ReportRow>();
      for (const r of answering) for (const rep of await repo.reports(r.id, [unitId])) reports.set(r.id, rep);
      return {
        answering: answering.map((r) => ({ ...r, status: reports.get(r.id)?.status ?? 'draft' })),
        opened,
        canOpen: await mayOpenRound(db, actor, unitId, year),
        /** What a round opened now takes unless the reviewer gives its own (the admin's setting). */
        thresholds: await defaultThresholds(db),
      };
    },

    async report(actor: Actor, roundId: string, unitId: string) {
      const { round } = await roundFor(actor, roundId, unitId);
      return view(actor, round, await repo.ensureReport(roundId, unitId));
    },

    async save(
      actor: Actor,
      roundId: string,
      unitId: string,
      input: { version: number; indicators: IndicatorAnswerInput[]; budget: { targetId: string; key: string; executed: string | null }[] },
    ) {
      const { round } = await roundFor(actor, roundId, unitId);
      const report = await repo.ensureReport(roundId, unitId);
      const before = await view(actor, round, report);
      if (!before.editable) {
        if (!(await planRoles(db, actor, unitId, round.year)).includes('filler')) throw forbidden('只有本单位填报人可以填报 / only the unit’s filler answers');
        throw new ServiceError('locked', '已提交或已批准，不能修改 / submitted or approved');
      }
      const known = new Map(before.indicators.map((i) => [`${i.targetId}/${i.code}`, i]));
      const seen = new Set<string>();
      const rows: IndicatorAnswerRow[] = [];
      for (const a of input.indicators) {
        const key = `${a.targetId}/${a.indicatorCode}`;
        const ind = known.get(key);
        if (!ind) throw new ServiceError('invalid', `指标 ${a.indicatorCode} 不在已批准的绩效目标中 / not an approved target`);
        if (seen.has(key)) throw new ServiceError('invalid', `指标 ${a.indicatorCode} 重复 / duplicate`);
        seen.add(key);
        const num = (v: string | null | undefined, what: string, negative: boolean) => {
          const s = v?.trim();
          if (!s) return null;
          if (!isDecimal(s) || (!negative && cmp(s, 0) < 0))
            throw new ServiceError('invalid', `“${ind.name}”的${what}“${v}”不是${negative ? '' : '非负'}数 / not a number`);
          return normalize(s);
        };
        const negative = ind.progressKind === 'level';
        // 定性 / 是否: a level of the indicator's scale, never a number; a number leaf takes no level.
        let actualLevel: string | null = null;
        if (ind.levels) {
          if (a.actualToDate?.trim())
            throw new ServiceError('invalid', `“${ind.name}”是定性指标，请从 ${ind.levels.join('、')} 中选择完成等级 / choose a level`);
          const level = readLevel(ind.levels, a.actualLevel);
          if (!level.ok) throw new ServiceError('invalid', `“${ind.name}”的完成等级${level.message}`);
          actualLevel = level.level;
        } else if (a.actualLevel?.trim()) throw new ServiceError('invalid', `“${ind.name}”是定量指标，请填写数值 / a number, not a level`);
        const actualToDate = num(a.actualToDate, '截至目前完成值', negative);
        const category = text(a.deviationCategory, 20);
        if (category !== null && !(DEVIATION_CATEGORIES as readonly string[]).includes(category))
          throw new ServiceError('invalid', `偏差原因类别应为 ${DEVIATION_CATEGORIES.join('、')}`);
        if (a.likelihoodDeclared && !isLikelihood(a.likelihoodDeclared)) throw new ServiceError('invalid', '完成目标可能性应为 确定能、有可能 或 完全不可能');
        // The likelihood the rules give for this very answer, then the unit's own (a reason required).
        const computed = computeMonitoring({
          ...before.sheet,
          budget: [],
          indicators: [{ ...before.sheet.indicators[before.indicators.indexOf(ind)]!, actualToDate, actualLevel }],
        }).indicators[0]!.likelihood;
        let lk;
        try {
          lk = resolveLikelihood(computed, (a.likelihoodDeclared as never) ?? null, a.likelihoodReason);
        } catch (e) {
          if (e instanceof LikelihoodOverrideError) throw new ServiceError('invalid', `“${ind.name}”：${e.message}`);
          throw e;
        }
        rows.push({
          targetId: a.targetId,
          indicatorCode: a.indicatorCode,
          actualToDate,
          actualLevel,
          forecastDeclared: num(a.forecastDeclared, '全年预计完成值', negative),
          deviationCategory: category,
          deviationReason: text(a.deviationReason),
          likelihoodComputed: lk.computed,
          likelihoodDeclared: lk.declared,
          likelihoodReason: lk.reason,
          correctiveMeasures: text(a.correctiveMeasures),
        });
      }
      const lines = new Map(before.budget.map((b) => [`${b.targetId}/${b.key}`, b]));
      const budget = input.budget.map((b) => {
        const line = lines.get(`${b.targetId}/${b.key}`);
        if (!line) throw new ServiceError('invalid', `资金项目 ${b.key} 不在已批准的绩效目标中 / unknown budget line`);
        const s = b.executed?.trim() ?? '';
        if (s && !isDecimal(s)) throw new ServiceError('invalid', `“${line.label}”已执行金额“${b.executed}”不是有效的数字 / not a number`);
        if (s && cmp(s, 0) < 0) throw new ServiceError('invalid', `“${line.label}”已执行金额“${b.executed}”不能为负数 / cannot be negative`);
        return { targetId: b.targetId, lineKey: b.key, executed: s ? normalize(s) : null };
      });
      return db.transaction(async (tx) => {
        const m = monitoringRepository(tx);
        const v = await m.bumpReport(report.id, input.version);
        if (v === null)
          throw new ServiceError('conflict', '已被他人修改，请刷新 / changed by someone else', { version: (await m.ensureReport(roundId, unitId)).version });
        await m.writeAnswers(report.id, rows, budget);
        await auditRepository(tx).append([
          {
            userId: actor.userId,
            action: 'monitoring.save',
            entity: 'monitoringReport',
            entityId: report.id,
            unitId,
            before: {
              indicators: before.indicators.map((i) => i.answer).filter(Boolean),
              budget: before.budget.map((b) => ({ key: b.key, executed: b.executed })),
            },
            after: { indicators: rows, budget },
          },
        ]);
        return v;
      });
    },

    async transition(actor: Actor, roundId: string, unitId: string, input: { action: PlanAction; reason?: string | null; version: number }) {
      const { round } = await roundFor(actor, roundId, unitId);
      const report = await repo.ensureReport(roundId, unitId);
      const check = checkPlanTransition(input.action, report.status, await planRoles(db, actor, unitId, round.year), input.reason ?? null);
      if (!check.ok) throw new ServiceError(check.code, check.message);
      const current = await view(actor, round, report);
      if (input.action === 'submit') {
        const block = submitBlock(
          current.indicators.map((i) => ({
            name: i.name,
            levels: i.levels,
            target: i.target,
            actualToDate: i.answer?.actualToDate ?? i.computedActual,
            actualLevel: i.answer?.actualLevel ?? null,
          })),
        );
        if (block) throw new ServiceError('blocked', block.message, { missing: block.missing, unchosen: block.unchosen });
      }
      const reason = input.reason?.trim() || null;
      return db.transaction(async (tx) => {
        const m = monitoringRepository(tx);
        const v = await m.bumpReport(report.id, input.version, { status: check.to, lastReason: input.action === 'return' ? reason : null });
        if (v === null) throw new ServiceError('conflict', '已被他人修改，请刷新 / changed by someone else');
        await targetRepository(tx).addTransition({
          entity: 'monitoringReport',
          entityId: report.id,
          fromStatus: report.status,
          toStatus: check.to,
          userId: actor.userId,
          reason,
        });
        await auditRepository(tx).append([
          {
            userId: actor.userId,
            action: `monitoring.${input.action}`,
            entity: 'monitoringReport',
            entityId: report.id,
            unitId,
            before: { status: report.status },
            after: { status: check.to },
            reason,
          },
        ]);
        await notifyPlan(tx, unitId, round.year, input.action, `${round.year}年${round.name}`, reason, report.unitName);
        const reds = [...current.budget, ...current.indicators].filter((x) => x.warning === 'red').length;
        if (input.action === 'submit' && reds > 0) {
          const parent = await unitRepository(tx).parentOf(unitId, round.year);
          if (parent)
            await m.notify({ unitId: parent, role: 'reviewer', kind: 'monitoring.red', message: `${report.unitName} ${round.name}有 ${reds} 项红色预警` });
        }
        return v;
      });
    },

    ...boardMethods(db),
    ...rectificationMethods(db),
  };
  return service;
}

export type MonitoringService = ReturnType<typeof monitoringService>;
