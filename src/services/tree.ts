// Changes to the unit tree between years (moves, merges — 乡镇撤并). Each change rebuilds the
// roll-ups of every affected year in the same transaction, so readers never see a stale sum.
import type { Actor } from '../domain/access.js';
import { isDeploymentAdmin } from '../domain/access.js';
import { auditRepository } from '../store/audit.js';
import type { Db, DbOrTx } from '../store/db.js';
import { rollupRepository } from '../store/rollups.js';
import { unitRepository } from '../store/units.js';
import { ServiceError, forbidden } from './errors.js';

/** Rebuilds every materialised year from `fromYear` on (unbuilt years are built on first use). */
async function rebuildFrom(tx: DbOrTx, fromYear: number) {
  const rollups = rollupRepository(tx);
  for (const year of await rollups.builtYears()) if (year >= fromYear) await rollups.rebuildYear(year);
}

/** The raw operations without permission checks (used by the service and by tests). */
export const treeOps = {
  /** Adds parent links (new units, or new spans) and rebuilds the years they touch. */
  async link(tx: DbOrTx, links: { unitId: string; parentId: string | null; fromYear: number; toYear?: number | null }[]) {
    if (links.length === 0) return;
    await unitRepository(tx).link(links);
    const built = await rollupRepository(tx).builtYears();
    const from = Math.min(...links.map((l) => l.fromYear));
    for (const year of built) if (year >= from) await rollupRepository(tx).rebuildYear(year);
  },
  async move(tx: DbOrTx, unitId: string, newParentId: string | null, fromYear: number) {
    const units = unitRepository(tx);
    if (newParentId !== null) {
      // The new link holds from fromYear on: no later year's tree may gain a cycle.
      const last = Math.max(fromYear, ...(await rollupRepository(tx).dataYears()));
      for (let y = fromYear; y <= last; y++) {
        if ((await units.subtreeIds(unitId, y)).includes(newParentId)) {
          throw new ServiceError('invalid', `不能把单位移到自己的下级之下（${y}年）/ cannot move a unit under its own descendant`);
        }
      }
    }
    await units.move(unitId, newParentId, fromYear);
    await rebuildFrom(tx, fromYear);
  },
  /** Merges `unitId` into `intoId` from `fromYear`: its children move to `intoId`, it leaves the tree. */
  async merge(tx: DbOrTx, unitId: string, intoId: string, fromYear: number) {
    const units = unitRepository(tx);
    for (const child of await units.children(unitId, fromYear)) await units.move(child.id, intoId, fromYear);
    await units.retire(unitId, fromYear - 1);
    await rebuildFrom(tx, fromYear);
  },
};

export function treeService(db: Db) {
  return {
    async move(actor: Actor, unitId: string, newParentId: string | null, fromYear: number) {
      // A move or merge changes other subtrees' roll-ups: the whole deployment's admin only.
      if (!isDeploymentAdmin(actor)) throw forbidden('只有全局管理员可以调整单位层级 / only a deployment-wide admin may change the tree');
      await db.transaction(async (tx) => {
        await treeOps.move(tx, unitId, newParentId, fromYear);
        await auditRepository(tx).append([
          { userId: actor.userId, action: 'unit.move', entity: 'unit', entityId: unitId, unitId, after: { newParentId, fromYear } },
        ]);
      });
    },
    async merge(actor: Actor, unitId: string, intoId: string, fromYear: number) {
      if (!isDeploymentAdmin(actor)) throw forbidden('只有全局管理员可以合并单位 / only a deployment-wide admin may merge units');
      await db.transaction(async (tx) => {
        await treeOps.merge(tx, unitId, intoId, fromYear);
        await auditRepository(tx).append([
          { userId: actor.userId, action: 'unit.merge', entity: 'unit', entityId: unitId, unitId, after: { intoId, fromYear } },
        ]);
      });
    },
  };
}
