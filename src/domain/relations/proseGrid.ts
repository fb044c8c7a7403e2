// A table flattened into a line of prose keeps its grid in the spacing: the cells of one row are
// figures with nothing but blanks (or |) between them. A 合计 followed by k such figures closes k
// columns, and each column is the sum of the same position of the rows above it — never of every
// figure before the 合计 (分值 and 得分 of a score table side by side were added into one sum).
import type { Paragraph } from './text.js';
import type { Figure } from './figures.js';

const BLANK = /^[\s|｜]*$/;

/** The figures of `fs` (document order) in runs whose figures stand next to each other with blanks between. */
export function cellRuns(p: Paragraph, fs: Figure[]): Figure[][] {
  const runs: Figure[][] = [];
  for (const f of fs) {
    const run = runs[runs.length - 1];
    const last = run?.[run.length - 1];
    if (last && last.end <= f.start && BLANK.test(p.text.slice(last.end, f.start))) run!.push(f);
    else runs.push([f]);
  }
  return runs;
}

export type GridColumns = { total: Figure; parts: Figure[] }[];

/**
 * The columns a total row closes: `t` opens a run of k ≥ 2 cells and every run of `cands` (the items the
 * list rule would add) has k cells too. 'ragged' when the runs do not line up (a row lost a cell, or a
 * rate column stands among them): no sum is asserted. Null when `t` stands alone (an ordinary list).
 */
export function gridColumns(p: Paragraph, t: Figure, after: Figure[], cands: Figure[]): GridColumns | 'ragged' | null {
  const row = cellRuns(p, [t, ...after.filter((f) => f.start >= t.end)])[0]!;
  const total = row.filter((f) => f.q.unit === t.q.unit && f.role === 'level');
  if (total.length < 2) return null;
  if (total.length !== row.length) return 'ragged';
  const runs = cellRuns(p, cands);
  if (runs.length < 2 || runs.some((r) => r.length !== row.length)) return 'ragged';
  return row.map((cell, j) => ({ total: cell, parts: runs.map((r) => r[j]!) }));
}
