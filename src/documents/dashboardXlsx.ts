// A dashboard view as a workbook: headline, children ranking, statuses and grades.
import ExcelJS from 'exceljs';
import { GRADE_LABEL, resultUseOf } from '../domain/scoring/table.js';
import { STATUS_LABELS } from '../domain/workflow.js';
import type { Dashboard } from '../domain/wire.js';

const STATUS_ZH: Record<string, string> = { ...STATUS_LABELS, missing: '未填报', figures: '仅报数据（无自评）' };
const GRADE_ZH: Record<string, string> = GRADE_LABEL;
const num = (s: string | null) => (s === null ? null : Number(s)); // display only; the sums were exact

export async function dashboardWorkbook(d: Dashboard): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('下级单位');
  ws.addRow([`${d.unit.name} ${d.year}年度 汇总`]).font = { bold: true, size: 14 };
  ws.addRow(['重点项目', d.project.code, '目标', num(d.project.target), '完成', num(d.project.actual), '完成率(%)', num(d.project.rate)]);
  ws.addRow([]);
  const header = ws.addRow(['单位', '层级', '状态', '得分', '等级', '结果应用', '目标', '完成', '完成率(%)', '下辖单位数', '抽查复核']);
  header.font = { bold: true };
  for (const c of [...d.children].sort((a, b) => Number(b.score ?? -1) - Number(a.score ?? -1))) {
    ws.addRow([
      c.name,
      c.level,
      STATUS_ZH[c.status] ?? c.status,
      num(c.score),
      c.grade ? GRADE_ZH[c.grade] : null,
      // as the dashboard shows it: only an approved grade has a budget use
      resultUseOf(c.grade, c.status),
      num(c.target),
      num(c.actual),
      num(c.rate),
      c.units,
      c.spotCheck === 'passed' ? '通过' : c.spotCheck === 'returned' ? '退回' : null,
    ]);
  }
  ws.columns.forEach((col, i) => (col.width = i === 0 ? 24 : 12));
  ws.views = [{ state: 'frozen', ySplit: 4 }];
  const st = wb.addWorksheet('填报状态与等级');
  st.addRow(['状态', '单位数']).font = { bold: true };
  for (const [k, v] of Object.entries(d.statuses)) st.addRow([STATUS_ZH[k] ?? k, v]);
  st.addRow([]);
  st.addRow(['等级', '单位数']).font = { bold: true };
  for (const [k, v] of Object.entries(d.grades)) st.addRow([GRADE_ZH[k] ?? k, v]);
  const tr = wb.addWorksheet('历年趋势');
  // 口径 per row: the unit's own figure for its area and its units' sum are not one series
  tr.addRow(['年度', '目标', '完成', '完成率(%)', '口径', '填报单位数']).font = { bold: true };
  const scope = (s: string) => (s === 'own' ? '本级自报（全辖区）' : '下级汇总');
  for (const t of [...d.trendApart, ...d.trend].sort((a, b) => a.year - b.year))
    tr.addRow([t.year, num(t.target), num(t.actual), num(t.rate), scope(t.scope), t.reporting]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
