// Tables read by names rather than position: rows of the 科目编码 hierarchy (201 over 20101 over
// 2010101) and rows the lexicon names (a partition's total and its complete set of parts, in any order).
import { cellNumber } from '../checks/tables.js';
import type { DocTable } from '../checks/document.js';
import type { Quantity } from '../quantity/index.js';
import { conceptOf, cleanLabel } from './figures.js';
import { descendants, isComplete, PARTITIONS } from './lexicon.js';
import { normalizePunctuation } from './text.js';
import { codeOf, columnSums, headerOf, isNum, labelOf, PART_FIRST, sumRel, SKIP_COL, TOTAL } from './tables.js';
import type { Relation } from './types.js';

/**
 * 决算 tables by 科目编码: a parent row (201) is the sum of its direct children (20101, 20102 …)
 * and the 合计 row the sum of the top level — column by column.
 */
export function codeHierarchy(t: DocTable, out: Relation[]): void {
  const rows = t.rows.map((r, i) => ({ r, i, code: /^\d{3,9}$/.exec((r[0] ?? '').trim())?.[0] ?? codeOf(r) })).filter((x) => x.code);
  if (rows.length < 3) return;
  const lengths = [...new Set(rows.map((x) => x.code!.length))].sort((a, b) => a - b);
  const check = (i: number, row: string[], kids: { r: string[] }[], reason: string, reasonEn: string): void =>
    columnSums(
      t,
      i,
      kids.map((c) => c.r),
      out,
      { label: labelOf, min: 1, all: true, codes: true, reason: () => reason, reasonEn },
    );
  // children looked up by prefix (one map per pair of code lengths): linear in the rows, not quadratic
  const byPrefix = new Map<string, typeof rows>();
  for (const x of rows)
    for (const l of lengths) {
      if (l >= x.code!.length) break;
      const k = `${x.code!.length}|${x.code!.slice(0, l)}`;
      byPrefix.get(k)?.push(x) ?? byPrefix.set(k, [x]);
    }
  for (const parent of rows) {
    const next = lengths.find((l) => l > parent.code!.length);
    if (!next) continue;
    const kids = byPrefix.get(`${next}|${parent.code!}`) ?? [];
    if (!kids.length) continue;
    check(parent.i, parent.r, kids, `科目 ${parent.code} = 其下级科目之和`, `account ${parent.code} is the sum of its sub-accounts`);
  }
  const top = rows.filter((x) => x.code!.length === lengths[0]);
  const totalRow = t.rows.findIndex((r) => TOTAL.test(labelOf(r).replace(/\s/g, '')));
  if (totalRow >= 0 && top.length >= 1) check(totalRow, t.rows[totalRow]!, top, '合计 = 各类级科目之和', 'the total is the sum of the top-level accounts');
}

/** Cells a row's label governs: from its label cell up to the next text cell (收入 | … | 支出 | … tables hold two sides). */
function governed(row: string[], k: number): boolean {
  const l = row.findIndex((c) => /[\u4e00-\u9fff]/.test(c) && !isNum(c));
  if (l < 0 || k <= l) return false;
  for (let j = l + 1; j < k; j++) if (/[\u4e00-\u9fff]/.test(row[j] ?? '') && !isNum(row[j])) return false;
  return true;
}

/**
 * Rows named by the lexicon, in any order: a row whose concept is a partition's total (总“三公”经费支出)
 * and rows that list that partition completely (因公出国（境）费, 公务接待费, 公务用车购置及运行维护费) —
 * the total's cells are the sum of theirs, column by column. A concept named by two rows (two years)
 * makes the table ambiguous; rows inside another listed row (购置费 under 公务用车) are not added again.
 */
export function lexiconRows(t: DocTable, out: Relation[]): void {
  // a statement table has tens of rows; a data dump of thousands names no classification row by row
  if (t.rows.length > 500) return;
  const named = t.rows.map((r, i) => ({
    r,
    i,
    concept: r.some(isNum) ? conceptOf(cleanLabel(normalizePunctuation(labelOf(r)).replace(PART_FIRST, ''))) : null,
  }));
  const count = new Map<string, number>();
  for (const x of named) if (x.concept) count.set(x.concept, (count.get(x.concept) ?? 0) + 1);
  const unique = named.filter((x) => x.concept && count.get(x.concept) === 1);
  for (const total of unique) {
    for (const p of PARTITIONS) {
      if (!p.totals?.includes(total.concept!)) continue;
      let parts = unique.filter((x) => x !== total && p.parts.includes(x.concept!));
      parts = parts.filter((x) => !parts.some((o) => o !== x && descendants(o.concept!).has(x.concept!)));
      if (parts.length < 2 || !isComplete(p, new Set(parts.map((x) => x.concept!)))) continue;
      // another total of the partition right above the parts is theirs (基本支出 ⏎ 工资福利… ⏎ 项目支出)
      const above = named[Math.min(...parts.map((x) => x.i)) - 1];
      if (above && above !== total && above.concept && p.totals.includes(above.concept)) continue;
      const hdr = headerOf(t, Math.min(total.i, ...parts.map((x) => x.i)));
      for (let k = 0; k < total.r.length; k++) {
        const q = cellNumber(total.r[k]);
        if (!q || q.unit === '%' || q.unit === '分' || (hdr && SKIP_COL.test(hdr[k] ?? ''))) continue;
        // 201 ⏎ 20101: a code column repeats the total's digits in its parts; 245 over 165 and 80 is an amount
        const code = (total.r[k] ?? '').trim();
        // (only for a head right above its parts: a 合计 below them is left to the numbered-head rules)
        const above = parts.every((x) => x.i > total.i && x.i <= total.i + parts.length);
        if (/^\d{3,9}$/.test(code) && (!above || parts.some((x) => (x.r[k] ?? '').trim().startsWith(code)))) continue;
        if (![total, ...parts].every((x) => governed(x.r, k))) continue;
        const qs = parts.map((x) => ({ label: labelOf(x.r), q: cellNumber(x.r[k]) }));
        if (qs.some((x) => !x.q)) continue;
        const ps = qs as { label: string; q: Quantity }[];
        const label = labelOf(total.r);
        out.push(sumRel(t, total.i, q, ps, `“${label}”行 = ${p.rule}${hdr?.[k] ? `（${hdr[k]}列）` : ''}`, `the “${label}” row: ${p.rule}`));
      }
    }
  }
}
