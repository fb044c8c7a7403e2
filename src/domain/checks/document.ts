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
}

/** 0-based line of row `i` of a table. */
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

/** The innermost section containing a line. */
export function sectionAt(doc: ParsedDocument, line: number): DocSection | undefined {
  let best: DocSection | undefined;
  for (const s of doc.sections) if (s.line <= line && line < s.endLine && (!best || s.level >= best.level)) best = s;
  return best;
}

/** Titles of all sections containing a line, outermost first. */
export function sectionPath(doc: ParsedDocument, line: number): DocSection[] {
  return doc.sections.filter((s) => s.line <= line && line < s.endLine).sort((a, b) => a.level - b.level);
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
