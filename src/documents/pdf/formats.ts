// One entry point for every download format of a report (CLI, HTTP API).
import type { BuildReportOptions } from '../../domain/report/build.js';
import { BUILTIN_FRAMEWORKS } from '../../domain/frameworks/builtin.js';
import type { Evaluation, Framework } from '../../domain/types.js';
import { renderDocx } from '../docx/render.js';
import { renderHtml } from '../html/render.js';
import { renderMarkdown } from '../markdown/render.js';
import { writeDepartmentSheet } from '../xlsx/departmentSheet.js';
import { docxToPdf, type ConvertOptions } from './libreoffice.js';

export const REPORT_FORMATS = ['docx', 'xlsx', 'pdf', 'html', 'md'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export const REPORT_CONTENT_TYPES: Record<ReportFormat, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pdf: 'application/pdf',
  html: 'text/html; charset=utf-8',
  md: 'text/markdown; charset=utf-8',
};

export function isReportFormat(s: string): s is ReportFormat {
  return (REPORT_FORMATS as readonly string[]).includes(s);
}

/** Characters of a name before its extension: 3 bytes each in UTF-8, plus a unit code in front, stays under 255 bytes. */
const MAX_NAME = 70;

/**
 * "2022年度武冈市妇女联合会整体支出绩效自评报告.docx" — safe on every file system: no path or
 * Windows-refused characters, no direction overrides, no leading dot, and short enough (a 500-character
 * title made a 1,500-byte name: ENAMETOOLONG in `jixiao report --all`).
 */
export function reportFileName(e: Evaluation, format: ReportFormat): string {
  const fallback = `${e.year}年度${e.unit.name}绩效自评报告`;
  const clean = (s: string) =>
    s
      .replace(/[\\/:*?"<>|\u0000-\u001f\u007f]/g, '_')
      .replace(/[\u061c\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g, '')
      .replace(/^[\s.]+|[\s.]+$/g, '');
  const base = clean(format === 'xlsx' ? `${e.year}年度${e.unit.name}绩效自评表` : e.title) || clean(fallback);
  return `${[...base].slice(0, MAX_NAME).join('')}.${format}`;
}

/** Kept for callers that handle it (the server); no longer thrown now that the xlsx writer exists. */

/** The report (or for xlsx the 自评表) in `format`, as bytes. */
export interface RenderFileOptions extends BuildReportOptions, ConvertOptions {
  /** The evaluation's framework (custom ones); built-in frameworks are found by code. */
  framework?: Framework;
}

export async function renderReportFile(e: Evaluation, format: ReportFormat, options: RenderFileOptions = {}): Promise<Buffer> {
  if (options.framework && !options.indicators) options = { ...options, indicators: options.framework.indicators };
  switch (format) {
    case 'docx':
      return renderDocx(e, options);
    case 'pdf':
      return docxToPdf(await renderDocx(e, options), options);
    case 'html':
      return Buffer.from(renderHtml(e, options), 'utf8');
    case 'md':
      return Buffer.from(renderMarkdown(e, options), 'utf8');
    case 'xlsx':
      // the 自评表 workbook (written in documents/xlsx), scored against the evaluation's framework
      return writeDepartmentSheet(e, options.framework ?? BUILTIN_FRAMEWORKS.find((f) => f.code === e.framework.code) ?? null);
  }
}
