// Tables flattened one cell per line (text taken from PDF or web pages): "项目 |⏎预算数 |⏎…",
// "年度⏎|⏎合计⏎|⏎…", or bare lines "项目⏎预算数⏎合计⏎49.9⏎…". The cells are put back into rows:
// a row is a label cell followed by value cells; the row width is the one most rows share, and
// the header is what stands before the first row. Runs whose rows do not line up stay prose.
import { UNIT_GROUP, type DocTable } from '../../domain/checks/document.js';

const VALUE = /^(?:[-−]?[\d,]*\.?\d+\s*(?:%|％|万元|元|亿元|分|人|个|件|户|次)?|[-—–/／]|)$/;
const isValue = (c: string) => VALUE.test(c.trim());
/** A section of a 自评表 with its weight (预算执行情况（10分）, 绩效指标（90分）): it opens a part of the form with its own header. */
const GROUP_CELL = /^[\u4e00-\u9fff]{2,12}\s*[（(]\s*\d+(?:\.\d+)?\s*分\s*[）)]$/;
const hasDigit = (c: string) => /\d/.test(c);
/** The last column of a form, a remark: 原因 / 备注 / 偏差原因分析及改进措施. */
const REMARK = /^[\u4e00-\u9fff]{0,8}(?:原因|备注|说明)(?:分析)?(?:及改进措施)?$/;
const SPARE_LAST = /^(?:备\s*注|说\s*明|备注说明|偏差原因.*|原因(?:分析)?)$/;
const SPARE_FIRST = /^(?:序\s*号|编\s*号|行\s*次)$/;
/** A cell is short and carries no sentence punctuation. */
const CELLISH = (s: string) => s.length <= 40 && !/[。，；,;]/.test(s) && !/[：:].+/.test(s.replace(/^其中[：:]/, ''));

interface Run {
  cells: string[];
  cellLines: number[];
  end: number; // exclusive line index
}

/** "X |" lines; a lone "|" is an empty cell. */
function pipeSuffixRun(lines: string[], i: number): Run | null {
  const cells: string[] = [];
  const cellLines: number[] = [];
  let j = i;
  for (; j < lines.length; j++) {
    const m = /^([^|]*)\|\s*$/.exec(lines[j]!.trim());
    // the "|" closes a cell: a remark cell may carry ; or , (其中…;…;), not a sentence
    if (!m || !(CELLISH(m[1]!.trim()) || (m[1]!.trim().length <= 60 && !/[。！？]/.test(m[1]!)))) break;
    cells.push(m[1]!.trim());
    cellLines.push(j);
  }
  return cells.length >= 6 ? { cells, cellLines, end: j } : null;
}

/** "X⏎|⏎Y⏎|⏎…": each cell closed by a line holding only "|"; two "|" in a row are an empty cell. */
function pipeLineRun(lines: string[], i: number): Run | null {
  const cells: string[] = [];
  const cellLines: number[] = [];
  let j = i;
  let closed = true;
  for (; j < lines.length; j++) {
    const t = lines[j]!.trim();
    if (t === '|') {
      if (closed) {
        cells.push('');
        cellLines.push(j);
      }
      closed = true;
    } else if (closed && t && !t.includes('|') && CELLISH(t) && lines[j + 1]?.trim() === '|') {
      cells.push(t);
      cellLines.push(j);
      closed = false;
    } else break;
  }
  return cells.length >= 6 ? { cells, cellLines, end: j } : null;
}

/** Bare short lines, at least two of them numbers only. */
function bareRun(lines: string[], i: number): Run | null {
  const cells: string[] = [];
  const cellLines: number[] = [];
  let j = i;
  for (; j < lines.length; j++) {
    const t = lines[j]!.trim();
    if (!t || t.includes('|') || !CELLISH(t) || t.length > 24) break;
    cells.push(t);
    cellLines.push(j);
  }
  return { cells, cellLines, end: j };
}

/**
 * A header of three or more names, then rows of exactly that many cells (text cells such as
 * 列支科目 or 备注 included): cut the body into rows of the header's width when every row starts
 * with a label and has a number in the first column after it that holds numbers.
 */
function byHeader(run: Run, h: number): { rows: string[][]; rowLines: number[] } | null {
  const { cells, cellLines } = run;
  const body = cells.length - h;
  if (h < 3 || body < h * 2 || body % h !== 0 || cells.slice(0, h).some((c) => !c || hasDigit(c))) return null;
  const rows: string[][] = [cells.slice(0, h)];
  const rowLines: number[] = [cellLines[0]!];
  for (let k = h; k < cells.length; k += h) {
    const r = cells.slice(k, k + h);
    if (!r[0] || isValue(r[0]) || !(isValue(r[1]!) && hasDigit(r[1]!))) return null;
    rows.push(r);
    rowLines.push(cellLines[k]!);
  }
  return { rows, rowLines };
}

/** Rows of a run of cells, or null when they do not line up. */
export function rowsOf(run: Run): { rows: string[][]; rowLines: number[] } | null {
  const { cells, cellLines } = run;
  const first = cells.findIndex((c) => isValue(c) && hasDigit(c));
  if (first < 1 || isValue(cells[first - 1]!)) return null;
  const chunked = byHeader(run, first - 1);
  if (chunked) return chunked;
  const rows: string[][] = [];
  const rowLines: number[] = [];
  for (let k = first - 1; k < cells.length; k++) {
    if (!isValue(cells[k]!)) {
      rows.push([cells[k]!]);
      rowLines.push(cellLines[k]!);
    } else rows[rows.length - 1]!.push(cells[k]!);
  }
  // a trailing label without values (the page cut the table) is dropped
  while (rows.length && rows[rows.length - 1]!.length === 1) {
    rows.pop();
    rowLines.pop();
  }
  const widths = new Map<number, number>();
  for (const r of rows) widths.set(r.length, (widths.get(r.length) ?? 0) + 1);
  const [width, count] = [...widths].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0] ?? [0, 0];
  if (width < 2 || count < 2 || rows.some((r) => r.length > width) || count < rows.length * 0.75) return null;
  if (rows.filter((r) => r.slice(1).some(hasDigit)).length < 2) return null;
  let header = cells.slice(0, first - 1);
  let headerAt = 0;
  // 公车购置及运行维护费 over 合计 | 购置 | 运行: the group name stands for its 合计 column
  if (header.length === width + 1) {
    const k = header.findIndex((c, x) => x > 0 && /^(?:合\s*计|小\s*计)$/.test(header[x + 1] ?? '') && !/^(?:合\s*计|小\s*计)$/.test(c));
    if (k > 0) header = [...header.slice(0, k + 1), ...header.slice(k + 2)];
  }
  // 预算执行情况（10分） | 年度预算数（万元） | 年初预算 | …: a section cell spanning the rows stands before the header
  const group = header.findLastIndex((c) => GROUP_CELL.test(c));
  if (group >= 0 && [width, width + 1].includes(header.length - group - 1)) {
    header = header.slice(group + 1);
    headerAt = group + 1;
  }
  // 项目资金 | 年度预算数（万元） | 年初预算数 | 全年预算数 | …: a cell naming only the unit of the columns after it
  // is a group over them, no column of its own (kept, the rate column was read one cell off)
  if (header.length === width + 1) {
    const units = header.flatMap((c, x) => (x > 0 && x < header.length - 1 && UNIT_GROUP.test(c) ? [x] : []));
    if (units.length === 1) header = [...header.slice(0, units[0]!), ...header.slice(units[0]! + 1)];
  }
  // a header one cell wider than its rows: a remark column (原因 / 备注 / 说明) merged down the rows or left
  // empty in every row (its blank cells lost with the lines), or a 序号 column the rows do not write
  const last = header[header.length - 1]!;
  if (header.length === width + 1 && (REMARK.test(last) || SPARE_LAST.test(last))) header = header.slice(0, -1);
  else if (header.length === width + 1 && SPARE_FIRST.test(header[0]!)) {
    header = header.slice(1);
    headerAt += 1;
  }
  if (header.length === width) return { rows: [header, ...rows], rowLines: [cellLines[headerAt]!, ...rowLines] };
  return { rows, rowLines };
}

const MAX_RETRIES = 24;

/** One-cell-per-line tables of a document, and the lines they take. */
export function cellPerLineTables(lines: string[]): DocTable[] {
  const out: DocTable[] = [];
  // a failed "|" run is tried again from its next lines (leading debris may be what broke it), but
  // only a few times: each try reads to the run's end, so unbounded retries are quadratic
  let failedEnd = -1;
  let retries = 0;
  for (let i = 0; i < lines.length; i++) {
    const t = lines[i]!.trim();
    if (!t) continue;
    const bare = !t.includes('|') && lines[i + 1]?.trim() !== '|';
    const run =
      /\|\s*$/.test(t) && (t.match(/\|/g) ?? []).length === 1
        ? pipeSuffixRun(lines, i)
        : !t.includes('|') && lines[i + 1]?.trim() === '|'
          ? pipeLineRun(lines, i)
          : bare && CELLISH(t) && t.length <= 24
            ? bareRun(lines, i)
            : null;
    if (!run) continue;
    // a run is read once, from its first line (linear in the document)
    const enough = run.cells.length >= 6 && (!bare || run.cells.filter((c) => isValue(c) && hasDigit(c)).length >= 2);
    const r = enough ? rowsOf(run) : null;
    if (r) out.push({ line: i, rows: r.rows, rowLines: r.rowLines, lineCount: run.end - i });
    // a failed bare run gives its last line back: it may be the first cell of a table in "|" lines
    if (r) i = run.end - 1;
    else if (bare) i = Math.max(i, run.end - 2);
    else {
      retries = run.end === failedEnd ? retries + 1 : 1;
      failedEnd = run.end;
      if (retries >= MAX_RETRIES) i = run.end - 1;
    }
  }
  return out;
}
