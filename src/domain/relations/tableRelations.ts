// Every relation a table asserts: totals (rows, columns, account codes, lexicon rows), cross sums
// and change columns. The rules live in tables.ts and changeColumns.ts.
import type { DocTable } from '../checks/document.js';
import { changeColumns, shareColumns } from './changeColumns.js';
import { totalsFirst, totalsLast } from './tables.js';
import { crossSums, totalColumns } from './tableColumns.js';
import { codeHierarchy, lexiconRows } from './tableCodes.js';
import { treeSums } from './tableTree.js';
import { classRows } from './classRows.js';
import { grandTotals } from './tableSides.js';
import { totalShares } from './shareColumns.js';
import { budgetDifferences } from './budgetColumns.js';
import { ratioColumns, rowRelations } from './ratioColumns.js';
import { rateColumns } from './rateColumns.js';
import { fittedTotals } from './fittedTotals.js';
import { fittedRows } from './fittedRows.js';
import { regionTotals } from './regionTotals.js';
import { levelRows } from './levelRows.js';
import { headedTotals } from './tableHeads.js';
import { outlineTotals } from './outlineTotals.js';
import { outlineIndicators } from './outlineIndicators.js';
import { letterColumns } from './letterColumns.js';
import { debtRows } from './debtRows.js';
import { fundRows } from './fundRows.js';
import type { Relation } from './types.js';

const BARE = /^[-−－﹣]?[\d,]*\.?\d+$/;
const SCORES = /分值|得分|权重|评分/;
const RATIOS = new Set<Relation['kind']>(['yoy', 'rate', 'share', 'shareSum', 'score', 'grade']);

/** Figures of a relation written in the table's unit (写为 810万元), as prose relations are; scores and rates keep theirs. */
export function inTableUnit(r: Relation, unit: string | null): Relation {
  if (!unit || SCORES.test(r.reason) || RATIOS.has(r.kind) || /[%％]|率|比重/.test(r.reason)) return r;
  const u = (s: string) => (BARE.test(s) ? `${s}${unit}` : s);
  return { ...r, statedText: u(r.statedText), computedText: u(r.computedText), parts: r.parts.map((p) => ({ ...p, text: u(p.text) })) };
}

export function tableRelations(t: DocTable): Relation[] {
  const out = relationsOf(t);
  // rows read from running text may have lost a cell or a row, or taken in lines after the table (文号,
  // 电话): unless read in full (`tight`), what does not hold is not known to be wrong
  const all = [...out, ...changeColumns(t), ...rateColumns(t), ...letterColumns(t)];
  // a rate column the header names (增减率, 占…%) is read by its own rule: the learned reading is for the rest
  const read = new Set(all.filter((r) => RATIOS.has(r.kind)).map((r) => `${r.line}|${r.stated}`));
  all.push(...ratioColumns(t).filter((r) => !read.has(`${r.line}|${r.stated}`)));
  // a total column the header names (lexicon columns, 年初 + 调整) is read by its rule; the learned run is for the rest
  const summed = new Set(all.filter((r) => r.kind === 'tableTotal' || r.kind === 'crossSum').map((r) => `${r.line}|${r.stated}`));
  // totals read from outline numbers: a relation another rule read already is kept once, the surer verdict
  for (const r of [...outlineTotals(t), ...outlineIndicators(t)]) {
    const at = all.findIndex((x) => x.kind === r.kind && x.line === r.line && x.stated === r.stated && x.computed === r.computed);
    if (at < 0) all.push(r);
    else if (r.verdict === 'error' && all[at]!.verdict === 'unsure') all[at] = r;
    summed.add(`${r.line}|${r.stated}`);
  }
  all.push(...fittedTotals(t).filter((r) => !summed.has(`${r.line}|${r.stated}`)));
  // a group row over the rows below it, learned from its amount columns: only where no rule read the row's totals
  const totalled = new Set(all.filter((r) => r.kind === 'tableTotal' || r.kind === 'crossSum').map((r) => r.line));
  all.push(...fittedRows(t).filter((r) => !totalled.has(r.line)));
  const kept = t.loose && !t.tight ? all.map((r) => (r.verdict === 'error' ? { ...r, verdict: 'unsure' as const } : r)) : all;
  // percent columns learned from rows of one shape hold whether or not the table was read in full: they add
  // what no other rule read, and settle a reading left unsure only because the table was loose
  const learned = rowRelations(t);
  if (!learned.length) return kept;
  const key = (r: Relation) => `${RATIOS.has(r.kind)}|${r.line}|${r.text}|${r.stated}`;
  const index = new Map<string, number>();
  kept.forEach((r, k) => index.has(key(r)) || index.set(key(r), k));
  for (const r of learned) {
    const at = index.get(key(r));
    if (at === undefined) kept.push(r);
    else if (r.verdict === 'error' && kept[at]!.verdict === 'unsure' && all[at]?.verdict === 'error') kept[at] = r;
  }
  return kept;
}

function relationsOf(t: DocTable): Relation[] {
  const out: Relation[] = [];
  lexiconRows(t, out);
  codeHierarchy(t, out);
  classRows(t, out);
  totalsFirst(t, out);
  totalsLast(t, out);
  totalColumns(t, out);
  crossSums(t, out);
  treeSums(t, out);
  headedTotals(t, out);
  grandTotals(t, out);
  totalShares(t, out);
  budgetDifferences(t, out);
  out.push(...shareColumns(t));
  out.push(...regionTotals(t));
  out.push(...levelRows(t));
  out.push(...debtRows(t));
  out.push(...fundRows(t));
  return out;
}
