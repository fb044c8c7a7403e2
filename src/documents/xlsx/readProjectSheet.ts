// Reads a 项目支出绩效自评表 .xlsx back into the scoring input format (issue 5 item 4), so that
// `jixiao score` gives the same result on the JSON and on the sheet. Works on sheets jixiao wrote
// (parameters from the hidden 计分参数 sheet) and on hand-made ones (operator read from "≥50个").
import ExcelJS from 'exceljs';
import type { BudgetLineJson, IndicatorInputJson, ScoringInputJson } from '../../domain/scoring/index.js';
import { operatorPrefix, parseNumber, unitSuffix } from '../../domain/scoring/numbers.js';
import type { Achievement } from '../../domain/types.js';
import { BUDGET_LINE_LABELS, NOT_APPLICABLE, PARAMS_SHEET, PROJECT_SHEET } from './projectSheet.js';

export class SheetFormatError extends Error {}

/** A cell as text: formulas give their cached result, rich text its plain text; '' when empty. */
export function cellString(cell: ExcelJS.Cell): string {
  const v = cell.value;
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return String(v); // shortest round-trip form: 89.974 stays "89.974"
  if (typeof v === 'string') return v.trim();
  if (typeof v === 'boolean') return v ? '是' : '否';
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === 'object') {
    if ('richText' in v)
      return v.richText
        .map((t) => t.text)
        .join('')
        .trim();
    if ('result' in v) return v.result === undefined || v.result === null || typeof v.result === 'object' ? '' : String(v.result).trim();
    if ('text' in v) return String(v.text).trim();
  }
  return String(v);
}

const blankToNull = (s: string): string | null => (s === '' || s === '—' || s === '-' ? null : s);

interface RowParams {
  code: string;
  operator: string;
  unit: string;
  applicable: boolean;
  achievement: string;
  achievementPercent: string;
  rule: string;
}

function readParams(wb: ExcelJS.Workbook): Map<number, RowParams> {
  const out = new Map<number, RowParams>();
  const ps = wb.getWorksheet(PARAMS_SHEET);
  if (!ps) return out;
  ps.eachRow((row, n) => {
    if (n === 1) return;
    const t = (c: number) => cellString(row.getCell(c));
    const r = Number(t(1));
    if (Number.isInteger(r)) {
      out.set(r, { code: t(2), operator: t(3), unit: t(4), applicable: t(5) !== '否', achievement: t(6), achievementPercent: t(7), rule: t(8) });
    }
  });
  return out;
}

function findRow(ws: ExcelJS.Worksheet, col: number, test: (s: string) => boolean, from = 1): number | null {
  for (let r = from; r <= ws.rowCount; r++) if (test(cellString(ws.getCell(r, col)).replace(/\s+/g, ''))) return r;
  return null;
}

/** Reads the workbook bytes into the JSON scoring input. */
export async function readProjectSheet(data: Buffer | ArrayBuffer | Uint8Array): Promise<ScoringInputJson> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(data as unknown as ArrayBuffer);
  const ws = wb.getWorksheet(PROJECT_SHEET) ?? wb.worksheets.find((w) => w.state === 'visible');
  if (!ws) throw new SheetFormatError('工作簿中没有项目支出绩效自评表');
  const text = (r: number, c: number) => cellString(ws.getCell(r, c));
  const head = findRow(ws, 1, (s) => s === '一级指标');
  if (head === null) throw new SheetFormatError('找不到指标表头（一级指标 / 二级指标 / 三级指标 …）');

  const input: ScoringInputJson = { indicators: [] };
  const yearMatch = /(\d{4})\s*年度/.exec(text(2, 1) || text(1, 1));
  if (yearMatch) input.year = Number(yearMatch[1]);
  const nameRow = findRow(ws, 1, (s) => s === '项目名称');
  if (nameRow) input.projectName = text(nameRow, 2);
  const deptRow = findRow(ws, 1, (s) => s === '主管部门');
  if (deptRow) {
    input.department = text(deptRow, 2);
    input.implementer = text(deptRow, 6);
  }

  const budgetRow = findRow(ws, 2, (s) => s === '年度资金总额');
  if (budgetRow !== null && budgetRow < head) {
    const executed = blankToNull(text(budgetRow, 5));
    const weight = blankToNull(text(budgetRow, 6));
    if (executed !== null || weight !== null) {
      const lines: BudgetLineJson[] = [];
      for (const label of BUDGET_LINE_LABELS) {
        const r = findRow(ws, 2, (s) => s.replace(/^其中[:：]/, '') === label.replace(/^其中[:：]/, ''), budgetRow);
        if (r === null || r >= head) continue;
        const [initial, adjusted, exec] = [3, 4, 5].map((c) => blankToNull(text(r, c)));
        if (initial !== null || adjusted !== null || exec !== null) lines.push({ label, initial, adjusted, executed: exec });
      }
      input.budget = {
        initial: blankToNull(text(budgetRow, 3)),
        adjusted: blankToNull(text(budgetRow, 4)),
        executed: executed ?? '',
        weight: weight ?? '',
        score: blankToNull(text(budgetRow, 8)),
        ...(lines.length ? { lines } : {}),
      };
    }
  }
  const goalsRow = findRow(ws, 1, (s) => s === '年度总体目标');
  if (goalsRow !== null && goalsRow < head) {
    input.goals = { expected: text(goalsRow + 1, 2), actual: text(goalsRow + 1, 6) };
  }

  const params = readParams(wb);
  for (let r = head + 1; r <= ws.rowCount; r++) {
    const level1 = text(r, 1);
    if (/^(总分|合计|总计)/.test(level1.replace(/\s+/g, ''))) {
      const total = blankToNull(text(r, 7));
      if (total !== null) input.total = total;
      break;
    }
    const name = text(r, 3);
    if (!name) continue;
    input.indicators.push(readIndicator(level1, text(r, 2), name, text(r, 4), text(r, 5), text(r, 6), text(r, 7), text(r, 8), params.get(r)));
  }
  return input;
}

function readIndicator(
  level1: string,
  level2: string,
  name: string,
  target: string,
  actual: string,
  weight: string,
  score: string,
  reason: string,
  p: RowParams | undefined,
): IndicatorInputJson {
  const notApplicable = p ? !p.applicable : score === NOT_APPLICABLE || score === '/';
  // Without jixiao's parameters: "≥50个" → >=; a bare number → >= (the usual meaning of a
  // quantity target); text → qualitative.
  const operator = p?.operator || operatorPrefix(target) || (parseNumber(target) !== null ? '>=' : 'qualitative');
  const unit = p ? p.unit || null : unitSuffix(target);
  const ind: IndicatorInputJson = {
    level1,
    level2,
    name,
    unit,
    operator,
    target: stripDisplay(target, unit),
    actual: actual === '' ? null : actual,
    weight,
  };
  if (p?.code) ind.code = p.code;
  if (notApplicable) ind.applicable = false;
  if (p?.achievement) ind.achievement = p.achievement as Achievement;
  if (p?.achievementPercent) ind.achievementPercent = p.achievementPercent;
  if (reason) ind.deviationReason = reason;
  if (!notApplicable && score !== '') ind.score = score;
  if (p?.rule) Object.assign(ind, JSON.parse(p.rule) as Pick<IndicatorInputJson, 'deduction' | 'bands'>);
  return ind;
}

/** "≥50个" → "50" when the rest is only the symbol and the unit; other text unchanged. */
function stripDisplay(target: string, unit: string | null): string | null {
  if (target === '') return null;
  const n = parseNumber(target);
  if (n === null) return target;
  const rest = target
    .replace(/^(≥|≤|=|＝)/, '')
    .replace(/^[+-]?[\d,.]+/, '')
    .trim();
  return rest === '' || rest === unit ? n : target;
}
