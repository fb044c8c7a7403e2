// Reads a 运行监控表 .xlsx (as written by monitoringSheet.ts, or a hand-made copy with the same
// labels) back into the raw JSON sheet, which domain/monitoring then validates like a JSON file.
// Computed columns are ignored: figures are always recomputed from the inputs.
import ExcelJS from 'exceljs';
import { BUDGET_HEADER, INDICATOR_HEADER, MONITORING_SHEET, OPERATOR_LABEL, PROGRESS_LABEL, type IndicatorAnswerCells } from './monitoringSheet.js';
import { cellString, SheetFormatError } from './readProjectSheet.js';

const OPERATOR_FROM: Record<string, string> = {
  ...Object.fromEntries(Object.entries(OPERATOR_LABEL).map(([k, v]) => [v, k])),
  '>=': '>=',
  '<=': '<=',
  '≥': '>=',
  '≤': '<=',
  定量: '>=',
  是否: 'yesNo',
};
const PROGRESS_FROM: Record<string, string> = { [PROGRESS_LABEL.cumulative]: 'cumulative', [PROGRESS_LABEL.level]: 'level', '': 'cumulative' };
const squash = (s: string) => s.replace(/\s+/g, '');

export interface MonitoringWorkbookContent {
  /** Raw sheet for readMonitoringSheet(); numbers as decimal strings, blanks as null. */
  sheet: Record<string, unknown>;
  unitName: string;
  answers: Record<string, IndicatorAnswerCells>;
}

export async function readMonitoringWorkbook(data: Buffer | ArrayBuffer | Uint8Array): Promise<MonitoringWorkbookContent> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(data as unknown as ArrayBuffer);
  } catch (e) {
    throw new SheetFormatError(`不是有效的 .xlsx 文件 / not a valid .xlsx: ${(e as Error).message}`);
  }
  const ws = wb.getWorksheet(MONITORING_SHEET) ?? wb.worksheets.find((w) => w.state === 'visible');
  if (!ws) throw new SheetFormatError('工作簿中没有运行监控表');
  const text = (r: number, c: number) => cellString(ws.getCell(r, c));
  const orNull = (s: string) => (s === '' || s === '—' ? null : s);
  const label = (name: string): string | null => {
    for (let r = 1; r <= Math.min(ws.rowCount, 30); r++) if (squash(text(r, 1)) === squash(name)) return text(r, 2);
    return null;
  };
  const headerRow = (first: string, second: string): number | null => {
    for (let r = 1; r <= ws.rowCount; r++) if (squash(text(r, 1)) === first && squash(text(r, 2)) === second) return r;
    return null;
  };
  const yearText = label('年度');
  const sheet: Record<string, unknown> = {
    year: yearText && /^\d{4}$/.test(yearText) ? Number(yearText) : yearText,
    asOf: label('截至日期') ?? undefined,
    thresholds: { yellow: orNull(label('黄色预警阈值（百分点）') ?? '') ?? undefined, red: orNull(label('红色预警阈值（百分点）') ?? '') ?? undefined },
  };
  const budgetHead = headerRow(BUDGET_HEADER[0]!, BUDGET_HEADER[1]!);
  if (budgetHead === null) throw new SheetFormatError(`找不到预算执行表头（${BUDGET_HEADER.slice(0, 4).join(' / ')} …）`);
  const indHead = headerRow(INDICATOR_HEADER[0]!, INDICATOR_HEADER[1]!);
  if (indHead === null) throw new SheetFormatError(`找不到指标表头（${INDICATOR_HEADER.slice(0, 6).join(' / ')} …）`);

  const budget: Record<string, unknown>[] = [];
  for (let r = budgetHead + 1; r < indHead; r++) {
    const first = squash(text(r, 1));
    if (first === '合计' || (first === '' && text(r, 2) === '')) break;
    budget.push({ label: text(r, 2), budget: orNull(text(r, 3)), executed: orNull(text(r, 4)) });
  }
  sheet.budget = budget;

  const indicators: Record<string, unknown>[] = [];
  const answers: Record<string, IndicatorAnswerCells> = {};
  for (let r = indHead + 1; r <= ws.rowCount; r++) {
    const code = text(r, 1);
    if (code === '' && text(r, 2) === '') break;
    const opText = squash(text(r, 3));
    const progressText = squash(text(r, 5));
    indicators.push({
      code,
      name: text(r, 2),
      operator: OPERATOR_FROM[opText] ?? opText,
      target: orNull(text(r, 4)),
      progress: PROGRESS_FROM[progressText] ?? progressText,
      actualToDate: orNull(text(r, 6)),
    });
    const a: IndicatorAnswerCells = {
      forecastDeclared: orNull(text(r, 12)),
      likelihoodDeclared: orNull(text(r, 13)),
      likelihoodReason: orNull(text(r, 14)),
      deviationCategory: orNull(text(r, 15)),
      deviationReason: orNull(text(r, 16)),
      correctiveMeasures: orNull(text(r, 17)),
    };
    if (Object.values(a).some((v) => v !== null)) answers[code] = a;
  }
  sheet.indicators = indicators;
  return { sheet, unitName: label('单位') ?? '', answers };
}
