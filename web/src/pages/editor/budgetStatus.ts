// The editor's live budget badges read the domain's own budget check (checkBudgetAccounts, the rule
// the server applies on save): this file only places each finding on its row or figure.
import { checkBudgetAccounts } from '../../../../src/domain/checks/budget.js';
import type { Finding } from '../../../../src/domain/checks/finding.js';
import { isDecimal } from '../../../../src/domain/decimal.js';
import { BUDGET_FIGURES, type BudgetAccount, type BudgetFigure, type BudgetFigures, type BudgetRowClass } from '../../../../src/domain/types.js';

export type RowState = { state: 'ok' } | { state: 'rounding' | 'error'; expected: string; finding: Finding };

export interface AccountStatus {
  /** Identity per row (only rows with four numbers). */
  rows: Partial<Record<BudgetRowClass, RowState>>;
  /** 基本 + 项目 = 合计 per figure, when all three rows are complete; a finding where they differ. */
  sums: { figure: BudgetFigure; finding: Finding | null; expected: string | null; stated: string | null }[] | null;
  /** 无此类支出 but non-zero figures kept. */
  noActivityConflict: Finding | null;
  errors: number;
  warnings: number;
}

const complete = (f: BudgetFigures | undefined): f is BudgetFigures => !!f && BUDGET_FIGURES.every((k) => isDecimal(f[k]));
const fieldOf = (f: Finding) => f.location?.field ?? '';

export function accountStatus(account: BudgetAccount): AccountStatus {
  // Only complete rows go to the rule: a half-typed row is neither right nor wrong yet.
  const rows: BudgetAccount['rows'] = {};
  for (const [k, v] of Object.entries(account.rows) as [BudgetRowClass, BudgetFigures][]) if (complete(v)) rows[k] = v;
  const findings = checkBudgetAccounts([{ ...account, rows }]);
  const prefix = `budget.${account.budgetType}.`;
  const out: AccountStatus = { rows: {}, sums: null, noActivityConflict: null, errors: 0, warnings: 0 };
  for (const f of findings) {
    if (f.severity === 'error') out.errors++;
    else out.warnings++;
  }
  out.noActivityConflict = findings.find((f) => f.rule === 'budgetNoActivity') ?? null;
  if (account.noActivity) return out;
  for (const row of Object.keys(rows) as BudgetRowClass[]) {
    const f = findings.find((x) => (x.rule === 'budgetIdentity' || x.rule === 'rounding') && fieldOf(x) === `${prefix}${row}.closing`);
    out.rows[row] = f ? { state: f.rule === 'rounding' ? 'rounding' : 'error', expected: f.computed ?? '', finding: f } : { state: 'ok' };
  }
  if (rows.basic && rows.project && rows.total) {
    out.sums = BUDGET_FIGURES.map((figure) => {
      const f = findings.find((x) => x.rule === 'budgetComposition' && fieldOf(x) === `${prefix}total.${figure}`) ?? null;
      return { figure, finding: f, expected: f?.computed ?? null, stated: f?.stated ?? null };
    });
  }
  return out;
}
