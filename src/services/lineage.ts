// Resolves a unit's ancestry for permission checks (one recursive query).
import type { UnitLineage } from '../domain/access.js';
import type { DbOrTx } from '../store/db.js';
import { unitRepository } from '../store/units.js';

export async function lineageOf(db: DbOrTx, unitId: string, year: number): Promise<UnitLineage> {
  return { unitId, ancestors: await unitRepository(db).ancestorIds(unitId, year) };
}
