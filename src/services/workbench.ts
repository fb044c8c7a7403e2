// The workbench: my evaluations, submissions waiting for me, overdue units below me, notifications.
import type { Actor } from '../domain/access.js';
import type { UnitLevel } from '../domain/types.js';
import type { OverdueUnit, Workbench } from '../domain/wire.js';
import type { Db } from '../store/db.js';
import { evaluationRepository } from '../store/evaluations.js';
import { settingsRepository } from '../store/settings.js';
import { unitRepository } from '../store/units.js';
import { workflowRepository } from '../store/workflow.js';

export type { OverdueUnit, Workbench };

export function workbenchService(db: Db) {
  const evals = evaluationRepository(db);
  const units = unitRepository(db);

  const dueDateFor = (year: number, level: UnitLevel) => settingsRepository(db).dueDateFor(year, level);

  return {
    async forActor(actor: Actor, year: number, today = new Date().toISOString().slice(0, 10)): Promise<Workbench> {
      const fillerUnits = actor.grants.filter((g) => g.role === 'filler' && g.unitId).map((g) => g.unitId!);
      const reviewerRoots = actor.grants.filter((g) => g.role === 'reviewer' && g.unitId).map((g) => g.unitId!);
      const mine = fillerUnits.length ? await evals.headers({ unitIds: fillerUnits, year }) : [];
      const below = new Set<string>();
      for (const root of reviewerRoots) for (const id of await units.subtreeIds(root, year)) if (id !== root) below.add(id);
      const toReview = below.size ? await evals.headers({ unitIds: [...below], year, status: ['submitted'] }) : [];

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
        notifications: notes,
      };
    },

    /** The newest year that holds any evaluation (the workbench's default), else last year. */
    async defaultYear(): Promise<number> {
      return (await workflowRepository(db).newestYear()) ?? new Date().getFullYear() - 1;
    },
  };
}

