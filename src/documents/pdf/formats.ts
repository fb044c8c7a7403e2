// One entry point for every download format of a report (CLI, HTTP API).
import type { BuildReportOptions } from '../../domain/report/build.js';
import type { Evaluation } from '../../domain/types.js';
import { renderDocx } from '../docx/render.js';
import { renderHtml } from '../html/render.js';
import { renderMarkdown } from '../markdown/render.js';
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

/** "2022年度武冈市妇女联合会整体支出绩效自评报告.docx" — safe on every file system. */
export function reportFileName(e: Evaluation, format: ReportFormat): string {
  const base = (format === 'xlsx' ? `${e.year}年度${e.unit.name}绩效自评表` : e.title || `${e.year}年度${e.unit.name}绩效自评报告`).replace(/[\\/:*?"<>|\u0000-\u001f]/g, '_');
  return `${base}.${format}`;
}

export class XlsxWriterMissingError extends Error {
  constructor() {
    super('自评表 .xlsx 写出器尚不可用 / the 自评表 .xlsx writer for an Evaluation is not available in this build');
    this.name = 'XlsxWriterMissingError';
  }
}

type XlsxWriter = (e: Evaluation) => Promise<Buffer | Uint8Array | ArrayBuffer>;
// names the xlsx module may export for "an Evaluation → .xlsx" (written by another module; looked up at run time)
const XLSX_WRITER_NAMES = ['writeEvaluationXlsx', 'renderXlsx', 'evaluationToXlsx', 'writeEvaluationWorkbook', 'renderEvaluationXlsx'];

async function xlsxWriter(): Promise<XlsxWriter> {
  const path = '../xlsx/index.js';
  let mod: Record<string, unknown>;
  try {
    mod = (await import(path)) as Record<string, unknown>;
  } catch {
    throw new XlsxWriterMissingError();
  }
  for (const n of XLSX_WRITER_NAMES) if (typeof mod[n] === 'function') return mod[n] as XlsxWriter;
  throw new XlsxWriterMissingError();
}

/** The report (or for xlsx the 自评表) in `format`, as bytes. */
export async function renderReportFile(e: Evaluation, format: ReportFormat, options: BuildReportOptions & ConvertOptions = {}): Promise<Buffer> {
  switch (format) {
    case 'docx':
      return renderDocx(e, options);
    case 'pdf':
      return docxToPdf(await renderDocx(e, options), options);
    case 'html':
      return Buffer.from(renderHtml(e, options), 'utf8');
    case 'md':
      return Buffer.from(renderMarkdown(e, options), 'utf8');
    case 'xlsx': {
      const out = await (await xlsxWriter())(e);
      return Buffer.isBuffer(out) ? out : Buffer.from(out instanceof ArrayBuffer ? new Uint8Array(out) : out);
    }
  }
}
