// The national 项目支出绩效自评表 as .xlsx: 项目资金 rows with 执行率/得分 formulas, 年度总体目标,
// the indicator grid with merged 一级/二级 cells and a totals row whose formula rescales for N/A
// leaves. Per-row scoring parameters with no printed column live in a very hidden sheet so the
// reader gets the table back exactly (see readProjectSheet).
import ExcelJS from 'exceljs';
import { ScoringInputError, parseScoringInput, scoreTable, type ScoringInputJson, type TableResult } from '../../domain/scoring/index.js';
import { GRADE_LABEL } from '../../domain/scoring/table.js';
import { bold, boxed, formula, num, printSetup, title } from './style.js';

export const PROJECT_SHEET = '项目支出绩效自评表';
export const PARAMS_SHEET = '计分参数';
export const PARAMS_HEADER = ['行号', '编码', '指标性质', '度量单位', '是否适用', '达成情况', '达成比例', '计分规则'];
export const BUDGET_LINE_LABELS = ['其中：本年财政拨款', '上年结转资金', '其他资金'];
export const GRID_HEADER = ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施'];
export const NOT_APPLICABLE = '不适用';

const SYMBOL: Record<string, string> = { '>=': '≥', '<=': '≤', '=': '=' };

/** 年度指标值 as printed: "≥50个" from operator ">=", target 50, unit 个 (text targets as written). */
export function targetDisplay(operator: string, target: string | number | null | undefined, unit: string | null | undefined): string {
  if (target === null || target === undefined || target === '') return '';
  const t = String(target).trim();
  const isNumber = /^[+-]?\d+(\.\d+)?$/.test(t);
  if (!isNumber) return t;
  return `${SYMBOL[operator] ?? ''}${t}${unit ?? ''}`;
}

export interface ProjectSheetOptions {
  /** Write the scores and total the input states (a published table as printed) instead of computed ones. */
  keepStated?: boolean;
}

/** Builds the workbook; throws ScoringInputError when the input does not validate. */
export function buildProjectWorkbook(input: ScoringInputJson, options: ProjectSheetOptions = {}): ExcelJS.Workbook {
  const table = parseScoringInput(input);
  const result: TableResult = scoreTable(table);
  const wb = new ExcelJS.Workbook();
  wb.creator = 'jixiao';
  const ws = wb.addWorksheet(PROJECT_SHEET, { views: [{ state: 'frozen', ySplit: 2 }] });
  ws.columns = [12, 14, 26, 16, 16, 8, 10, 36].map((width) => ({ width }));

  title(ws, 1, 8, '项目支出绩效自评表');
  title(ws, 2, 8, `（${input.year ?? ''}年度）`, 11);
  ws.getCell('A3').value = '项目名称';
  ws.mergeCells('B3:H3');
  ws.getCell('B3').value = input.projectName ?? '';
  ws.getCell('A4').value = '主管部门';
  ws.mergeCells('B4:D4');
  ws.getCell('B4').value = input.department ?? '';
  ws.getCell('E4').value = '实施单位';
  ws.mergeCells('F4:H4');
  ws.getCell('F4').value = input.implementer ?? '';

  // 项目资金（万元）: rows 5 (header) … 9
  ws.mergeCells('A5:A9');
  ws.getCell('A5').value = '项目资金\n（万元）';
  ['', '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'].forEach((h, i) => (ws.getCell(5, 2 + i).value = h));
  const b = input.budget;
  const rateFormula = (r: number) => `IF(IF(ISNUMBER(D${r}),D${r},C${r})=0,"",E${r}/IF(ISNUMBER(D${r}),D${r},C${r}))`;
  const rows: { label: string; initial: unknown; adjusted: unknown; executed: unknown }[] = [
    { label: '年度资金总额', initial: b?.initial, adjusted: b?.adjusted, executed: b?.executed },
    ...BUDGET_LINE_LABELS.map((label) => {
      const l = b?.lines?.find((x) => x.label.replace(/^其中[:：]/, '') === label.replace(/^其中[:：]/, ''));
      return { label, initial: l?.initial, adjusted: l?.adjusted, executed: l?.executed };
    }),
  ];
  const budgetParsed = table.budget;
  rows.forEach((line, i) => {
    const r = 6 + i;
    ws.getCell(r, 2).value = line.label;
    const vals =
      i === 0 && budgetParsed
        ? [budgetParsed.initial, budgetParsed.adjusted, budgetParsed.executed]
        : [line.initial, line.adjusted, line.executed].map((x) => (x == null || x === '' ? null : String(x)));
    vals.forEach((v, k) => (ws.getCell(r, 3 + k).value = num(v as string | null)));
    [3, 4, 5].forEach((c) => (ws.getCell(r, c).numFmt = '0.00####'));
    const hasFigures = vals.some((v) => v !== null && v !== undefined);
    if (i === 0 && budgetParsed && result.budget) {
      ws.getCell(r, 6).value = num(budgetParsed.weight);
      ws.getCell(r, 7).value = formula(rateFormula(r), result.budget.rate === null ? '' : Number(result.budget.rate));
      ws.getCell(r, 8).value = formula(`ROUND(ROUND(F${r}*MIN(1,N(G${r})),10),2)`, Number(result.budget.score));
      if (result.budget.rate === null) ws.getCell(r, 8).value = formula(`F${r}`, Number(result.budget.score));
      if (options.keepStated && budgetParsed.statedScore !== null) ws.getCell(r, 8).value = num(budgetParsed.statedScore);
    } else {
      ws.getCell(r, 6).value = '—';
      ws.getCell(r, 7).value = hasFigures ? formula(rateFormula(r), rateOf(vals as (string | null)[])) : '—';
      ws.getCell(r, 8).value = '—';
    }
    ws.getCell(r, 7).numFmt = '0.00%';
    ws.getCell(r, 8).numFmt = '0.00';
  });

  // 年度总体目标
  ws.mergeCells('A10:A11');
  ws.getCell('A10').value = '年度总体目标';
  ws.mergeCells('B10:E10');
  ws.getCell('B10').value = '预期目标';
  ws.mergeCells('F10:H10');
  ws.getCell('F10').value = '实际完成情况';
  ws.mergeCells('B11:E11');
  ws.getCell('B11').value = input.goals?.expected ?? '';
  ws.mergeCells('F11:H11');
  ws.getCell('F11').value = input.goals?.actual ?? '';
  ws.getRow(11).height = 60;
  ws.getCell('B11').alignment = { horizontal: 'left', vertical: 'top', wrapText: true };

  // Indicator grid
  const head = 12;
  GRID_HEADER.forEach((h, i) => (ws.getCell(head, 1 + i).value = h));
  const first = head + 1;
  const params = wb.addWorksheet(PARAMS_SHEET, { state: 'veryHidden' });
  params.addRow(PARAMS_HEADER);
  input.indicators.forEach((raw, i) => {
    const r = first + i;
    const scored = result.indicators[i]!;
    const unit = raw.unit ?? null;
    ws.getCell(r, 1).value = raw.level1;
    ws.getCell(r, 2).value = raw.level2 ?? '';
    ws.getCell(r, 3).value = raw.name;
    ws.getCell(r, 4).value = targetDisplay(raw.operator, raw.target, unit);
    const actualNum = typeof raw.actual === 'number' ? raw.actual : null;
    ws.getCell(r, 5).value = actualNum ?? (raw.actual == null ? '' : String(raw.actual));
    if (actualNum !== null && unit) ws.getCell(r, 5).numFmt = `General"${unit.replace(/"/g, '')}"`;
    ws.getCell(r, 6).value = num(table.indicators[i]!.weight);
    const stated = options.keepStated ? table.indicators[i]!.statedScore : null;
    ws.getCell(r, 7).value = scored.score === null ? NOT_APPLICABLE : Number(stated ?? scored.score);
    ws.getCell(r, 7).numFmt = '0.00';
    ws.getCell(r, 8).value = raw.deviationReason ?? '';
    ws.getCell(r, 8).alignment = { horizontal: 'left', vertical: 'middle', wrapText: true };
    const rule = raw.deduction ? { deduction: raw.deduction } : raw.bands ? { bands: raw.bands } : null;
    params.addRow([
      r,
      raw.code ?? '',
      raw.operator,
      unit ?? '',
      raw.applicable === false ? '否' : '是',
      raw.achievement ?? '',
      raw.achievementPercent == null ? '' : String(raw.achievementPercent),
      rule ? JSON.stringify(rule) : '',
    ]);
  });
  const last = first + input.indicators.length - 1;
  mergeRuns(ws, first, last, 1, (r) => cellText(ws, r, 1));
  mergeRuns(ws, first, last, 2, (r) => `${cellText(ws, r, 1)}\u0000${cellText(ws, r, 2)}`);

  // Totals row: weights and the rescaled total as formulas with cached results
  const tr = last + 1;
  ws.mergeCells(tr, 1, tr, 5);
  ws.getCell(tr, 1).value = '总分';
  const span = input.indicators.length ? `F${first}:F${last}` : null;
  const gspan = input.indicators.length ? `G${first}:G${last}` : null;
  const weightF = span ? `N(F6)+SUM(${span})` : 'N(F6)';
  const applicableF = span ? `N(F6)+SUMIF(${gspan},"<>${NOT_APPLICABLE}",${span})` : 'N(F6)';
  const scoreF = gspan ? `N(H6)+SUM(${gspan})` : 'N(H6)';
  ws.getCell(tr, 6).value = formula(weightF, Number(result.fullWeight));
  ws.getCell(tr, 7).value = formula(`IF((${applicableF})=0,0,ROUND(ROUND((${scoreF})*(${weightF})/(${applicableF}),10),2))`, Number(result.total));
  if (options.keepStated && table.statedTotal !== null) ws.getCell(tr, 7).value = num(table.statedTotal);
  ws.getCell(tr, 7).numFmt = '0.00';
  ws.getCell(tr, 8).value = `自评等级：${GRADE_LABEL[result.grade]}`;

  boxed(ws, 3, tr, 1, 8);
  for (const c of ['A3', 'A4', 'E4', 'A5', 'A10', 'B10', 'F10', ...GRID_HEADER.map((_, i) => ws.getCell(head, 1 + i).address), `A${tr}`]) bold(ws.getCell(c));
  ws.getCell('B3').alignment = { horizontal: 'left', vertical: 'middle', wrapText: true };
  ws.getCell('B11').alignment = { horizontal: 'left', vertical: 'top', wrapText: true };
  ws.getCell('F11').alignment = { horizontal: 'left', vertical: 'top', wrapText: true };
  for (let r = first; r <= last; r++) ws.getCell(r, 8).alignment = { horizontal: 'left', vertical: 'middle', wrapText: true };
  printSetup(ws, `${head}:${head}`);
  return wb;
}

function rateOf(vals: (string | null)[]): number | string {
  const [initial, adjusted, executed] = vals.map((v) => (v === null || v === undefined ? null : Number(v)));
  const budget = adjusted ?? initial;
  return budget && executed !== null && executed !== undefined ? executed / budget : ''; // cached display only
}

function cellText(ws: ExcelJS.Worksheet, r: number, c: number): string {
  const v = ws.getCell(r, c).value;
  return v === null || v === undefined ? '' : String(v);
}

/** Merges vertical runs of equal keys in one column (一级/二级 指标 spanning their children). */
function mergeRuns(ws: ExcelJS.Worksheet, first: number, last: number, col: number, key: (r: number) => string): void {
  let start = first;
  for (let r = first + 1; r <= last + 1; r++) {
    if (r > last || key(r) !== key(start)) {
      if (r - 1 > start && cellText(ws, start, col) !== '') ws.mergeCells(start, col, r - 1, col);
      start = r;
    }
  }
}

/** The .xlsx bytes of the 自评表. */
export async function writeProjectSheet(input: ScoringInputJson, options: ProjectSheetOptions = {}): Promise<Buffer> {
  const wb = buildProjectWorkbook(input, options);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export { ScoringInputError };
