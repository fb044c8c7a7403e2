// Writes of key-project figures outside an evaluation (e.g. a township's 两癌 numbers),
// with the roll-up update in the same transaction.
import type { Decimal, KeyProject } from '../domain/types.js';
import type { DbOrTx } from '../store/db.js';
import { ensureKeyProject, upsertKeyProjectValue } from '../store/evaluations.js';
import { rollupRepository } from '../store/rollups.js';

export async function setKeyProjectValue(
  tx: DbOrTx,
  unitId: string,
  year: number,
  project: Pick<KeyProject, 'code' | 'name' | 'measure' | 'unitOfMeasure'>,
  values: { target: Decimal | null; actual: Decimal | null },
) {
  const projectId = await ensureKeyProject(tx, project);
  await upsertKeyProjectValue(tx, projectId, Number(unitId), year, values);
  await rollupRepository(tx).refreshUnit(Number(unitId), year, 'keyProjects');
}
