// Computed indicators (issue 14): a leaf with a `source` takes its actual from the evaluation's own
// data — budget accounts and lines, 三公 lines, profile, key projects — with the formula and inputs
// shown. Pure and exact; the server runs it on every save and the web on every keystroke.
import { add, div, isZero, mul, normalize, roundHalfUp, sub, sum } from '../decimal.js';
import type { Decimal, Evaluation, Framework, IndicatorSource, IndicatorValue, KeyProject } from '../types.js';
import { HEADLINE_MEASURE } from '../types.js';
import { SOURCE_LABELS } from './sources.js';
import { emptyIndicatorValue } from './emptyValue.js';

export type ComputeContent = Pick<Evaluation, 'profile' | 'budget' | 'budgetLines' | 'threePublic' | 'keyProjects'>;

/** Figures from outside the evaluation that some sources need (the service looks them up). */
export interface ComputeContext {
  /** Last year's "三公"经费 actual (万元), from the unit's previous evaluation. */
  previousThreePublicActual: Decimal | null;
}

export const EMPTY_CONTEXT: ComputeContext = { previousThreePublicActual: null };

export interface ComputedInput {
  label: string;
  value: Decimal | null;
  unit: string;
}

export interface ComputedActual {
  value: Decimal | null; // the rate in %, half-up to 2 decimals, normalised ("104.04", "100", "0")
  formula: string; // "由数据计算：10780 ÷ 10361 = 104.04%"
  inputs: ComputedInput[];
  problem: string | null; // why it cannot be computed yet
}

const pct2 = (ratio: Decimal): Decimal => normalize(roundHalfUp(mul(ratio, 100), 2));
const n = (x: Decimal) => normalize(x);

function ratio(num: Decimal | null, den: Decimal | null, inputs: ComputedInput[], shown: string, missing: string): ComputedActual {
  if (num === null || den === null) return { value: null, formula: `由数据计算：${missing}`, inputs, problem: missing };
  if (isZero(den)) return { value: null, formula: `由数据计算：${shown}，分母为 0，无法计算`, inputs, problem: '分母为 0，无法计算' };
  const value = pct2(div(num, den));
  return { value, formula: `由数据计算：${shown} = ${value}%`, inputs, problem: null };
}

/** Sums one figure over the budget types with activity (their stated total rows, else basic + project). */
function accountFigure(c: ComputeContent, figure: 'opening' | 'income' | 'expenditure' | 'closing'): Decimal | null {
  const parts: Decimal[] = [];
  for (const a of c.budget) {
    if (a.noActivity) continue;
    const total = a.rows.total?.[figure];
    if (total !== undefined) parts.push(total);
    else if (a.rows.basic || a.rows.project) parts.push(sum([a.rows.basic?.[figure] ?? '0', a.rows.project?.[figure] ?? '0']));
  }
  return parts.length ? sum(parts) : null;
}

const totalLine = (c: ComputeContent) => c.budgetLines.find((l) => l.key === 'total') ?? c.budgetLines.find((l) => l.key !== 'procurement') ?? null;

/** The "三公" total of one field (the 'total' line, else the items summed). */
export function threePublicTotal(c: ComputeContent, field: 'budget' | 'actual'): Decimal | null {
  const total = c.threePublic.find((l) => l.item === 'total');
  if (total && total[field] !== null) return total[field];
  // Without a total line: the three items (vehicles counted once: its own line, else purchase + operation).
  const pick = (item: string) => c.threePublic.find((l) => l.item === item)?.[field] ?? null;
  const vehicles =
    pick('vehicles') ??
    (pick('vehiclePurchase') !== null || pick('vehicleOperation') !== null ? add(pick('vehiclePurchase') ?? '0', pick('vehicleOperation') ?? '0') : null);
  const parts = [pick('reception'), vehicles, pick('overseas')].filter((x): x is Decimal => x !== null);
  return parts.length ? sum(parts) : null;
}

function measureOf(p: KeyProject, key: string): { name: string; unit: string; target: Decimal | null; actual: Decimal | null } | null {
  if (key === HEADLINE_MEASURE) return { name: p.measure, unit: p.unitOfMeasure, target: p.target, actual: p.actual };
  const m = (p.measures ?? []).find((x) => x.key === key);
  return m ? { name: m.name, unit: m.unitOfMeasure, target: m.target, actual: m.actual } : null;
}

/** The actual of one computed source from the evaluation's data. */
export function computeSource(source: IndicatorSource, c: ComputeContent, ctx: ComputeContext = EMPTY_CONTEXT): ComputedActual {
  switch (source.kind) {
    case 'budgetExecution': {
      const line = totalLine(c);
      const budget = line ? (line.adjusted ?? line.initial) : null;
      if (line && budget !== null && line.executed !== null) {
        const inputs = [
          { label: '全年执行数', value: line.executed, unit: '万元' },
          { label: line.adjusted !== null ? '全年预算数（调整后）' : '年初预算数', value: budget, unit: '万元' },
        ];
        return ratio(line.executed, budget, inputs, `${n(line.executed)} ÷ ${n(budget)}`, '');
      }
      const spent = accountFigure(c, 'expenditure');
      const opening = accountFigure(c, 'opening');
      const income = accountFigure(c, 'income');
      const available = opening !== null && income !== null ? add(opening, income) : null;
      const inputs = [
        { label: '本年支出', value: spent, unit: '万元' },
        { label: '年初结转和结余', value: opening, unit: '万元' },
        { label: '本年收入', value: income, unit: '万元' },
      ];
      const shown =
        opening !== null && !isZero(opening) ? `${n(spent ?? '0')} ÷ (${n(opening)} + ${n(income ?? '0')})` : `${n(spent ?? '0')} ÷ ${n(available ?? '0')}`;
      return ratio(spent, available, inputs, shown, '缺少预算执行数据（预算执行情况表或预算收支情况未填报）');
    }
    case 'carryoverRate': {
      const closing = accountFigure(c, 'closing');
      const opening = accountFigure(c, 'opening');
      const income = accountFigure(c, 'income');
      const inputs = [
        { label: '年末结转和结余', value: closing, unit: '万元' },
        { label: '年初结转和结余', value: opening, unit: '万元' },
        { label: '本年收入', value: income, unit: '万元' },
      ];
      const den = opening !== null && income !== null ? add(opening, income) : null;
      return ratio(
        closing,
        den,
        inputs,
        `${n(closing ?? '0')} ÷ (${n(opening ?? '0')} + ${n(income ?? '0')})`,
        '缺少预算收支情况（年末结转和结余、年初结转和结余、本年收入）',
      );
    }
    case 'budgetAdjustmentRate': {
      const line = totalLine(c);
      const inputs = [
        { label: '全年预算数（调整后）', value: line?.adjusted ?? null, unit: '万元' },
        { label: '年初预算数', value: line?.initial ?? null, unit: '万元' },
      ];
      if (!line || line.adjusted === null || line.initial === null) {
        return { value: null, formula: '由数据计算：缺少年初预算数或调整后预算数', inputs, problem: '缺少年初预算数或调整后预算数' };
      }
      return ratio(sub(line.adjusted, line.initial), line.initial, inputs, `(${n(line.adjusted)} − ${n(line.initial)}) ÷ ${n(line.initial)}`, '');
    }
    case 'threePublicControl': {
      const actual = threePublicTotal(c, 'actual');
      const budget = threePublicTotal(c, 'budget');
      const inputs = [
        { label: '"三公"经费实际支出', value: actual, unit: '万元' },
        { label: '"三公"经费预算数', value: budget, unit: '万元' },
      ];
      return ratio(actual, budget, inputs, `${n(actual ?? '0')} ÷ ${n(budget ?? '0')}`, '缺少"三公"经费预算数或实际支出');
    }
    case 'threePublicChange': {
      const actual = threePublicTotal(c, 'actual');
      const prev = ctx.previousThreePublicActual;
      const inputs = [
        { label: '本年"三公"经费实际', value: actual, unit: '万元' },
        { label: '上年"三公"经费实际', value: prev, unit: '万元' },
      ];
      if (actual === null || prev === null) {
        return { value: null, formula: '由数据计算：缺少本年或上年"三公"经费实际支出', inputs, problem: '缺少本年或上年"三公"经费实际支出' };
      }
      return ratio(sub(actual, prev), prev, inputs, `(${n(actual)} − ${n(prev)}) ÷ ${n(prev)}`, '');
    }
    case 'staffControl': {
      const staff = c.profile?.staffActual ?? null;
      const posts = c.profile?.authorizedPosts ?? null;
      const inputs = [
        { label: '实有在职人数', value: staff === null ? null : String(staff), unit: '人' },
        { label: '编制数', value: posts === null ? null : String(posts), unit: '人' },
      ];
      return ratio(
        staff === null ? null : String(staff),
        posts === null ? null : String(posts),
        inputs,
        `${staff ?? 0} ÷ ${posts ?? 0}`,
        '缺少编制数或实有在职人数',
      );
    }
    case 'procurementExecution': {
      const line = c.budgetLines.find((l) => l.key === 'procurement');
      const budget = line ? (line.adjusted ?? line.initial) : null;
      const inputs = [
        { label: '实际政府采购金额', value: line?.executed ?? null, unit: '万元' },
        { label: '政府采购预算数', value: budget, unit: '万元' },
      ];
      return ratio(
        line?.executed ?? null,
        budget,
        inputs,
        `${n(line?.executed ?? '0')} ÷ ${n(budget ?? '0')}`,
        '缺少政府采购预算数或实际采购金额（预算执行表“政府采购”行）',
      );
    }
    case 'keyProjectCompletion': {
      const counted = c.keyProjects.filter((p) => p.target !== null && p.actual !== null);
      const inputs = counted.flatMap((p) => [
        { label: `${p.name} ${p.measure} 实际`, value: p.actual, unit: p.unitOfMeasure },
        { label: `${p.name} ${p.measure} 任务`, value: p.target, unit: p.unitOfMeasure },
      ]);
      if (counted.length === 0)
        return { value: null, formula: '由数据计算：没有同时填写任务数和完成数的重点民生实事', inputs, problem: '重点民生实事未填写任务数和完成数' };
      const num = sum(counted.map((p) => p.actual!));
      const den = sum(counted.map((p) => p.target!));
      const shown =
        counted.length === 1
          ? `${n(num)} ÷ ${n(den)}`
          : `(${counted.map((p) => n(p.actual!)).join(' + ')}) ÷ (${counted.map((p) => n(p.target!)).join(' + ')})`;
      return ratio(num, den, inputs, shown, '');
    }
    case 'keyProjectMeasure': {
      const p = c.keyProjects.find((x) => x.code === source.project);
      const m = p ? measureOf(p, source.measure) : null;
      if (!p || !m) {
        const what = `重点项目 ${source.project} 的指标 ${source.measure}`;
        return { value: null, formula: `由数据计算：本自评没有${what}`, inputs: [], problem: `没有${what}` };
      }
      const inputs = [
        { label: `${m.name} 实际`, value: m.actual, unit: m.unit },
        { label: `${m.name} 任务`, value: m.target, unit: m.unit },
      ];
      return ratio(m.actual, m.target, inputs, `${n(m.actual ?? '0')} ÷ ${n(m.target ?? '0')}`, `${p.name}“${m.name}”缺少任务数或完成数`);
    }
  }
}

/** Computed actuals of every sourced leaf, by indicator code. */
export function computeIndicators(framework: Framework, c: ComputeContent, ctx: ComputeContext = EMPTY_CONTEXT): Map<string, ComputedActual> {
  const out = new Map<string, ComputedActual>();
  for (const def of framework.indicators) if (def.source) out.set(def.code, computeSource(def.source, c, ctx));
  return out;
}

/**
 * The indicator values with every computed leaf's actual replaced by the computed one (a typed
 * actual is ignored, never kept). Leaves without a stored row get one when a value was computed.
 */
export function applyComputed(framework: Framework, values: IndicatorValue[], computed: Map<string, ComputedActual>): IndicatorValue[] {
  const out = values.map((v) => (computed.has(v.indicatorCode) ? { ...v, actual: computed.get(v.indicatorCode)!.value } : v));
  const present = new Set(values.map((v) => v.indicatorCode));
  for (const def of framework.indicators) {
    const c = computed.get(def.code);
    if (!c || present.has(def.code) || c.value === null) continue;
    out.push(emptyIndicatorValue(def.code, { actual: c.value }));
  }
  return out.sort((a, b) => a.indicatorCode.localeCompare(b.indicatorCode, 'en', { numeric: true }));
}

/** "由数据计算" label of a source, for tables and documents. */
export const computedLabel = (s: IndicatorSource) => `${SOURCE_LABELS[s.kind]}（由数据计算）`;
