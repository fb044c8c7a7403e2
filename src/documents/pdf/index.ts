import type { BuildReportOptions } from '../../domain/report/build.js';
import type { Evaluation } from '../../domain/types.js';
import { renderDocx } from '../docx/render.js';
import { docxToPdf, type ConvertOptions } from './libreoffice.js';

export {
  convertDocxFilesToPdf,
  docxToPdf,
  findSoffice,
  fontconfigFile,
  LIBREOFFICE_INSTALL_HINT,
  LibreOfficeMissingError,
  type ConvertOptions,
} from './libreoffice.js';

/** An evaluation's 自评报告 as PDF (Word layout converted by LibreOffice). */
export async function renderPdf(e: Evaluation, options: BuildReportOptions & ConvertOptions = {}): Promise<Buffer> {
  return docxToPdf(await renderDocx(e, options), options);
}
export {
  isReportFormat,
  renderReportFile,
  REPORT_CONTENT_TYPES,
  REPORT_FORMATS,
  reportFileName,
  type RenderFileOptions,
  type ReportFormat,
} from './formats.js';
