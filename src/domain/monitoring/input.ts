// The 运行监控表 as a file (issue 15 item 4): raw JSON (or what the .xlsx reader yields) validated
// into exact decimals. The first problem is named in one line; nothing is computed from bad input.
import { cmp, isDecimal, normalize } from '../decimal.js';
import type { Decimal } from '../types.js';
import { DEFAULT_THRESHOLDS, type MonitoredOperator, type ProgressKind } from './rules.js';
import { parseIsoDate, type CalendarDate } from './time.js';
import type { Thresholds } from './types.js';
import { declaredLevels, levelScale, readLevel } from './levels.js';

export class MonitoringInputError extends Error {
  override name = 'MonitoringInputError';
}

export interface MonitoringBudgetLine {
  label: string;
  budget: Decimal;
  executed: Decimal | null; // null: nothing typed yet (not 0)
}

export interface MonitoringIndicator {
  code: string;
  name: string;
  operator: MonitoredOperator;
  target: Decimal | null;
  actualToDate: Decimal | null;
  progress: ProgressKind;
  /** 定性 / 是否 only: the scale, the target as written, the level reached to date. */
  levels?: readonly string[] | null;
  targetText?: string | null;
  actualLevel?: string | null;
}

export interface MonitoringSheet {
  year: number;
  asOf: string; // YYYY-MM-DD
  thresholds: Thresholds;
  budget: MonitoringBudgetLine[];
  indicators: MonitoringIndicator[];
}

const OPS: readonly MonitoredOperator[] = ['>=', '<=', '=', 'qualitative', 'yesNo'];
const fail = (msg: string): never => {
  throw new MonitoringInputError(msg);
};
const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/** A decimal written as a string (or a plain JSON number); "1e3", "12%", "" and NaN are refused. */
export function readDecimal(x: unknown, where: string, opts: { negative?: boolean } = {}): Decimal {
  if (x === undefined || x === null) fail(`${where}: 缺少数值 / missing`);
  const s = typeof x === 'number' && Number.isFinite(x) ? String(x) : typeof x === 'string' ? x.trim() : null;
  if (s === null || !isDecimal(s)) fail(`${where}: 不是数字 / not a number: ${JSON.stringify(x)}`);
  const d = normalize(s as string);
  if (!opts.negative && cmp(d, 0) < 0) fail(`${where}: 不能为负数 / must not be negative: ${s}`);
  return d;
}

function readText(x: unknown, where: string): string {
  if (typeof x !== 'string' || !x.trim()) fail(`${where}: 缺少 / missing`);
  return (x as string).trim();
}

export function readThresholds(x: unknown, where = 'thresholds'): Thresholds {
  if (x === undefined || x === null) return DEFAULT_THRESHOLDS;
  if (!isObject(x)) return fail(`${where}: 应为 {"yellow", "red"} / must be an object`);
  const yellow = x.yellow === undefined ? DEFAULT_THRESHOLDS.yellow : readDecimal(x.yellow, `${where}.yellow`);
  const red = x.red === undefined ? DEFAULT_THRESHOLDS.red : readDecimal(x.red, `${where}.red`);
  if (cmp(red, yellow) < 0) fail(`${where}: 红色阈值 ${red} 小于黄色阈值 ${yellow} / red must be ≥ yellow`);
  return { yellow, red };
}

export function readMonitoringSheet(raw: unknown): MonitoringSheet {
  if (!isObject(raw)) return fail('应为 JSON 对象 / the file must hold one JSON object');
  const year = raw.year;
  if (typeof year !== 'number' || !Number.isInteger(year) || year < 1900 || year > 2999) fail(`year: 应为年份 / not a year: ${JSON.stringify(year)}`);
  if (typeof raw.asOf !== 'string') fail('asOf: 缺少截至日期 YYYY-MM-DD / missing');
  const asOf = parseIsoDate(raw.asOf as string);
  if (!asOf) return fail(`asOf: 不是有效日期 YYYY-MM-DD / not a date: ${JSON.stringify(raw.asOf)}`);
  if (asOf.year !== year) fail(`asOf: ${raw.asOf as string} 不在 ${year} 年内 / outside the year`);
  const thresholds = readThresholds(raw.thresholds);
  if (!Array.isArray(raw.budget)) fail('budget: 应为数组 / must be an array');
  if (!Array.isArray(raw.indicators)) fail('indicators: 应为数组 / must be an array');
  const budget = (raw.budget as unknown[]).map((b, i) => {
    const at = `budget[${i}]`;
    if (!isObject(b)) return fail(`${at}: 应为对象 / must be an object`);
    const label = readText(b.label, `${at}.label`);
    return { label, budget: readDecimal(b.budget, `${at} ${label} 预算`), executed: readDecimal(b.executed, `${at} ${label} 已执行`) };
  });
  const codes = new Set<string>();
  const indicators = (raw.indicators as unknown[]).map((r, i) => readIndicator(r, `indicators[${i}]`, codes));
  return { year: year as number, asOf: raw.asOf as string, thresholds, budget, indicators };
}

function readIndicator(r: unknown, at: string, codes: Set<string>): MonitoringIndicator {
  if (!isObject(r)) return fail(`${at}: 应为对象 / must be an object`);
  const code = readText(typeof r.code === 'number' ? String(r.code) : r.code, `${at}.code`);
  if (codes.has(code)) fail(`${at}: 指标编号 ${code} 重复 / duplicate code`);
  codes.add(code);
  const name = readText(r.name, `${at} ${code} name`);
  const where = `${at} ${code} ${name}`;
  const operator = r.operator as MonitoredOperator;
  if (!OPS.includes(operator)) fail(`${where}: operator 应为 >=、<=、=、qualitative 或 yesNo / unknown operator ${JSON.stringify(r.operator)}`);
  const progress = r.progress ?? 'cumulative';
  if (progress !== 'cumulative' && progress !== 'level') fail(`${where}: progress 应为 cumulative 或 level / unknown ${JSON.stringify(r.progress)}`);
  if (operator === 'qualitative' || operator === 'yesNo') {
    // A level answer: the scale given (levels) or the one the target is written in.
    const targetText = typeof r.target === 'string' || typeof r.target === 'number' ? String(r.target).trim() || null : null;
    if (r.levels !== undefined && (!Array.isArray(r.levels) || r.levels.some((l) => typeof l !== 'string')))
      fail(`${where}: levels 应为等级数组，如 ["好","较好","一般","差"] / levels must be an array of words`);
    const levels =
      (Array.isArray(r.levels) ? declaredLevels({ kind: 'qualitative', levels: r.levels as string[] }) : null) ?? levelScale({ operator }, targetText);
    const given = r.actualLevel ?? r.actualToDate;
    const read = levels ? readLevel(levels, given) : { ok: true as const, level: null };
    if (!read.ok) fail(`${where} 截至目前完成等级: ${read.message}`);
    const actualLevel = read.ok ? read.level : null;
    return { code, name, operator, target: null, actualToDate: null, progress: progress as ProgressKind, levels, targetText, actualLevel };
  }
  // A level (rate) may be negative, e.g. a 变动率 ceiling of −5; an accumulated count may not.
  const negative = progress === 'level';
  return {
    code,
    name,
    operator,
    target: readDecimal(r.target, `${where} 目标值`, { negative }),
    actualToDate: readDecimal(r.actualToDate, `${where} 截至目前完成值`, { negative }),
    progress: progress as ProgressKind,
  };
}

export type { CalendarDate };

/**
 * The deployment's default thresholds as an admin sets them: both given, in percentage points,
 * above 0 and at most 100, at most 2 decimals, red not below yellow. Messages are for the screen.
 */
export function validateThresholdSetting(x: unknown): Thresholds {
  if (!isObject(x)) return fail('阈值应为 {"yellow", "red"} / thresholds must be an object');
  const one = (v: unknown, name: string): Decimal => {
    const s = typeof v === 'string' ? v.trim() : typeof v === 'number' ? String(v) : '';
    if (!s) return fail(`请填写${name}阈值 / the ${name} threshold is missing`);
    if (!isDecimal(s)) return fail(`${name}阈值“${s}”不是数字 / not a number`);
    const d = normalize(s);
    if (cmp(d, 0) <= 0 || cmp(d, 100) > 0) fail(`${name}阈值应大于 0 且不超过 100（百分点）/ must be above 0 and at most 100`);
    if ((d.split('.')[1] ?? '').length > 2) fail(`${name}阈值最多两位小数 / at most 2 decimals`);
    return d;
  };
  const yellow = one(x.yellow, '黄色');
  const red = one(x.red, '红色');
  if (cmp(red, yellow) < 0) fail(`红色阈值 ${red} 不能小于黄色阈值 ${yellow} / red must not be below yellow`);
  return { yellow, red };
}
