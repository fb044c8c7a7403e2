// The 运行监控表 as .xlsx (issue 15 item 4): what the web app exports and `jixiao monitor` reads.
// Budget lines and indicators with the computed figures and warnings (coloured), plus the unit's
// answers where there are some. Amounts are numbers only where the number prints the decimal
// exactly; otherwise text, so the sheet reads back equal.
import ExcelJS from 'exceljs';
import { normalize } from '../../domain/decimal.js';
import {
  computeMonitoring,
  targetLevel,
  type IndicatorResult,
  type MonitoringIndicator,
  type MonitoringResult,
  type MonitoringSheet,
  type Warning,
} from '../../domain/monitoring/index.js';
import { bold, boxed, printSetup, title } from './style.js';

export const MONITORING_SHEET = '运行监控表';
export const BUDGET_HEADER = ['序号', '资金项目', '全年预算（万元）', '截至目前执行（万元）', '执行率（%）', '序时进度（%）', '偏差（百分点）', '预警'];
export const INDICATOR_HEADER = [
  '指标编号',
  '指标名称',
  '指标性质',
  '年度指标值',
  '进度类型',
  '截至目前完成值',
  '完成进度（%）',
  // a level row (水平, or a 定性 level) states whether it reached its target here, not points
  '偏差（百分点）/ 完成情况',
  '预警',
  '全年预计完成值（测算）',
  '完成目标可能性（测算）',
  '全年预计完成值（填报）',
  '完成目标可能性（填报）',
  '改判理由（可能性与测算不同时）',
  '偏差原因类别',
  '偏差原因',
  '纠偏措施',
];
export const OPERATOR_LABEL: Record<string, string> = { '>=': '≥', '<=': '≤', '=': '=', qualitative: '定性', yesNo: '是/否' };
export const PROGRESS_LABEL = { cumulative: '累计', level: '水平' } as const;
export const WARNING_LABEL = { red: '红色预警', yellow: '黄色预警' } as const;
const WARNING_FILL = { red: 'FFFF9C9C', yellow: 'FFFFE58F' } as const;

/** What a unit answered for one indicator (item 2); all optional. */
export interface IndicatorAnswerCells {
  forecastDeclared?: string | null;
  likelihoodDeclared?: string | null;
  likelihoodReason?: string | null;
  deviationCategory?: string | null;
  deviationReason?: string | null;
  correctiveMeasures?: string | null;
}

export interface MonitoringSheetOptions {
  unitName?: string;
  roundName?: string;
  answers?: Record<string, IndicatorAnswerCells>;
}

/** A decimal as a cell: a number when the number prints it exactly, else the string itself. */
export function decimalCell(d: string | null | undefined): number | string | null {
  if (d === null || d === undefined) return null;
  const n = Number(d);
  return Number.isFinite(n) && String(n) === normalize(d) ? n : d;
}

/**
 * The 偏差 cell of a level row. A level (满意度 reached at any time, or a 定性 level) has no gap to
 * the time elapsed: the sheet states the level reached against the target, as the screen does.
 */
export function levelCell(ind: MonitoringIndicator, out: IndicatorResult): string | null {
  if (ind.levels) {
    if (!ind.actualLevel) return null;
    const want = targetLevel(ind.levels, ind.targetText ?? null);
    return `${ind.actualLevel}，${out.warning ? '未达目标' : '已达目标'}（${want}）`;
  }
  if (ind.progress !== 'level' || ind.actualToDate === null || ind.target === null || out.forecast === null) return null;
  return `${normalize(ind.actualToDate)}，${out.warning ? '未达目标' : '已达目标'}（${normalize(ind.target)}）`;
}

function paint(cell: ExcelJS.Cell, w: Warning): void {
  cell.value = w ? WARNING_LABEL[w] : '';
  if (w) cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: WARNING_FILL[w] } };
}

export function buildMonitoringWorkbook(sheet: MonitoringSheet, options: MonitoringSheetOptions = {}): ExcelJS.Workbook {
  const result: MonitoringResult = computeMonitoring(sheet);
  const wb = new ExcelJS.Workbook();
  wb.creator = 'jixiao';
  const ws = wb.addWorksheet(MONITORING_SHEET);
  ws.columns = [10, 24, 12, 12, 10, 14, 12, 12, 10, 14, 14, 14, 14, 20, 12, 24, 24].map((width) => ({ width }));
  const last = INDICATOR_HEADER.length;
  title(ws, 1, last, `${sheet.year}年度绩效运行监控表${options.roundName ? `（${options.roundName}）` : ''}`);
  const info: [string, string | number][] = [
    ['单位', options.unitName ?? ''],
    ['年度', sheet.year],
    ['截至日期', sheet.asOf],
    ['序时进度（%）', result.timeProgress ?? ''],
    ['黄色预警阈值（百分点）', decimalCell(sheet.thresholds.yellow) ?? ''],
    ['红色预警阈值（百分点）', decimalCell(sheet.thresholds.red) ?? ''],
  ];
  info.forEach(([k, v], i) => {
    bold(ws.getCell(2 + i, 1));
    ws.getCell(2 + i, 1).value = k;
    ws.getCell(2 + i, 2).value = v;
  });

  let r = 2 + info.length + 1;
  ws.getCell(r, 1).value = '一、预算执行情况';
  bold(ws.getCell(r, 1));
  const budgetHead = ++r;
  BUDGET_HEADER.forEach((h, i) => (ws.getCell(r, 1 + i).value = h));
  sheet.budget.forEach((b, i) => {
    const out = result.budget[i]!;
    r++;
    ws.getRow(r).values = [i + 1, b.label, decimalCell(b.budget), decimalCell(b.executed), out.executionRate ?? '—', result.timeProgress ?? '', out.gap ?? '—'];
    paint(ws.getCell(r, 8), out.warning);
  });
  r++;
  const o = result.overall;
  ws.getRow(r).values = ['合计', '', decimalCell(o.budget), decimalCell(o.executed), o.executionRate ?? '—', result.timeProgress ?? '', o.gap ?? '—'];
  paint(ws.getCell(r, 8), o.warning);
  boxed(ws, budgetHead, r, 1, BUDGET_HEADER.length);

  r += 2;
  ws.getCell(r, 1).value = '二、绩效指标完成情况';
  bold(ws.getCell(r, 1));
  const indHead = ++r;
  INDICATOR_HEADER.forEach((h, i) => (ws.getCell(r, 1 + i).value = h));
  sheet.indicators.forEach((ind, i) => {
    const out = result.indicators[i]!;
    const a = options.answers?.[ind.code] ?? {};
    r++;
    ws.getRow(r).values = [
      ind.code,
      ind.name,
      OPERATOR_LABEL[ind.operator] ?? ind.operator,
      decimalCell(ind.target) ?? ind.targetText ?? '',
      PROGRESS_LABEL[ind.progress],
      decimalCell(ind.actualToDate) ?? ind.actualLevel ?? '',
      out.progress ?? '—',
      levelCell(ind, out) ?? out.gap ?? '—',
      '',
      out.forecast ?? '—',
      out.likelihood ?? '—',
      decimalCell(a.forecastDeclared) ?? '',
      a.likelihoodDeclared ?? '',
      a.likelihoodReason ?? '',
      a.deviationCategory ?? '',
      a.deviationReason ?? '',
      a.correctiveMeasures ?? '',
    ];
    ws.getCell(r, 1).value = ind.code; // always text: "1.10" is not "1.1"
    paint(ws.getCell(r, 9), out.warning);
  });
  boxed(ws, indHead, Math.max(r, indHead), 1, last);
  for (let c = 1; c <= last; c++) {
    bold(ws.getCell(budgetHead, c));
    bold(ws.getCell(indHead, c));
  }
  printSetup(ws, `${indHead}:${indHead}`);
  return wb;
}

export async function writeMonitoringSheet(sheet: MonitoringSheet, options: MonitoringSheetOptions = {}): Promise<Buffer> {
  return Buffer.from(await buildMonitoringWorkbook(sheet, options).xlsx.writeBuffer());
}
