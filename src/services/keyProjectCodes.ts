// Older versions stored a new key project under the editor's numbering ("kp1"), and the first
// unit to save one fixed its name for every unit's "kp1". A save now gives such a project the
// code its name names (domain/keyProjectIdentity.ts), but only when the unit saves again: until
// then roll-ups, dashboards and the portal add up "kp1" apart from the shared project. So on
// start-up every legacy entry takes its name's code at once, with what hangs on the code (a
// project's 自评表, narrative figures, review pins), the roll-ups of the years it touches, and an
// audit entry with the records' new states.
import { SYSTEM_ACTOR } from '../domain/access.js';
import { codeForName } from '../domain/keyProjectIdentity.js';
import { auditRepository } from '../store/audit.js';
import { statesOf, type StatefulEntity } from '../store/auditState.js';
import type { Db } from '../store/db.js';
import { legacyKeyProjects, lockKeyProjectCatalogue, recodeKeyProject } from '../store/keyProjects.js';
import { reviewCommentRepository } from '../store/reviewComments.js';
import { rollupRepository } from '../store/rollups.js';

/** Recodes every legacy ("kp1") catalogue entry by its name; answers the codes changed (old → new). */
export async function migrateLegacyKeyProjectCodes(db: Db): Promise<Map<string, string>> {
  if ((await legacyKeyProjects(db)).length === 0) return new Map(); // the usual start: one cheap read
  return db.transaction(async (tx) => {
    await lockKeyProjectCatalogue(tx);
    const renamed = new Map<string, string>();
    const unitYears = new Set<string>();
    const evaluations = new Set<string>();
    const years = new Set<number>();
    for (const p of await legacyKeyProjects(tx)) {
      if (!p.name.trim()) continue; // no name, no identity to give it
      const to = codeForName(p.name);
      const touched = await recodeKeyProject(tx, p, to);
      renamed.set(p.code, to);
      for (const u of touched.unitYears) {
        unitYears.add(`${u.unitId}:${u.year}`);
        years.add(u.year);
      }
      for (const e of touched.evaluationIds) evaluations.add(e);
    }
    if (renamed.size === 0) return renamed;
    await reviewCommentRepository(tx).renameProjectAnchors(renamed, null);
    const rollups = rollupRepository(tx);
    for (const y of [...years].sort()) if (await rollups.isBuilt(y)) await rollups.rebuildYear(y);
    const records: [StatefulEntity, string][] = [
      ...[...evaluations].map((id) => ['evaluation', id] as [StatefulEntity, string]),
      ...[...unitYears].map((k) => ['unitYear', k] as [StatefulEntity, string]),
    ];
    await auditRepository(tx).append([
      {
        userId: SYSTEM_ACTOR.userId,
        action: 'keyProject.recode',
        entity: 'deployment',
        entityId: null,
        unitId: null,
        before: { codes: [...renamed.keys()] },
        after: { codes: [...renamed.values()] },
        states: await statesOf(tx, records),
      },
    ]);
    return renamed;
  });
}
