// What a reviewer reads first of a first submission (nothing to compare with): the unit's head
// counts, each active budget type's totals, the execution rate, key projects' completion.
import { BUDGET_TYPE_LABELS } from '../diff.js';
import { computeSource, type ComputeContent } from '../indicators/compute.js';
import { add, div, mul, normalize, roundHalfUp } from '../decimal.js';
import type { BudgetAccount, BudgetFigure } from '../types.js';

export interface SummaryFigure {
  label: string;
  value: string; // as shown, with its unit
  /** How it was obtained, when computed ("由数据计算：153.98 ÷ 153.98 = 100%"). */
  note?: string;
}

function figure(a: BudgetAccount, f: BudgetFigure): string | null {
  const total = a.rows.total?.[f];
  if (total !== undefined) return total;
  const parts = [a.rows.basic?.[f], a.rows.project?.[f]].filter((x): x is string => x !== undefined);
  return parts.length ? parts.reduce((s, x) => add(s, x), '0') : null;
}

export function keyFigures(c: ComputeContent): SummaryFigure[] {
  const out: SummaryFigure[] = [];
  const p = c.profile;
  if (p) {
    if (p.authorizedPosts !== null) out.push({ label: '编制数', value: `${p.authorizedPosts} 人` });
    if (p.staffActual !== null) out.push({ label: '实有在职人数', value: `${p.staffActual} 人` });
    if (p.retired !== null) out.push({ label: '退休人数', value: `${p.retired} 人` });
  }
  for (const a of c.budget) {
    const name = BUDGET_TYPE_LABELS[a.budgetType];
    if (a.noActivity) {
      out.push({ label: name, value: `无${name}支出` });
      continue;
    }
    for (const [f, label] of [
      ['income', '本年收入'],
      ['expenditure', '本年支出'],
      ['closing', '年末结转和结余'],
    ] as const) {
      const v = figure(a, f);
      if (v !== null) out.push({ label: `${name} ${label}`, value: `${normalize(v)} 万元` });
    }
  }
  const rate = computeSource({ kind: 'budgetExecution' }, c);
  if (rate.value !== null) out.push({ label: '预算执行率', value: `${rate.value}%`, note: rate.formula });
  for (const k of c.keyProjects) {
    if (k.target === null || k.actual === null) continue;
    const pct = Number(k.target) === 0 ? null : roundHalfUp(mul(div(k.actual, k.target), 100), 2);
    out.push({
      label: `${k.name} ${k.measure}`,
      value: `${normalize(k.actual)}${k.unitOfMeasure} / 目标 ${normalize(k.target)}${k.unitOfMeasure}${pct ? `（${pct}%）` : ''}`,
    });
  }
  return out;
}
