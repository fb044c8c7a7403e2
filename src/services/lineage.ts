// Resolves a unit's ancestry for permission checks (one recursive query).
import { canRead, type Actor, type UnitLineage } from '../domain/access.js';
import type { DbOrTx } from '../store/db.js';
import { unitRepository } from '../store/units.js';

export async function lineageOf(db: DbOrTx, unitId: string, year: number): Promise<UnitLineage> {
  return { unitId, ancestors: await unitRepository(db).ancestorIds(unitId, year) };
}

/** Read permission, skipping the ancestry query when a grant covers the whole deployment. */
export async function mayRead(db: DbOrTx, actor: Actor, unitId: string, year: number): Promise<boolean> {
  if (actor.kind === 'system' || actor.grants.some((g) => g.unitId === null)) return true;
  if (actor.grants.some((g) => g.unitId === unitId)) return true;
  return canRead(actor, await lineageOf(db, unitId, year));
}
