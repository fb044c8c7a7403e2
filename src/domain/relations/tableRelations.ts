// Every relation a table asserts: totals (rows, columns, account codes, lexicon rows), cross sums
// and change columns. The rules live in tables.ts and changeColumns.ts.
import type { DocTable } from '../checks/document.js';
import { changeColumns } from './changeColumns.js';
import { codeHierarchy, crossSums, lexiconRows, totalColumns, totalsFirst, totalsLast } from './tables.js';
import { treeSums } from './tableTree.js';
import type { Relation } from './types.js';

export function tableRelations(t: DocTable): Relation[] {
  const out: Relation[] = [];
  lexiconRows(t, out);
  codeHierarchy(t, out);
  totalsFirst(t, out);
  totalsLast(t, out);
  totalColumns(t, out);
  crossSums(t, out);
  treeSums(t, out);
  out.push(...changeColumns(t));
  return out;
}
