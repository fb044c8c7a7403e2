// 财政拨款收入A beside 一般公共预算财政拨款收入B and 政府性基金预算财政拨款收入C (A = B + C): the unscoped figure is the
// sum over budget types of one cell. The draft keeps each type apart (no all-types cell), so it is listed
// with that reason rather than as a clash. Pure.
import { cmp, normalize, sum } from '../../domain/decimal.js';
import { BUDGET_TYPE_LABELS, type BudgetType, type Decimal } from '../../domain/types.js';
import type { Cell } from './cellNames.js';

const TYPED = /-(governmentFund|stateCapital|socialInsurance)$/;

/** The budget type of a cell and the cell with the type taken out (null: a cell of no budget type). */
function typeOf(c: Cell): { type: BudgetType; rest: string } | null {
  if (c.kind === 'budget') return { type: c.budgetType, rest: `budget.${c.row}.${c.figure}` };
  if (c.kind !== 'budgetLine') return null;
  const m = TYPED.exec(c.key);
  return { type: (m?.[1] as BudgetType | undefined) ?? 'general', rest: `line.${c.key.replace(TYPED, '')}.${c.field}` };
}

/** The reason when `value` is the sum of the same cell over two or more budget types among `kept`, else null. */
export function sumOverTypes(cell: Cell, value: Decimal, kept: { cell: Cell; value: Decimal }[]): string | null {
  const own = typeOf(cell);
  if (!own) return null;
  const byType = new Map<BudgetType, Set<Decimal>>();
  for (const k of kept) {
    const t = typeOf(k.cell);
    if (!t || t.rest !== own.rest) continue;
    const set = byType.get(t.type) ?? new Set<Decimal>();
    set.add(normalize(k.value));
    byType.set(t.type, set);
  }
  // one value per type, two types at least, and not all of them 0
  if (byType.size < 2 || [...byType.values()].some((s) => s.size !== 1)) return null;
  const parts = [...byType].map(([t, s]) => [t, [...s][0]!] as const);
  if (parts.every(([, v]) => cmp(v, '0') === 0) || cmp(sum(parts.map(([, v]) => v)), value) !== 0) return null;
  const list = parts.map(([t, v]) => `${BUDGET_TYPE_LABELS[t]} ${v}`).join(' + ');
  return `各预算类型之和（${list} 万元），草稿按预算类型分列，没有合计栏目`;
}
