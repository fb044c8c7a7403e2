// What a reviewer reads first of a first submission (nothing to compare with): the unit's head
// counts, each active budget type's totals, the execution rate, key projects' completion. In the
// reviewer's language; names from the data (projects, measures, units of measure) stay as written.
import { BUDGET_LABEL_EN } from '../completeness.js';
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

const WORDS = {
  zh: {
    posts: '编制数',
    staff: '实有在职人数',
    retired: '退休人数',
    people: (n: number) => `${n} 人`,
    none: (name: string) => `无${name}支出`,
    income: '本年收入',
    expenditure: '本年支出',
    closing: '年末结转和结余',
    wan: (v: string) => `${v} 万元`,
    rate: '预算执行率',
    against: (actual: string, target: string, pct: string | null) => `${actual} / 目标 ${target}${pct ? `（${pct}%）` : ''}`,
  },
  en: {
    posts: 'Authorised posts',
    staff: 'Staff in post',
    retired: 'Retired',
    people: (n: number) => String(n),
    none: () => 'no spending',
    income: 'income',
    expenditure: 'expenditure',
    closing: 'closing balance',
    wan: (v: string) => `${v} (10,000 yuan)`,
    rate: 'Budget execution rate',
    against: (actual: string, target: string, pct: string | null) => `${actual} / target ${target}${pct ? ` (${pct}%)` : ''}`,
  },
};

export function keyFigures(c: ComputeContent, lang: 'zh' | 'en' = 'zh'): SummaryFigure[] {
  const w = WORDS[lang];
  const out: SummaryFigure[] = [];
  const p = c.profile;
  if (p) {
    if (p.authorizedPosts !== null) out.push({ label: w.posts, value: w.people(p.authorizedPosts) });
    if (p.staffActual !== null) out.push({ label: w.staff, value: w.people(p.staffActual) });
    if (p.retired !== null) out.push({ label: w.retired, value: w.people(p.retired) });
  }
  for (const a of c.budget) {
    const name = lang === 'en' ? BUDGET_LABEL_EN[a.budgetType] : BUDGET_TYPE_LABELS[a.budgetType];
    if (a.noActivity) {
      out.push({ label: name, value: w.none(name) });
      continue;
    }
    for (const f of ['income', 'expenditure', 'closing'] as const) {
      const v = figure(a, f);
      if (v !== null) out.push({ label: `${name} ${w[f]}`, value: w.wan(normalize(v)) });
    }
  }
  const rate = computeSource({ kind: 'budgetExecution' }, c);
  if (rate.value !== null) out.push({ label: w.rate, value: `${rate.value}%`, note: rate.formula });
  for (const k of c.keyProjects) {
    if (k.target === null || k.actual === null) continue;
    const pct = Number(k.target) === 0 ? null : roundHalfUp(mul(div(k.actual, k.target), 100), 2);
    out.push({
      label: `${k.name} ${k.measure}`,
      value: w.against(`${normalize(k.actual)}${k.unitOfMeasure}`, `${normalize(k.target)}${k.unitOfMeasure}`, pct),
    });
  }
  return out;
}
