// Tables that reach us as plain text in two shapes the row splitter of structure.ts misses:
// (1) rows of a "|" table broken at its empty cells (web pages print an empty cell as a line
// break: "甲地 | 120 | 80 |⏎| 3.5 | 60 |⏎| 1.2 |"), joined back when that gives the header's width;
// (2) rows whose cells are separated by single spaces (PDF text): "1. 办公费 120 150 30 25.00%",
// a label then number cells, with one or two header lines above. Rows that do not line up stay prose.
import { UNIT_GROUP, type DocTable } from '../../domain/checks/document.js';

/** A number cell: 1,234.50 / -12.3 / 45% / a dash for none. */
const NUMBER = /^(?:[-−]?[\d,]*\.?\d+[%％]?|[-—–])$/;
const HAS_CJK = /[\u4e00-\u9fff]/;
/** Lines this long are text, not a row (and bound the work on a 10 MB line). */
const MAX_ROW = 240;

/**
 * A "|" table whose data rows continue on lines that start with "|": each continuation is joined to
 * the row before it with one empty cell at the break, when the joined rows then have the header's width.
 * `leading[k]` says whether row k's line began with "|".
 */
export function joinBrokenRows(t: DocTable, leading: boolean[]): DocTable {
  const n = t.rows.length;
  if (n < 3 || leading[0] || !leading.some(Boolean)) return t;
  const rows: string[][] = [];
  const rowLines: number[] = [];
  for (let k = 0; k < n; k++) {
    if (leading[k] && rows.length) rows[rows.length - 1]!.push('', ...t.rows[k]!);
    else {
      rows.push([...t.rows[k]!]);
      rowLines.push(t.line + k);
    }
  }
  const width = t.rows[0]!.length;
  const data = rows.filter((r) => r.some((c) => NUMBER.test(c.trim()) && /\d/.test(c)));
  if (data.length < 2 || data.filter((r) => r.length === width).length < data.length * 0.75) return t;
  return { line: t.line, rows, rowLines, lineCount: t.lineCount ?? n };
}

/**
 * A table split at tabs or wide gaps starts at its first row with a number: the line above it that
 * splits the same way into as many text cells (or one fewer: a blank corner) is its header.
 */
export function withHeader(t: DocTable, lines: string[], taken: Set<number>): DocTable {
  const above = t.line - 1;
  if (above < 0 || taken.has(above) || t.rowLines || lines[t.line]!.includes('|')) return t;
  const line = lines[above]!.trim();
  if (!line || line.length > MAX_ROW || /[，。；：:]/.test(line)) return t;
  const cells = line.includes('\t') ? line.split('\t').map((c) => c.trim()) : line.split(/ {2,}|\u3000{2,}/).map((c) => c.trim());
  const width = t.rows[0]!.length;
  if (cells.length < 2 || cells.some((c) => !c || NUMBER.test(c) || c.length > 20) || !cells.some((c) => HAS_CJK.test(c))) return t;
  // 项目资金 | 年度预算数（万元） | 年初预算数 | …: a unit cell over the value columns has no cell under it
  const units = cells.flatMap((c, x) => (x > 0 && x < cells.length - 1 && UNIT_GROUP.test(c) ? [x] : []));
  if (cells.length === width + 1 && units.length === 1) cells.splice(units[0]!, 1);
  if (cells.length !== width && cells.length !== width - 1) return t;
  const header = cells.length === width ? cells : ['', ...cells];
  return { line: above, rows: [header, ...t.rows], rowLines: [above, ...t.rows.map((_, k) => t.line + k)], lineCount: (t.lineCount ?? t.rows.length) + 1 };
}

interface Row {
  label: string;
  values: string[];
}

/** "1. 办公费 120 150 30 25.00%" → label and number cells; null when the line is not such a row. */
function rowOf(line: string): Row | null {
  const t = line.trim();
  if (!t || t.length > MAX_ROW || t.includes('|') || /[，。；：:！？]/.test(t)) return null;
  const tokens = t.split(/[\s\u3000]+/);
  let k = tokens.length;
  while (k > 0 && NUMBER.test(tokens[k - 1]!)) k--;
  const label = tokens.slice(0, k).join(' ');
  const values = tokens.slice(k);
  // a label names the row; a number inside it other than numbering (1. / (一) / 2016年) is prose
  if (label && (!HAS_CJK.test(label) || tokens.slice(0, k).some((x) => NUMBER.test(x)))) return null;
  return { label, values };
}

/** A header line: two or more short text cells, no number cell, not a 单位: line. */
function headerOf(line: string): string[] | null {
  const t = line.trim();
  if (!t || t.length > 120 || /^单位|[，。；：:]/.test(t)) return null;
  const cells = t.split(/[\s\u3000]+/);
  return cells.length >= 2 && cells.every((c) => c.length <= 16 && !NUMBER.test(c)) && cells.some((c) => HAS_CJK.test(c)) ? cells : null;
}

const zeroOnly = (r: Row) => r.values.every((v) => /^[-—–0.]+$/.test(v));

/** Tables of single-space-separated rows, on lines not `taken` by other tables. */
export function spacedTables(lines: string[], taken: Set<number>): DocTable[] {
  const out: DocTable[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (taken.has(i)) continue;
    const rows: { row: string[]; line: number }[] = [];
    let j = i;
    for (; j < lines.length && !taken.has(j); j++) {
      const r = rowOf(lines[j]!);
      if (!r) break;
      if (r.label && r.values.length) rows.push({ row: [r.label, ...r.values], line: j });
      else if (r.label && j + 1 < lines.length && !taken.has(j + 1) && rowOf(lines[j + 1]!)?.label === '') {
        // a label on its own line, its numbers on the next one
        rows.push({ row: [r.label, ...rowOf(lines[j + 1]!)!.values], line: j });
        j++;
      } else if (!(r.label && r.label.length <= 30 && rows.length)) break;
      else rows.push({ row: [r.label], line: j });
    }
    const end = j;
    while (rows.length && rows[rows.length - 1]!.row.length === 1) rows.pop();
    const widths = new Map<number, number>();
    for (const r of rows) if (r.row.length > 2) widths.set(r.row.length, (widths.get(r.row.length) ?? 0) + 1);
    const [width, count] = [...widths].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0] ?? [0, 0];
    // rows of another width are all-zero (科目 with nothing) or label-only headings
    const lined = rows.filter((r) => r.row.length === width || r.row.length === 1 || zeroOnly({ label: '', values: r.row.slice(1) }));
    if (count < 3 || lined.length < rows.length * 0.75) {
      i = Math.max(i, end - 1);
      continue;
    }
    const head: { row: string[]; line: number }[] = [];
    for (let h = rows[0]!.line - 1; h >= 0 && h >= rows[0]!.line - 2 && !taken.has(h); h--) {
      const c = headerOf(lines[h]!);
      if (!c) break;
      head.unshift({ row: c, line: h });
    }
    const all = [...head, ...rows];
    out.push({ line: all[0]!.line, rows: all.map((r) => r.row), rowLines: all.map((r) => r.line), lineCount: end - all[0]!.line });
    i = end - 1;
  }
  return out;
}
