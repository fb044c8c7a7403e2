// A report file read into lines, sections and tables (built by src/documents/import). Pure data.
import type { SectionKind } from '../types.js';

export interface DocSection {
  key: string; // stable path "2", "2.1"
  numbering: string | null; // 一、 （一） 1. （1） or null for unnumbered standard headings
  title: string;
  level: number; // 1 一、 · 2 （一） · 3 1. · 4 （1）
  kind: SectionKind;
  line: number; // 0-based index into lines of the heading
  endLine: number; // exclusive
  runIn: boolean; // heading is the lead sentence of a paragraph (1、注重理论武装，…。一是…)
}

export interface DocTable {
  line: number; // 0-based index of the first row in lines (flattened rows are also lines)
  rows: string[][];
  /** One-cell-per-line tables: the line of each row, and how many lines the table spans. */
  rowLines?: number[];
  lineCount?: number;
  /** The unit its amounts are stated in, when it was read from the text around a flattened table. */
  unit?: '万元' | '元';
  /**
   * Rows recovered from running text (a table flattened into words): a row may have lost a cell or the
   * table a row, so only what one row states is checked; a column total that does not hold is unsure.
   */
  loose?: boolean;
  /** The rows with merged cells spread (a rowspan/colspan cell's text in every position it covers); only when the file merged cells. */
  grid?: string[][];
  /**
   * A loose table read in full: every run of numbers after its header became a row with a cell for each
   * column, so no row or cell was lost and its totals are checked as a document table's are.
   */
  tight?: boolean;
  /**
   * A 总分 row left out of `rows` because it also counts points stated elsewhere (the funds part's 预算执行率,
   * not read): the rows' 分值 and 得分 may fall short of it, never exceed it.
   */
  outerTotal?: { weight: string; score: string; line: number };
}

/** 0-based line of row `i` of a table. */
/**
 * 年度预算数（万元）, 项目资金(元): a header cell naming only the unit of the columns after it. Over the value
 * columns of a 自评表 it is a group cell the rows have no cell under.
 */
export const UNIT_GROUP = /^[\u4e00-\u9fff]{2,10}\s*[（(]\s*(?:万元|元|亿元)\s*[）)]$/;

export function rowLine(t: DocTable, i: number): number {
  return t.rowLines?.[i] ?? t.line + i;
}

/** Every line a table occupies. */
export function tableLineSet(tables: DocTable[]): Set<number> {
  const out = new Set<number>();
  for (const t of tables) for (let k = 0; k < (t.lineCount ?? t.rows.length); k++) out.add(t.line + k);
  return out;
}

export interface ParsedDocument {
  lines: string[];
  sections: DocSection[];
  tables: DocTable[];
  title: string | null;
  /** Lines blanked as file junk (docx metadata in front of the title). */
  junk: string[];
  source?: { file?: string; format: 'txt' | 'docx' | 'xlsx' | 'text' };
}

interface SectionIndex {
  /** Innermost section (index into doc.sections) of each line, -1 for none. */
  inner: Int32Array;
  /** Enclosing section of each section, -1 for none. */
  parent: Int32Array;
}
const indexes = new WeakMap<DocSection[], SectionIndex>();

/** One sweep over the nested sections (lines × nesting depth), so look-ups per line are O(depth). */
function sectionIndex(doc: ParsedDocument): SectionIndex {
  let ix = indexes.get(doc.sections);
  if (ix) return ix;
  const inner = new Int32Array(doc.lines.length + 1).fill(-1);
  const parent = new Int32Array(doc.sections.length).fill(-1);
  doc.sections.forEach((s, k) => {
    const at = inner[s.line] ?? -1;
    if (at >= 0 && doc.sections[at]!.level < s.level) parent[k] = at;
    for (let l = s.line; l < Math.min(s.endLine, inner.length); l++) {
      const cur = inner[l]!;
      if (cur < 0 || s.level >= doc.sections[cur]!.level) inner[l] = k;
    }
  });
  ix = { inner, parent };
  indexes.set(doc.sections, ix);
  return ix;
}

/** The innermost section containing a line. */
export function sectionAt(doc: ParsedDocument, line: number): DocSection | undefined {
  if (!doc.sections.length) return undefined;
  const k = sectionIndex(doc).inner[line] ?? -1;
  return k >= 0 ? doc.sections[k] : undefined;
}

/** Titles of all sections containing a line, outermost first. */
export function sectionPath(doc: ParsedDocument, line: number): DocSection[] {
  if (!doc.sections.length) return [];
  const { inner, parent } = sectionIndex(doc);
  const out: DocSection[] = [];
  for (let k = inner[line] ?? -1; k >= 0 && out.length < 32; k = parent[k]!) out.push(doc.sections[k]!);
  return out.reverse();
}

export interface Sentence {
  text: string;
  line: number; // 0-based
  start: number; // offset in the line
}

/** Sentences of prose lines (table rows excluded), split after 。；！？. */
export function sentences(doc: ParsedDocument): Sentence[] {
  const tableLines = tableLineSet(doc.tables);
  const out: Sentence[] = [];
  doc.lines.forEach((line, i) => {
    if (tableLines.has(i) || !line.trim()) return;
    const re = /[^。；;！？!?]+[。；;！？!?]*/g;
    for (let m = re.exec(line); m; m = re.exec(line)) out.push({ text: m[0], line: i, start: m.index });
  });
  return out;
}
