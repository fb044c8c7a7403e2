// 部门整体支出绩效自评表 (.xlsx) from an Evaluation: unit profile, the four budget types × 基本/项目/
// 合计 × four figures ("无…支出" where a type had no activity, 未填报 where nothing was entered), 年初/全年预算/执行 lines with 执行率
// formulas, and the indicator table scored against the framework.
import ExcelJS from 'exceljs';
import { div, sum } from '../../domain/decimal.js';
import { scoreEvaluation } from '../../domain/scoring/index.js';
import { GRADE_LABEL } from '../../domain/scoring/table.js';
import { withUnit } from '../../domain/report/indicator-table.js';
import { BUDGET_FIGURES, type BudgetType, type Evaluation, type Framework } from '../../domain/types.js';
import { bold, boxed, formula, num, printSetup, title } from './style.js';
import { BUDGET_TYPE_LABELS } from '../../domain/types.js';

export const DEPARTMENT_SHEET = '部门整体支出绩效自评表';
export const BUDGET_TYPE_LABEL = BUDGET_TYPE_LABELS;
const FIGURE_LABEL = ['年初结转和结余', '本年收入', '本年支出', '年末结转和结余'];
const ORDER: BudgetType[] = ['general', 'governmentFund', 'stateCapital', 'socialInsurance'];
const COL = 'CDEF';

function heading(ws: ExcelJS.Worksheet, row: number, text: string): void {
  ws.mergeCells(row, 1, row, 8);
  const c = ws.getCell(row, 1);
  c.value = text;
  c.font = { name: '黑体', size: 11, bold: true };
  c.alignment = { horizontal: 'left', vertical: 'middle' };
  ws.getRow(row).height = 22;
}

export function buildDepartmentWorkbook(e: Evaluation, framework: Framework | null = null): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'jixiao';
  const ws = wb.addWorksheet(DEPARTMENT_SHEET, { views: [{ state: 'frozen', ySplit: 2 }] });
  ws.columns = [14, 14, 22, 16, 16, 16, 10, 32].map((width) => ({ width }));
  title(ws, 1, 8, `${e.year}年度${e.unit.name}整体支出绩效自评表`);
  title(ws, 2, 8, `单位名称：${e.unit.name}　　金额单位：万元`, 11);
  let r = 3;

  // 一、单位基本情况
  heading(ws, r++, '一、单位基本情况');
  const p = e.profile;
  const profileRows: [string, string | number | null][] = [
    ['单位名称', e.unit.name],
    ['编制数', p?.authorizedPosts ?? null],
    ['实有在职人数', p?.staffActual ?? null],
    ['退休人数', p?.retired ?? null],
    ['内设机构', p?.departments.length ? `${p.departments.length}个：${p.departments.join('、')}` : null],
  ];
  const profileStart = r;
  for (const [label, value] of profileRows) {
    ws.mergeCells(r, 1, r, 2);
    ws.getCell(r, 1).value = label;
    ws.mergeCells(r, 3, r, 8);
    ws.getCell(r, 3).value = value;
    ws.getCell(r, 3).alignment = { horizontal: 'left', vertical: 'middle' };
    r++;
  }
  boxed(ws, profileStart, r - 1, 1, 8);
  for (let k = profileStart; k < r; k++) ws.getCell(k, 3).alignment = { horizontal: 'left', vertical: 'middle', wrapText: true };

  // 二、预算执行情况: 4 types × 基本/项目/合计 × 4 figures
  heading(ws, r++, '二、预算收支情况（万元）');
  const head = r;
  ['预算类型', '支出类别', ...FIGURE_LABEL].forEach((h, i) => (ws.getCell(r, 1 + i).value = h));
  r++;
  for (const type of ORDER) {
    const acc = e.budget.find((a) => a.budgetType === type);
    const first = r;
    ws.mergeCells(r, 1, r + 2, 1);
    ws.getCell(r, 1).value = BUDGET_TYPE_LABEL[type];
    ['基本支出', '项目支出', '合计'].forEach((l, i) => (ws.getCell(r + i, 2).value = l));
    const filled = acc && (acc.rows.total || acc.rows.basic || acc.rows.project);
    if (!acc || acc.noActivity || !filled) {
      // Nothing entered is "not filled in"; only an explicit no-activity state says 无…支出.
      ws.mergeCells(r, 3, r + 2, 6);
      ws.getCell(r, 3).value = acc?.noActivity ? `无${BUDGET_TYPE_LABEL[type]}支出` : '未填报';
    } else {
      BUDGET_FIGURES.forEach((fig, k) => {
        const col = 3 + k;
        const basic = acc.rows.basic?.[fig] ?? null;
        const project = acc.rows.project?.[fig] ?? null;
        ws.getCell(first, col).value = num(basic);
        ws.getCell(first + 1, col).value = num(project);
        const stated = acc.rows.total?.[fig] ?? null;
        // A stated total is kept as stated (the checker compares it); otherwise the sheet adds up.
        ws.getCell(first + 2, col).value =
          stated !== null ? num(stated) : formula(`${COL[k]}${first}+${COL[k]}${first + 1}`, Number(sum([basic ?? '0', project ?? '0'])));
        for (let i = 0; i < 3; i++) ws.getCell(first + i, col).numFmt = '0.00';
      });
    }
    r += 3;
  }
  boxed(ws, head, r - 1, 1, 6);
  for (let c = 1; c <= 6; c++) bold(ws.getCell(head, c));

  // 预算执行: 年初预算数 / 全年预算数 / 全年执行数 / 执行率
  if (e.budgetLines.length) {
    heading(ws, r++, '三、预算执行情况（万元）');
    const h = r;
    ['项目', '', '年初预算数', '全年预算数', '全年执行数', '执行率'].forEach((t, i) => (ws.getCell(r, 1 + i).value = t));
    ws.mergeCells(r, 1, r, 2);
    r++;
    for (const line of e.budgetLines) {
      ws.mergeCells(r, 1, r, 2);
      ws.getCell(r, 1).value = line.label;
      [line.initial, line.adjusted, line.executed].forEach((v, k) => {
        ws.getCell(r, 3 + k).value = num(v);
        ws.getCell(r, 3 + k).numFmt = '0.00';
      });
      const budget = line.adjusted ?? line.initial;
      const rate = budget !== null && line.executed !== null && Number(budget) !== 0 ? Number(div(line.executed, budget)) : '';
      ws.getCell(r, 6).value = formula(`IF(IF(ISNUMBER(D${r}),D${r},C${r})=0,"",E${r}/IF(ISNUMBER(D${r}),D${r},C${r}))`, rate);
      ws.getCell(r, 6).numFmt = '0.00%';
      r++;
    }
    boxed(ws, h, r - 1, 1, 6);
  }

  // 绩效指标: always the framework's table, blank cells where nothing is entered yet
  if (framework) {
    heading(ws, r++, `${e.budgetLines.length ? '四' : '三'}、绩效指标完成情况`);
    const scores = scoreEvaluation(framework, e.indicators, e.budgetLines);
    const h = r;
    ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施'].forEach(
      (t, i) => (ws.getCell(r, 1 + i).value = t),
    );
    r++;
    const byCode = new Map(framework.indicators.map((i) => [i.code, i]));
    const valueOf = new Map(e.indicators.map((v) => [v.indicatorCode, v]));
    for (const s of scores.indicators) {
      const def = byCode.get(s.indicatorCode)!;
      const parent = def.parentCode ? byCode.get(def.parentCode) : undefined;
      const top = parent?.parentCode ? byCode.get(parent.parentCode) : parent;
      const v = valueOf.get(s.indicatorCode);
      const cells = [
        top?.name ?? '',
        parent && parent !== top ? parent.name : '',
        def.name,
        withUnit(v?.target, def.unit),
        withUnit(v?.actual, def.unit),
        num(s.weight),
        s.score === null ? (s.applicable ? '' : '不适用') : Number(s.score),
        v?.deviationReason ?? '',
      ];
      cells.forEach((c, i) => (ws.getCell(r, 1 + i).value = c));
      ws.getCell(r, 7).numFmt = '0.00';
      r++;
    }
    ws.mergeCells(r, 1, r, 5);
    ws.getCell(r, 1).value = '总分';
    ws.getCell(r, 6).value = formula(`SUM(F${h + 1}:F${r - 1})`, Number(sum(scores.indicators.map((i) => i.weight))));
    ws.getCell(r, 7).value = scores.total === null ? '' : Number(scores.total);
    ws.getCell(r, 7).numFmt = '0.00';
    ws.getCell(r, 8).value = scores.grade ? `自评等级：${GRADE_LABEL[scores.grade]}` : '（尚有指标未计分）';
    boxed(ws, h, r, 1, 8);
    for (let c = 1; c <= 8; c++) bold(ws.getCell(h, c));
    r++;
  }
  printSetup(ws, '1:2');
  return wb;
}

export async function writeDepartmentSheet(e: Evaluation, framework: Framework | null = null): Promise<Buffer> {
  return Buffer.from(await buildDepartmentWorkbook(e, framework).xlsx.writeBuffer());
}
