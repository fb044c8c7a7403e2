// Live budget identities, computed in the browser with exact decimals (same rules as the checker):
// opening + income − expenditure = closing for each row, and basic + project = total per figure.
import { add, eq, isDecimal, sub } from '../../../../src/domain/decimal.js';
import { BUDGET_FIGURES, type BudgetAccount, type BudgetFigure, type BudgetFigures, type BudgetRowClass } from '../../../../src/domain/types.js';

export interface RowCheck {
  ok: boolean;
  expected: string | null; // the closing balance the other three imply
}

const valid = (f: BudgetFigures | undefined): f is BudgetFigures => !!f && BUDGET_FIGURES.every((k) => isDecimal(f[k]));

export function rowIdentity(f: BudgetFigures | undefined): RowCheck | null {
  if (!valid(f)) return null;
  const expected = sub(add(f.opening, f.income), f.expenditure);
  return { ok: eq(expected, f.closing), expected };
}

export interface SumCheck {
  figure: BudgetFigure;
  ok: boolean;
  expected: string;
  stated: string;
}

export function sumChecks(a: BudgetAccount): SumCheck[] | null {
  const { basic, project, total } = a.rows;
  if (!valid(basic) || !valid(project) || !valid(total)) return null;
  return BUDGET_FIGURES.map((figure) => {
    const expected = add(basic[figure], project[figure]);
    return { figure, ok: eq(expected, total[figure]), expected, stated: total[figure] };
  });
}

/** Problems in one account (for a badge on the tab). */
export function accountProblems(a: BudgetAccount): number {
  if (a.noActivity) return 0;
  const rows: BudgetRowClass[] = ['basic', 'project', 'total'];
  let n = rows.filter((r) => rowIdentity(a.rows[r])?.ok === false).length;
  n += (sumChecks(a) ?? []).filter((c) => !c.ok).length;
  return n;
}
