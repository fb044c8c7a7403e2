// The workbench: my evaluations, submissions waiting for me, overdue units below me, notifications.
import type { Actor } from '../domain/access.js';
import type { UnitLevel } from '../domain/types.js';
import { beijingToday, deadlineView } from '../domain/deadlines.js';
import type { EvaluationHeader, OverdueUnit, Workbench, WorkbenchDeadline } from '../domain/wire.js';
import type { Db } from '../store/db.js';
import { evaluationRepository } from '../store/evaluations.js';
import { monitoringRepository } from '../store/monitoring.js';
import { settingsRepository } from '../store/settings.js';
import { unitRepository } from '../store/units.js';
import { workflowRepository } from '../store/workflow.js';

export type { OverdueUnit, Workbench, WorkbenchDeadline };

const SUBMITTED = new Set(['submitted', 'approved', 'published']);

export function workbenchService(db: Db) {
  const evals = evaluationRepository(db);
  const units = unitRepository(db);

  const dueDateFor = (year: number, level: UnitLevel) => settingsRepository(db).dueDateFor(year, level);

  return {
    async forActor(actor: Actor, year: number, today = beijingToday()): Promise<Workbench> {
      const fillerUnits = actor.grants.filter((g) => g.role === 'filler' && g.unitId).map((g) => g.unitId!);
      const reviewerRoots = actor.grants.filter((g) => g.role === 'reviewer' && g.unitId).map((g) => g.unitId!);
      const mine = fillerUnits.length ? await evals.headers({ unitIds: fillerUnits, year }) : [];
      const below = new Set<string>();
      for (const root of reviewerRoots) for (const id of await units.subtreeIds(root, year)) if (id !== root) below.add(id);
      // a top-level unit is reviewed by the finance bureau of its level (domain/access.ts canReview)
      const finance = actor.grants.filter((g) => g.role === 'finance');
      const financeTops = new Set<string>();
      if (finance.length) {
        for (const top of await units.children(null, year)) if (finance.some((g) => g.unitId === null || g.unitId === top.id)) financeTops.add(top.id);
      }
      for (const id of financeTops) below.add(id);
      const toReview = below.size ? await evals.headers({ unitIds: [...below], year, status: ['submitted'] }) : [];
      // finance also publishes what it approved: the top units' approved ones wait here for 公开 (once
      // approved they left the list, and nothing led finance back to them)
      if (financeTops.size) {
        const seen = new Set(toReview.map((h) => h.id));
        for (const h of await evals.headers({ unitIds: [...financeTops], year, status: ['approved'] })) if (!seen.has(h.id)) toReview.push(h);
      }

      const flow = workflowRepository(db);
      // One query for every unit below the reviewer: its deadline and its own status.
      const overdue: OverdueUnit[] = await flow.overdue([...below], year, today);
      const myLevel = fillerUnits[0] ? (await units.byId(fillerUnits[0]))?.level : undefined;
      const notes = await flow.notificationsFor(actor.grants.filter((g) => g.unitId !== null).map((g) => ({ unitId: g.unitId!, role: g.role })));
      return {
        year,
        mine,
        toReview,
        overdue,
        deadline: myLevel ? await dueDateFor(year, myLevel) : null,
        deadlines: await this.deadlinesOf(fillerUnits, year, mine, today),
        notifications: notes,
      };
    },

    /** Per unit I fill for: its 自评 deadline, and each monitoring round it answers that year. */
    async deadlinesOf(unitIds: string[], year: number, mine: EvaluationHeader[], today: string): Promise<WorkbenchDeadline[]> {
      const out: WorkbenchDeadline[] = [];
      const monitoring = monitoringRepository(db);
      for (const unitId of unitIds) {
        const unit = await units.byId(unitId);
        if (!unit) continue;
        const unitName = unit.shortName ?? unit.name;
        const due = await dueDateFor(year, unit.level);
        if (due) {
          // The unit's own 自评 (not a project's 自评表) decides whether it is done.
          const own = mine.find((h) => h.unitId === unitId && !h.projectCode);
          out.push({
            kind: 'evaluation',
            unitName,
            title: `${year}年度绩效自评`,
            ...deadlineView(today, due, own ? SUBMITTED.has(own.status) : false),
            link: own ? `/evaluations/${own.id}` : `/?year=${year}`,
          });
        }
        const rounds = await monitoring.roundsFor(await units.ancestorIds(unitId, year), year);
        const answering = rounds.filter((r) => r.rootUnitId !== unitId);
        const reports = new Map<string, string>();
        for (const r of answering) for (const rep of await monitoring.reports(r.id, [unitId])) reports.set(r.id, rep.status);
        for (const r of answering) {
          out.push({
            kind: 'monitoring',
            unitName,
            title: `${year}年${r.name}`,
            ...deadlineView(today, r.dueDate, SUBMITTED.has(reports.get(r.id) ?? 'draft')),
            link: `/monitoring?year=${year}&unitId=${unitId}`,
          });
        }
      }
      return out.sort((a, b) => a.dueDate.localeCompare(b.dueDate));
    },

    /** The workbench's default year. A filler: the newest year of its own units' evaluations, else
     *  last year — but never before its unit exists (a unit added this year has nothing to do for
     *  2022, whatever the rest of the deployment holds). Others: the newest year of any evaluation. */
    async defaultYear(actor?: Actor): Promise<number> {
      const lastYear = new Date().getFullYear() - 1;
      const fillerUnits = actor?.grants.filter((g) => g.role === 'filler' && g.unitId).map((g) => g.unitId!) ?? [];
      if (fillerUnits.length === 0) return (await workflowRepository(db).newestYear()) ?? lastYear;
      const own = await workflowRepository(db).newestYear(fillerUnits);
      if (own !== null) return own;
      const firsts = (await Promise.all(fillerUnits.map((u) => units.firstYear(u)))).filter((y): y is number => y !== null);
      return Math.max(lastYear, ...firsts.map((y) => Math.min(y, lastYear + 1)));
    },
  };
}
