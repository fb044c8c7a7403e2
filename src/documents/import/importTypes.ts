// What an import gives: the draft, the figures not placed, and what was recognised for the preview. Types only.
import type { BudgetType, ReportOutline } from '../../domain/types.js';
import type { EvaluationContent } from '../../store/evaluations.js';
import type { FilledCell } from './cells.js';
import type { MatchedIndicator } from './indicatorMatch.js';
import type { ReportIndicatorTable } from './indicatorTables.js';

export interface ImportedDraft extends EvaluationContent {
  outline: ReportOutline;
  /** The report's own indicator tables as read; `indicators` holds the rows a framework leaf took (matched again on import). */
  reportIndicators?: ReportIndicatorTable[];
}

/** What the importer recognised, for a preview before anything is written. */
export interface ImportSummary {
  format: string | null;
  title: string;
  reportDate: string | null;
  year: number | null;
  unitName: string | null; // 单位名称 on the cover
  outline: ReportOutline;
  headings: string[]; // numbering + title, indented by depth with two spaces
  sections: number;
  paragraphs: number;
  budgetRows: number;
  noActivity: BudgetType[];
  profile: { authorizedPosts: number | null; staffActual: number | null; retired: number | null; departments: string[]; duties: number } | null;
  keyProjects: { code: string; name: string; target: string | null; actual: string | null; unitOfMeasure: string; funding: number }[];
  figureLinks: number;
  /** Figures placed into cells (the first MAX_LISTED), with the cell in words and the sentence each came from. */
  placed: { text: string; cell: string; value: string; sentence: string }[];
  placedTotal: number;
  /** Budget cells the report does not state: computed by an identity, or 0 until a person fills them. */
  filled: FilledCell[];
  /** The rows of the report's indicator tables, each with the framework leaf it filled (null: listed in unplaced). */
  indicators: MatchedIndicator[];
  /** 合计/总分 rows of those tables. */
  indicatorTotals: { weight: string | null; score: string | null }[];
}

export interface ImportResult {
  draft: ImportedDraft;
  unplaced: string[];
  recognised: ImportSummary;
}
