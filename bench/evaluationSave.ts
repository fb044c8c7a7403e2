// The editor's save (PUT /api/evaluations/:id without HTTP: evaluationService.save, its reads,
// the content write, scores, the roll-up refresh of the unit and its ancestors, the audit row),
// as a filler makes it: a figure changed in an editable evaluation of the synthetic tree.
import { sql } from 'drizzle-orm';
import { SYSTEM_ACTOR } from '../src/domain/access.js';
import { add } from '../src/domain/decimal.js';
import { contentOf, evaluationService } from '../src/services/evaluations.js';
import { queryRows, type Store } from '../src/store/db.js';
import { countStatements } from './statementCounter.js';

/** Editable (draft or returned) unit evaluations of the year, in random order. */
export async function editableEvaluations(db: Store['db'], year: number, n: number): Promise<string[]> {
  const rows = await queryRows<{ id: number }>(
    db,
    sql`select id from evaluations where year = ${year} and project_code = '' and status in ('draft', 'returned') order by random() limit ${n}`,
  );
  return rows.map((r) => String(r.id));
}

/**
 * Times one save per evaluation (ms); `statements` receives the number each sent (counted at the driver), each its own transaction, after a CHECKPOINT (every page
 * cold, as the key-project saves are timed). The content is read before the clock starts, as
 * the editor holds it; the 基本支出 line's income and expenditure (and the total's) grow by 1.
 */
export async function timeEvaluationSaves(store: Store, ids: string[], statements?: number[]): Promise<number[]> {
  await store.db.execute(sql`checkpoint`).catch(() => undefined);
  const service = evaluationService(store.db);
  const ms: number[] = [];
  const counter = statements ? countStatements(store) : null;
  for (const id of ids) {
    const e = await service.get(SYSTEM_ACTOR, id);
    const content = contentOf(e);
    const general = content.budget.find((a) => a.budgetType === 'general');
    for (const cls of ['basic', 'total'] as const) {
      const row = general?.rows[cls];
      if (!row) continue;
      row.income = add(row.income, '1');
      row.expenditure = add(row.expenditure, '1');
    }
    counter?.reset();
    const t = performance.now();
    await service.save(SYSTEM_ACTOR, id, e.version, content);
    ms.push(performance.now() - t);
    if (counter) statements!.push(counter.count());
  }
  return ms;
}
