// Stored budget lines (年度资金总额 = 本年财政拨款 + 上年结转 + 其他) and "三公" 经费 totals.
import { cmp, normalize, sum } from '../decimal.js';
import type { BudgetLine, Decimal, ThreePublicLine } from '../types.js';
import { finding, type Finding } from './finding.js';

const COLS = [
  ['initial', '年初预算数'],
  ['adjusted', '全年预算数'],
  ['executed', '全年执行数'],
] as const;
const COL_EN: Record<(typeof COLS)[number][0], string> = { initial: 'initial budget', adjusted: 'full-year budget', executed: 'executed' };
const THREE_PUBLIC_EN: Partial<Record<ThreePublicLine['item'], string>> = {
  total: '“Three public” funds, total',
  vehicles: 'Official vehicle purchase and operation',
};

export function checkBudgetLines(lines: BudgetLine[]): Finding[] {
  const total = lines.find((l) => l.key === 'total');
  // 政府采购 is what was bought through procurement (for 政府采购执行率), not a source of the year's
  // funds: summed as a part it gave every county with one a false 不等于其中各项之和
  const parts = lines.filter((l) => l.key !== 'total' && l.key !== 'procurement');
  if (!total || !parts.length) return [];
  const out: Finding[] = [];
  for (const [col, name] of COLS) {
    const t = total[col];
    const vals = parts.map((p) => p[col]).filter((v): v is Decimal => v !== null);
    if (t === null || !vals.length) continue;
    const s = sum(vals);
    if (cmp(s, t) !== 0)
      out.push(
        finding(
          'error',
          'tableTotal',
          `${total.label}${name} ${normalize(t)} 万元，不等于其中各项之和 ${s} 万元`,
          normalize(t),
          s,
          `${total.label} ${name}`,
          { field: `budgetLines.total.${col}` },
          `${total.label}, ${COL_EN[col]}: ${normalize(t)} (10,000 yuan) is not the sum of its lines, ${s}`,
        ),
      );
  }
  return out;
}

export function checkThreePublic(lines: ThreePublicLine[]): Finding[] {
  const get = (item: ThreePublicLine['item']) => lines.find((l) => l.item === item);
  const out: Finding[] = [];
  const rule = (whole: ThreePublicLine['item'], items: ThreePublicLine['item'][], name: string) => {
    const t = get(whole);
    const ps = items.map(get).filter((p): p is ThreePublicLine => !!p);
    if (!t || ps.length < items.length) return;
    for (const col of ['budget', 'actual'] as const) {
      const tv = t[col];
      const vals = ps.map((p) => p[col]);
      if (tv === null || vals.some((v) => v === null)) continue;
      const s = sum(vals as Decimal[]);
      if (cmp(s, tv) !== 0)
        out.push(
          finding(
            'error',
            'tableTotal',
            `${name}${col === 'budget' ? '预算数' : '实际支出'} ${normalize(tv)} 万元，不等于各项之和 ${s} 万元`,
            normalize(tv),
            s,
            name,
            { field: `threePublic.${whole}.${col}` },
            `${THREE_PUBLIC_EN[whole] ?? name}, ${col === 'budget' ? 'budget' : 'actual'}: ${normalize(tv)} (10,000 yuan) is not the sum of its items, ${s}`,
          ),
        );
    }
  };
  rule('total', ['reception', 'vehicles', 'overseas'], '“三公”经费合计');
  rule('vehicles', ['vehiclePurchase', 'vehicleOperation'], '公务用车购置及运行费');
  return out;
}
