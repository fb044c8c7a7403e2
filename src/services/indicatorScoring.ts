// Scoring an evaluation as it is stored (issue 14): typed values validated and normalised, computed
// actuals filled in from the evaluation's own data, scores, total and grade written. One path for
// every write (save, targets, demo load), and the same pure functions the web scores with.
import { buildIndicatorTable, type IndicatorTableBody, type TableContent } from '../domain/indicators/table.js';
import { threePublicTotal, type ComputeContext } from '../domain/indicators/compute.js';
import { validateIndicatorValues } from '../domain/indicators/validate.js';
import type { Evaluation, Framework, IndicatorValue } from '../domain/types.js';
import type { DbOrTx } from '../store/db.js';
import { evaluationRepository } from '../store/evaluations.js';
import { rollupRepository } from '../store/rollups.js';
import { ServiceError } from './errors.js';

/**
 * Figures from outside the evaluation: last year's "三公" actual of the same unit. Read only when
 * the framework (if given) has a leaf that uses it.
 */
export async function computeContextFor(
  db: DbOrTx,
  e: Pick<Evaluation, 'id' | 'year'> & { unit: { id: string } },
  framework?: Framework,
): Promise<ComputeContext> {
  if (framework && !framework.indicators.some((i) => i.source?.kind === 'threePublicChange')) return { previousThreePublicActual: null };
  const lines = await evaluationRepository(db).ownThreePublic(e.unit.id, e.year - 1);
  return { previousThreePublicActual: lines.length ? threePublicTotal({ threePublic: lines } as never, 'actual') : null };
}

/** Normalised values, or a 400 naming every value that is not a number where one is needed. */
export function validatedValues(framework: Framework, values: IndicatorValue[]): IndicatorValue[] {
  const { values: out, problems } = validateIndicatorValues(framework, values);
  if (problems.length) {
    const head = problems
      .slice(0, 5)
      .map((p) => p.message)
      .join('；');
    throw new ServiceError('invalid', `指标值无效 / invalid indicator values: ${head}${problems.length > 5 ? `（共 ${problems.length} 处）` : ''}`, {
      problems,
    });
  }
  return out;
}

/** Writes the table's scores, total and grade (and computed actuals) for an evaluation. */
export async function storeScores(tx: DbOrTx, id: string, table: IndicatorTableBody): Promise<void> {
  const repo = evaluationRepository(tx);
  const computed = table.rows.filter((r) => r.leaf && r.computed).map((r) => ({ indicatorCode: r.code, actual: r.computed!.value }));
  await repo.setActuals(
    id,
    computed.filter((c) => c.actual !== null || table.values.some((v) => v.indicatorCode === c.indicatorCode)),
  );
  const present = new Set(table.values.map((v) => v.indicatorCode));
  await repo.setScores(
    id,
    table.rows.filter((r) => r.leaf && present.has(r.code)).map((r) => ({ indicatorCode: r.code, score: r.score })),
  );
  await repo.setTotal(id, table.total, table.grade);
}

/** Rescores a stored evaluation from what is stored (after targets change, on demo load). */
export async function rescoreStored(tx: DbOrTx, id: string, framework: Framework): Promise<IndicatorTableBody> {
  const e = (await evaluationRepository(tx).load(id))!;
  const table = buildIndicatorTable(framework, e as TableContent, await computeContextFor(tx, e));
  await storeScores(tx, id, table);
  return table;
}

/** Scores an evaluation's stored values against its framework and refreshes the unit's roll-up, as a save does. */
export async function rescoreAndRollUp(tx: DbOrTx, id: string, framework: Framework) {
  await rescoreStored(tx, id, framework);
  const h = (await evaluationRepository(tx).header(id))!;
  await rollupRepository(tx).refreshUnit(Number(h.unitId), h.year);
}
