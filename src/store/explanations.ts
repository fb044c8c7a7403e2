// Fillers' notes explaining warning findings, one per (evaluation, finding key).
import { and, eq, sql } from 'drizzle-orm';
import type { DbOrTx } from './db.js';
import { findingExplanations } from './schema.js';

export function explanationRepository(db: DbOrTx) {
  return {
    async notes(evaluationId: string): Promise<{ findingKey: string; note: string }[]> {
      return db
        .select({ findingKey: findingExplanations.findingKey, note: findingExplanations.note })
        .from(findingExplanations)
        .where(eq(findingExplanations.evaluationId, Number(evaluationId)));
    },

    /** Locks the evaluation row: explanations (and saves) of one evaluation run one at a time. */
    async lockEvaluation(evaluationId: string) {
      await db.execute(sql`select id from evaluations where id = ${Number(evaluationId)} for update`);
    },

    async note(evaluationId: string, key: string): Promise<string | null> {
      const [row] = await db
        .select({ note: findingExplanations.note })
        .from(findingExplanations)
        .where(and(eq(findingExplanations.evaluationId, Number(evaluationId)), eq(findingExplanations.findingKey, key)));
      return row?.note ?? null;
    },

    async set(evaluationId: string, key: string, note: string, userId: string | null) {
      const who = userId === null ? null : Number(userId);
      await db
        .insert(findingExplanations)
        .values({ evaluationId: Number(evaluationId), findingKey: key, note, userId: who })
        .onConflictDoUpdate({ target: [findingExplanations.evaluationId, findingExplanations.findingKey], set: { note, userId: who, at: new Date() } });
    },
  };
}
