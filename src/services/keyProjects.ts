// Writes of key-project figures outside an evaluation (e.g. a township's 两癌 numbers),
// with the roll-up update in the same transaction.
import type { Decimal, KeyProject } from '../domain/types.js';
import type { Db, DbOrTx } from '../store/db.js';
import { saveKeyProjectValue as saveCommitted, writeKeyProjectValue } from '../store/keyProjects.js';
import { rollupRepository } from '../store/rollups.js';

type Project = Pick<KeyProject, 'code' | 'name' | 'measure' | 'unitOfMeasure'>;
type Values = { target: Decimal | null; actual: Decimal | null };

/** Inside the caller's transaction: two statements, the value (with the year's roll-up lock), then the roll-ups. */
export async function setKeyProjectValue(tx: DbOrTx, unitId: string, year: number, project: Project, values: Values) {
  await writeKeyProjectValue(tx, project, Number(unitId), year, values);
  await rollupRepository(tx).refreshUnit(Number(unitId), year, { keyProjectValue: project.code }, { locked: true });
}

/** The same save as its own transaction, committed when it resolves: one round trip on PostgreSQL. */
export async function saveKeyProjectValue(db: Db, unitId: string, year: number, project: Project, values: Values) {
  await saveCommitted(db, project, Number(unitId), year, values);
}
