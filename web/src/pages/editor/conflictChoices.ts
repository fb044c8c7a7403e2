// The conflict dialog's rows: one per field both editors changed differently, named as the
// reviewer's diff names it. A conflict may be a whole row (an indicator I deleted that they edited):
// it is shown as the labelled fields that differ between taking mine and taking theirs.
import { mergeContent, type MergeConflict } from '../../../../src/domain/merge.js';
import { conflictRows, contentOf, show, type ConflictRow, type Content } from './content.js';
import type { Conflict } from './useAutosave.js';

export interface ConflictChoice {
  path: string; // the merge's path, the key of the choice
  fields: ConflictRow[];
  mineDeleted: boolean;
  theirsDeleted: boolean;
}

export function conflictChoices(conflict: Conflict, mine: Content): { rows: ConflictChoice[]; merged: number } {
  const theirs = contentOf(conflict.theirs);
  const { merged, conflicts } = mergeContent(conflict.base, mine, theirs);
  const rows = conflicts.map((c: MergeConflict): ConflictChoice => {
    const taken = mergeContent(conflict.base, mine, theirs, (p) => (p === c.path ? 'theirs' : 'mine')).merged;
    const fields = conflictRows(merged, taken);
    return {
      path: c.path,
      fields: fields.length ? fields : [{ path: c.path, label: c.path, mine: show(c.mine), theirs: show(c.theirs) }],
      mineDeleted: c.mine === undefined,
      theirsDeleted: c.theirs === undefined,
    };
  });
  // what the merge took from theirs without asking: every labelled difference from mine but the conflicts
  const asked = new Set(rows.flatMap((r) => r.fields.map((f) => f.path)));
  const fromTheirs = conflictRows(mine, merged).filter((r) => !asked.has(r.path)).length;
  return { rows, merged: fromTheirs };
}
