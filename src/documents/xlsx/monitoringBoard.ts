// The reviewer's 运行监控看板 as .xlsx: one row per unit × indicator (and per budget line),
// warnings coloured as on screen.
import ExcelJS from 'exceljs';
import type { Warning } from '../../domain/monitoring/index.js';
import { decimalCell, WARNING_LABEL } from './monitoringSheet.js';
import { bold, boxed, printSetup, title } from './style.js';

export interface BoardExport {
  title: string;
  asOf: string;
  timeProgress: string | null;
  rows: {
    unitName: string;
    status: string;
    overall: { executionRate: string | null; gap: string | null; warning: Warning } | null;
    indicators: {
      code: string;
      name: string;
      targetText: string;
      actualToDate: string | null;
      actualLevel?: string | null;
      progress: string | null;
      gap: string | null;
      warning: Warning;
      forecast: string | null;
      likelihood: string | null;
    }[];
  }[];
}

const FILL = { red: 'FFFF9C9C', yellow: 'FFFFE58F' } as const;
const HEADER = [
  '单位',
  '状态',
  '类别',
  '指标',
  '年度指标值',
  '截至目前完成值',
  '完成进度/执行率（%）',
  '偏差（百分点）',
  '预警',
  '全年预计完成值（测算）',
  '完成目标可能性（测算）',
];

export async function writeMonitoringBoard(b: BoardExport): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'jixiao';
  const ws = wb.addWorksheet('运行监控看板', { views: [{ state: 'frozen', ySplit: 3 }] });
  ws.columns = [18, 8, 10, 24, 14, 14, 14, 12, 10, 12, 12].map((width) => ({ width }));
  title(ws, 1, HEADER.length, b.title);
  ws.getCell(2, 1).value = `截至 ${b.asOf}，序时进度 ${b.timeProgress ?? '—'}%`;
  HEADER.forEach((h, i) => bold(Object.assign(ws.getCell(3, i + 1), { value: h })));
  let r = 3;
  const put = (values: (string | number | null)[], w: Warning) => {
    r++;
    ws.getRow(r).values = values;
    const cell = ws.getCell(r, 9);
    cell.value = w ? WARNING_LABEL[w] : '';
    if (w) cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: FILL[w] } };
  };
  for (const u of b.rows) {
    if (u.overall) put([u.unitName, u.status, '预算执行', '合计', null, null, u.overall.executionRate, u.overall.gap], u.overall.warning);
    for (const i of u.indicators)
      put(
        [
          u.unitName,
          u.status,
          '绩效指标',
          `${i.code} ${i.name}`,
          i.targetText,
          decimalCell(i.actualToDate) ?? i.actualLevel ?? null,
          i.progress,
          i.gap,
          null,
          i.forecast,
          i.likelihood,
        ],
        i.warning,
      );
    if (!u.overall && u.indicators.length === 0) put([u.unitName, u.status, '', '尚未填报', null, null, null, null], null);
  }
  boxed(ws, 3, r, 1, HEADER.length);
  printSetup(ws, '3:3');
  return Buffer.from(await wb.xlsx.writeBuffer());
}
