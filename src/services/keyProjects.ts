// Writes of key-project figures outside an evaluation (e.g. a township's 两癌 numbers),
// with the roll-up update in the same transaction.
import type { Decimal, KeyProject } from '../domain/types.js';
import type { DbOrTx } from '../store/db.js';
import { writeKeyProjectValue } from '../store/keyProjects.js';
import { rollupRepository } from '../store/rollups.js';

export async function setKeyProjectValue(
  tx: DbOrTx,
  unitId: string,
  year: number,
  project: Pick<KeyProject, 'code' | 'name' | 'measure' | 'unitOfMeasure'>,
  values: { target: Decimal | null; actual: Decimal | null },
) {
  // Two statements: the value (with the year's roll-up lock), then the roll-ups.
  await writeKeyProjectValue(tx, project, Number(unitId), year, values);
  await rollupRepository(tx).refreshUnit(Number(unitId), year, { keyProjectValue: project.code }, { locked: true });
}
