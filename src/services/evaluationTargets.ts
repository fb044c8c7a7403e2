// An evaluation's targets (绩效目标申报 on a draft) and the previous year's actuals shown beside them.
import { canEdit, type Actor } from '../domain/access.js';
import { leavesOf, type FrameworkProblem } from '../domain/frameworks/utils.js';
import { validateIndicatorValues } from '../domain/indicators/validate.js';
import { auditRepository } from '../store/audit.js';
import type { Db, DbOrTx } from '../store/db.js';
import { evaluationRepository } from '../store/evaluations.js';
import { frameworkRepository, upsertTargets } from '../store/frameworks.js';
import { ServiceError, forbidden } from './errors.js';
import { evaluationService } from './evaluations.js';
import { rescoreAndRollUp } from './indicatorScoring.js';
import { lineageOf } from './lineage.js';
import { emptyIndicatorValue } from '../domain/indicators/emptyValue.js';

export function evaluationTargetService(db: Db) {
  const repo = frameworkRepository(db);
  return {
    /** 绩效目标申报: sets targets of leaves while the evaluation is a draft; actuals stay as they are. */
    async setTargets(actor: Actor, id: string, input: { version: number; targets: { indicatorCode: string; target: string | null }[] }) {
      const e = await evaluationService(db).get(actor, id); // 404 when unreadable
      if (!(await mayEditUnit(db, actor, e.unit.id, e.year)))
        throw forbidden('只有本单位填报人可以申报年度指标值 / only a filler of this unit may set targets');
      if (e.status !== 'draft') throw new ServiceError('locked', `年度指标值只能在草稿状态下申报（当前：${e.status}）/ targets can be set only while draft`);
      const framework = (await repo.byId(e.framework.id))!;
      const leaves = new Set(leavesOf(framework).map((l) => l.code));
      const problems: FrameworkProblem[] = [];
      const seen = new Set<string>();
      for (const t of input.targets) {
        if (!leaves.has(t.indicatorCode)) problems.push({ code: t.indicatorCode, message: `不是本指标体系的末级指标：${t.indicatorCode}` });
        if (seen.has(t.indicatorCode)) problems.push({ code: t.indicatorCode, message: `重复的指标：${t.indicatorCode}` });
        seen.add(t.indicatorCode);
      }
      // Targets of quantitative leaves are numbers as officials write them ("≥90%", "９８％" → "98%").
      const checked = validateIndicatorValues(
        framework,
        input.targets.filter((t) => leaves.has(t.indicatorCode)).map((t) => emptyIndicatorValue(t.indicatorCode, { target: t.target })),
      );
      for (const p of checked.problems) problems.push({ code: p.indicatorCode, message: p.message });
      if (problems.length) throw new ServiceError('invalid', `年度指标值无效 / invalid targets: ${problems.map((p) => p.message).join('；')}`, { problems });
      const normalised = new Map(checked.values.map((v) => [v.indicatorCode, v.target]));
      input = {
        ...input,
        targets: input.targets.map((t) => ({ ...t, target: normalised.has(t.indicatorCode) ? normalised.get(t.indicatorCode)! : t.target })),
      };
      return db.transaction(async (tx) => {
        const evals = evaluationRepository(tx);
        if ((await evals.bumpVersion(id, input.version)) === null) {
          throw new ServiceError('conflict', '已被他人修改，请刷新后再申报 / changed by someone else', { current: await evals.load(id) });
        }
        const targets = input.targets.map((t) => ({
          indicatorCode: t.indicatorCode,
          target: t.target === null || t.target.trim() === '' ? null : t.target.trim(),
        }));
        await upsertTargets(tx, id, targets);
        await rescoreAndRollUp(tx, id, framework);
        const before = Object.fromEntries(targets.map((t) => [t.indicatorCode, e.indicators.find((v) => v.indicatorCode === t.indicatorCode)?.target ?? null]));
        const after = Object.fromEntries(targets.map((t) => [t.indicatorCode, t.target]));
        await auditRepository(tx).append([
          { userId: actor.userId, action: 'evaluation.targets', entity: 'evaluation', entityId: id, unitId: e.unit.id, before, after },
        ]);
        return (await evals.load(id))!;
      });
    },

    /** The previous year's actuals of the same unit for this evaluation's leaves (shown next to targets). */
    async baseline(actor: Actor, id: string) {
      const evals = evaluationService(db);
      const e = await evals.get(actor, id);
      const empty = {
        year: e.year - 1,
        evaluationId: null as string | null,
        status: null as string | null,
        frameworkCode: null as string | null,
        indicators: [] as BaselineRow[],
      };
      const candidates = await evaluationRepository(db).headers({ unitIds: [e.unit.id], year: e.year - 1 });
      const prevHead = candidates.find((h) => h.frameworkCode === e.framework.code) ?? candidates[0];
      if (!prevHead) return empty;
      const prev = await evals.get(actor, prevHead.id).catch(() => null);
      if (!prev) return empty;
      const [current, previous] = [(await repo.byId(e.framework.id))!, (await repo.byId(prev.framework.id))!];
      const sameFramework = previous.code === current.code;
      const prevLeafByName = new Map(leavesOf(previous).map((l) => [l.name, l.code]));
      const prevValue = new Map(prev.indicators.map((v) => [v.indicatorCode, v]));
      const rows: BaselineRow[] = [];
      for (const leaf of leavesOf(current).sort((a, b) => a.code.localeCompare(b.code, 'en', { numeric: true }))) {
        // Codes are only comparable within one framework code; across frameworks match by name.
        const code = sameFramework ? leaf.code : prevLeafByName.get(leaf.name);
        const v = code === undefined ? undefined : prevValue.get(code);
        if (!v) continue;
        rows.push({
          indicatorCode: leaf.code,
          previousCode: code!,
          name: leaf.name,
          unit: leaf.unit,
          target: v.target,
          actual: v.actual,
          score: v.score,
          applicable: v.applicable,
        });
      }
      return { year: e.year - 1, evaluationId: prev.id, status: prev.status, frameworkCode: previous.code, indicators: rows };
    },
  };
}

export interface BaselineRow {
  indicatorCode: string;
  previousCode: string;
  name: string;
  unit: string | null;
  target: string | null;
  actual: string | null;
  score: string | null;
  applicable: boolean;
}

async function mayEditUnit(db: DbOrTx, actor: Actor, unitId: string, year: number): Promise<boolean> {
  return canEdit(actor, await lineageOf(db, unitId, year));
}
