// The 自评表 scoring input (issue 5 item 4): raw JSON as users write it, parsed and validated
// into exact decimals. Every problem names its indicator; nothing is scored from invalid input.
import { cmp, normalize } from '../decimal.js';
import type { Achievement, Decimal, Operator } from '../types.js';
import { chosenLevel, type ScoredLevel } from '../indicators/levels.js';
import { parseNumber } from './numbers.js';
import { ACHIEVEMENT_RANGE, readAchievement, readYesNo, type Band, type DeductionParams } from './rules.js';

type Num = number | string;

/** One indicator row as written in the JSON file (and read from the .xlsx). */
export interface IndicatorInputJson {
  code?: string;
  level1: string;
  level2?: string;
  name: string;
  unit?: string | null;
  operator: string;
  target?: Num | null;
  actual?: Num | null;
  weight: Num;
  applicable?: boolean;
  achievement?: Achievement | null;
  achievementPercent?: Num | null; // a reviewer's 60–80 % for partial, 0–60 % for notAchieved
  deviationReason?: string | null;
  score?: Num | null; // the score as stated (published); compared, never trusted
  deduction?: { perUnit: Num; unitSize?: Num; threshold?: Num; direction: 'over' | 'under' };
  bands?: { min: Num | null; max: Num | null; points: Num }[];
  /** 定性 by level: the levels best first with their points; the actual names the level reached. */
  levels?: { level: string; points: Num }[];
  /** The comparison a bare target means when operator names a rule (bands): the framework's ≤ / ≥ / =. */
  targetOperator?: string | null;
}

export interface BudgetLineJson {
  label: string; // 本年财政拨款 / 上年结转资金 / 其他资金
  initial?: Num | null;
  adjusted?: Num | null;
  executed?: Num | null;
}

export interface ScoringInputJson {
  title?: string;
  year?: number;
  projectName?: string;
  department?: string; // 主管部门
  implementer?: string; // 实施单位
  goals?: { expected?: string; actual?: string }; // 年度总体目标
  budget?: { initial?: Num | null; adjusted?: Num | null; executed: Num; weight: Num; score?: Num | null; lines?: BudgetLineJson[] };
  indicators: IndicatorInputJson[];
  total?: Num | null; // stated total, if the table states one
}

export type TableRule =
  | { kind: 'ratio' }
  | { kind: 'qualitative' }
  | { kind: 'levels'; levels: ScoredLevel[]; chosen: ScoredLevel }
  | { kind: 'yesNo' }
  | { kind: 'deduction'; params: DeductionParams }
  | { kind: 'bands'; bands: Band[] };

export interface TableIndicator {
  index: number;
  code: string | null;
  level1: string;
  level2: string;
  name: string;
  unit: string | null;
  operator: Operator;
  comparison: '>=' | '<=' | '=' | null; // what a bare target asks (a target's own ≤ / ≥ wins)
  rule: TableRule;
  target: string | null; // as written
  actual: string | null;
  targetValue: Decimal | null;
  actualValue: Decimal | null;
  weight: Decimal;
  applicable: boolean;
  achievement: Achievement | null; // given or read from the actual text
  achievementReadFrom: string | null; // the text it was read from, when not given
  achievementPercent: Decimal | null;
  deviationReason: string | null;
  statedScore: Decimal | null;
}

export interface TableBudget {
  initial: Decimal | null;
  adjusted: Decimal | null;
  executed: Decimal;
  weight: Decimal;
  statedScore: Decimal | null;
  lines: { label: string; initial: Decimal | null; adjusted: Decimal | null; executed: Decimal | null }[];
}

export interface ScoringTable {
  meta: Pick<ScoringInputJson, 'title' | 'year' | 'projectName' | 'department' | 'implementer' | 'goals'>;
  budget: TableBudget | null;
  indicators: TableIndicator[];
  statedTotal: Decimal | null;
}

export interface InputIssue {
  indicator: string | null; // the indicator's name (or "预算执行率"), null for the file as a whole
  message: string;
}

export class ScoringInputError extends Error {
  constructor(readonly issues: InputIssue[]) {
    super(issues.map((i) => (i.indicator ? `指标“${i.indicator}”：${i.message}` : i.message)).join('；'));
  }
}

const OPERATOR_ALIASES: Record<string, Operator | 'deduction' | 'bands'> = {
  '>=': '>=',
  '≥': '>=',
  '≧': '>=',
  '<=': '<=',
  '≤': '<=',
  '≦': '<=',
  '=': '=',
  '＝': '=',
  '==': '=',
  qualitative: 'qualitative',
  定性: 'qualitative',
  yesNo: 'yesNo',
  yesno: 'yesNo',
  是否: 'yesNo',
  deduction: 'deduction',
  扣分: 'deduction',
  bands: 'bands',
  区间: 'bands',
};
export const NUMERIC_OPERATORS: readonly string[] = ['>=', '<=', '='];

const text = (v: unknown): string | null => (v === null || v === undefined || v === '' ? null : String(v));

/** Parses one indicator row; problems are pushed to `issues` with the indicator's name. */
export function parseIndicator(raw: IndicatorInputJson, index: number, issues: InputIssue[]): TableIndicator | null {
  const before = issues.length;
  const name = typeof raw?.name === 'string' && raw.name.trim() ? raw.name.trim() : null;
  const label = name ?? `第${index + 1}项指标`;
  const fail = (message: string) => issues.push({ indicator: label, message });
  if (!name) fail('缺少指标名称 (name)');
  const op = OPERATOR_ALIASES[String(raw?.operator ?? '').trim()];
  if (!op) fail(`未知的指标性质 operator “${String(raw?.operator ?? '')}”（应为 >=、<=、=、qualitative、yesNo、deduction、bands）`);
  const weight = parseNumber(raw?.weight);
  if (weight === null) fail(`分值 weight 不是数字：“${String(raw?.weight ?? '')}”`);
  else if (cmp(weight, 0) < 0) fail(`分值 weight 不能为负数：${weight}`);
  const applicable = raw?.applicable !== false;
  const target = text(raw?.target);
  const actual = text(raw?.actual);
  const targetValue = parseNumber(raw?.target);
  const actualValue = parseNumber(raw?.actual);
  let rule: TableRule = { kind: 'ratio' };
  let operator: Operator = '>=';
  let achievement: Achievement | null = null;
  let achievementReadFrom: string | null = null;
  let achievementPercent: Decimal | null = null;

  const needActual = () => {
    if (actualValue === null) fail(actual === null ? '缺少实际完成值 actual' : `实际完成值不是数字：“${actual}”`);
  };
  if (op && applicable) {
    if (NUMERIC_OPERATORS.includes(op)) {
      operator = op as Operator;
      if (targetValue === null) fail(target === null ? `指标性质为 ${op} 时必须填写年度指标值 target` : `年度指标值不是数字：“${target}”`);
      needActual();
    } else if (op === 'qualitative' && Array.isArray(raw.levels) && raw.levels.length > 0) {
      operator = 'qualitative';
      const levels: ScoredLevel[] = [];
      for (const l of raw.levels) {
        const points = parseNumber(l?.points);
        if (points === null || !String(l?.level ?? '').trim()) fail(`等级无效：${JSON.stringify(l)}`);
        else levels.push({ level: String(l.level).trim(), points });
      }
      const chosen = chosenLevel(levels, actual);
      if (!chosen)
        fail(
          actual === null ? `请选择等级（${levels.map((l) => l.level).join('、')}）` : `“${actual}”不是可选的等级（${levels.map((l) => l.level).join('、')}）`,
        );
      else rule = { kind: 'levels', levels, chosen };
    } else if (op === 'qualitative') {
      operator = 'qualitative';
      rule = { kind: 'qualitative' };
      if (raw.achievement != null) {
        if (!['achieved', 'partial', 'notAchieved'].includes(raw.achievement)) fail(`achievement 无效：“${raw.achievement}”`);
        else achievement = raw.achievement;
      } else {
        achievement = readAchievement(actual, target);
        achievementReadFrom = actual;
        if (!achievement) fail(`无法从实际完成值“${actual ?? ''}”判断达成情况，请选择评价等级：达成、部分达成或未达成`);
      }
      if (raw.achievementPercent != null && achievement) {
        achievementPercent = parseNumber(raw.achievementPercent);
        const [lo, hi] = ACHIEVEMENT_RANGE[achievement];
        if (achievementPercent === null || cmp(achievementPercent, lo) < 0 || cmp(achievementPercent, hi) > 0) {
          fail(`achievementPercent 应在 ${lo}–${hi} 之间：“${String(raw.achievementPercent)}”`);
        }
      }
    } else if (op === 'yesNo') {
      operator = 'yesNo';
      rule = { kind: 'yesNo' };
      if (readYesNo(actual) === null) fail(`是否类指标的实际完成值应为 是/否/有/无：“${actual ?? ''}”`);
      if (target !== null && readYesNo(target) === null) fail(`是否类指标的年度指标值应为 是/否/有/无：“${target}”`);
    } else if (op === 'deduction') {
      const d = raw.deduction;
      const perUnit = parseNumber(d?.perUnit);
      const unitSize = parseNumber(d?.unitSize ?? 1);
      const threshold = parseNumber(d?.threshold ?? raw.target);
      if (!d || (d.direction !== 'over' && d.direction !== 'under')) fail('扣分规则需要 deduction.direction（over/under）');
      if (perUnit === null || cmp(perUnit, 0) < 0) fail('扣分规则需要非负的 deduction.perUnit');
      if (unitSize === null || cmp(unitSize, 0) <= 0) fail('扣分规则的 deduction.unitSize 必须大于0');
      if (threshold === null) fail('扣分规则需要 deduction.threshold 或数字型年度指标值 target');
      needActual();
      if (d && perUnit && unitSize && threshold) {
        operator = d.direction === 'over' ? '<=' : '>=';
        rule = { kind: 'deduction', params: { perUnit, unitSize, threshold, direction: d.direction } };
      }
    } else {
      operator = '>=';
      const bands: Band[] = [];
      if (!Array.isArray(raw.bands) || raw.bands.length === 0) fail('区间计分需要 bands 列表');
      for (const b of Array.isArray(raw.bands) ? raw.bands : []) {
        const min = b?.min === null || b?.min === undefined ? null : parseNumber(b.min);
        const max = b?.max === null || b?.max === undefined ? null : parseNumber(b.max);
        const points = parseNumber(b?.points);
        if ((b?.min != null && min === null) || (b?.max != null && max === null) || points === null) {
          fail(`bands 中的区间无效：${JSON.stringify(b)}`);
        } else if (weight !== null && (cmp(points, 0) < 0 || cmp(points, weight) > 0)) {
          fail(`bands 的得分 ${points} 应在 0 与分值 ${weight} 之间`);
        } else bands.push({ min, max, points });
      }
      needActual();
      rule = { kind: 'bands', bands };
    }
  } else if (op) {
    operator = NUMERIC_OPERATORS.includes(op) || op === 'qualitative' || op === 'yesNo' ? (op as Operator) : '>=';
  }
  const declared = OPERATOR_ALIASES[String(raw?.targetOperator ?? '').trim()];
  const comparison: TableIndicator['comparison'] = NUMERIC_OPERATORS.includes(op ?? '')
    ? (op as '>=' | '<=' | '=')
    : declared && NUMERIC_OPERATORS.includes(declared)
      ? (declared as '>=' | '<=' | '=')
      : rule.kind === 'deduction'
        ? rule.params.direction === 'over'
          ? '<='
          : '>='
        : null;
  const statedScore = raw?.score === null || raw?.score === undefined || raw?.score === '' ? null : parseNumber(raw.score);
  if (raw?.score != null && raw.score !== '' && statedScore === null && applicable) fail(`得分 score 不是数字：“${String(raw.score)}”`);
  if (issues.length > before) return null;
  return {
    index,
    code: text(raw.code),
    level1: String(raw.level1 ?? '').trim(),
    level2: String(raw.level2 ?? '').trim(),
    name: name!,
    unit: text(raw.unit),
    operator,
    comparison,
    rule,
    target,
    actual,
    targetValue,
    actualValue,
    weight: weight!,
    applicable,
    achievement,
    achievementReadFrom,
    achievementPercent,
    deviationReason: text(raw.deviationReason)?.trim() || null,
    statedScore,
  };
}

function parseBudget(raw: NonNullable<ScoringInputJson['budget']>, issues: InputIssue[]): TableBudget | null {
  const label = '预算执行率';
  const before = issues.length;
  const num = (v: unknown, field: string): Decimal | null => {
    if (v === null || v === undefined || v === '') return null;
    const d = parseNumber(v);
    if (d === null) issues.push({ indicator: label, message: `${field} 不是数字：“${String(v)}”` });
    return d;
  };
  const initial = num(raw.initial, '年初预算数 initial');
  const adjusted = num(raw.adjusted, '全年预算数 adjusted');
  const executed = num(raw.executed, '全年执行数 executed');
  const weight = num(raw.weight, '分值 weight');
  const statedScore = num(raw.score, '得分 score');
  if (executed === null && raw.executed == null) issues.push({ indicator: label, message: '缺少全年执行数 executed' });
  if (weight === null && raw.weight == null) issues.push({ indicator: label, message: '缺少分值 weight' });
  if (weight !== null && cmp(weight, 0) < 0) issues.push({ indicator: label, message: `分值 weight 不能为负数：${weight}` });
  if (initial === null && adjusted === null && raw.initial == null && raw.adjusted == null) {
    issues.push({ indicator: label, message: '缺少年初预算数 initial 或全年预算数 adjusted' });
  }
  const lines = (raw.lines ?? []).map((l) => ({
    label: String(l.label ?? ''),
    initial: num(l.initial, `${l.label} 年初预算数`),
    adjusted: num(l.adjusted, `${l.label} 全年预算数`),
    executed: num(l.executed, `${l.label} 全年执行数`),
  }));
  if (issues.length > before) return null;
  return { initial, adjusted, executed: executed!, weight: weight!, statedScore, lines };
}

/** Parses and validates the whole input; throws ScoringInputError listing every problem. */
export function parseScoringInput(json: unknown): ScoringTable {
  const raw = json as ScoringInputJson;
  const issues: InputIssue[] = [];
  if (!raw || typeof raw !== 'object' || !Array.isArray(raw.indicators)) {
    throw new ScoringInputError([{ indicator: null, message: '输入必须是含 indicators 数组的 JSON 对象' }]);
  }
  const budget = raw.budget ? parseBudget(raw.budget, issues) : null;
  const indicators = raw.indicators.map((r, i) => parseIndicator(r, i, issues));
  const statedTotal = raw.total === null || raw.total === undefined ? null : parseNumber(raw.total);
  if (raw.total != null && statedTotal === null) issues.push({ indicator: null, message: `总分 total 不是数字：“${String(raw.total)}”` });
  if (issues.length) throw new ScoringInputError(issues);
  const { title, year, projectName, department, implementer, goals } = raw;
  return {
    meta: { title, year, projectName, department, implementer, goals },
    budget,
    indicators: indicators as TableIndicator[],
    statedTotal: statedTotal === null ? null : normalize(statedTotal),
  };
}
