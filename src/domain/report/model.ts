// The report as an ordered outline, independent of any file format.
// Renderers (docx, html, markdown, pdf) only lay these blocks out.
import type { ReportOutline } from '../types.js';

export interface ReportCover {
  /** Small label above the title, e.g. 附件1 (absent in most reports). */
  label: string | null;
  title: string;
  /** The title broken where officials break it on a cover (二号 fits ~20 characters a line). */
  titleLines: string[];
  unitName: string;
  /** 2023年7月18日, or '' when the evaluation has no report date. */
  dateText: string;
}

export type HeadingLevel = 1 | 2 | 3 | 4;

export interface HeadingBlock {
  kind: 'heading';
  level: HeadingLevel;
  numbering: string | null; // 一、 （一） 1. （1） as printed
  text: string;
}

export interface ParagraphBlock {
  kind: 'paragraph';
  /** Run-in heading printed at the start of the paragraph (numbering + lead sentence). */
  lead: string | null;
  /** Level of the run-in heading, so renderers can style it like that heading level. */
  leadLevel: HeadingLevel | null;
  text: string;
}

export interface TableCell {
  text: string;
  rowSpan?: number; // cells covered by a span are omitted from later rows
  colSpan?: number;
  align?: 'left' | 'center' | 'right';
}

export interface TableRow {
  header: boolean;
  cells: TableCell[];
}

export interface TableBlock {
  kind: 'table';
  key: string; // 'indicators'
  title: string;
  /** Relative column widths (sum is irrelevant; renderers scale). */
  columnWidths: number[];
  rows: TableRow[];
}

/** Closing signature (落款): unit name and date, right-aligned. */
export interface SignatureBlock {
  kind: 'signature';
  unitName: string;
  dateText: string;
}

export interface PageBreakBlock {
  kind: 'pageBreak';
}

export type ReportBlock = HeadingBlock | ParagraphBlock | TableBlock | SignatureBlock | PageBreakBlock;

export interface ReportDocument {
  outline: ReportOutline;
  /** Whether the report opens with a separate cover page (the department-wide report does). */
  coverPage: boolean;
  cover: ReportCover;
  /** Title repeated at the top of the body. */
  title: string;
  blocks: ReportBlock[];
}
