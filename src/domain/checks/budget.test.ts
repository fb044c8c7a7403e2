import { describe, expect, it } from 'vitest';
import type { BudgetAccount } from '../types.js';
import { checkBudgetAccounts, checkBudgetComposition, checkBudgetStatement, readBudgetStatement } from './budget.js';

const S = (o: string, i: string, e: string, c: string, lead = '一般公共预算财政拨款') =>
  `${lead}年初结转和结余${o}万元，本年收入${i}万元，本年支出${e}万元，年末结转和结余${c}万元。`;

describe('budget identity in text', () => {
  it('reads the four figures, type and class', () => {
    const s = readBudgetStatement(S('0', '153.98', '153.98', '0', '一般公共预算财政拨款基本支出'))!;
    expect(s).toMatchObject({ budgetType: 'general', row: 'basic' });
    expect(s.figures.income.wan).toBe('153.98');
    expect(readBudgetStatement('无政府性基金预算支出。')).toBeNull();
    expect(readBudgetStatement(S('1', '2', '3', '0'), '', undefined)).not.toBeNull();
    expect(readBudgetStatement(S('1', '2', '3', '0', '财政拨款'), '政府性基金预算支出情况')!.budgetType).toBe('governmentFund');
  });
  it('passes consistent sentences and flags the planted one', () => {
    expect(checkBudgetStatement(readBudgetStatement(S('12.5', '230.75', '236.05', '7.2'))!)).toEqual([]);
    const [f] = checkBudgetStatement(readBudgetStatement(S('10', '500.5', '480', '20.5'))!);
    expect(f).toMatchObject({ severity: 'error', rule: 'budgetIdentity', stated: '20.5', computed: '30.5' });
  });
  it('basic + project = total', () => {
    const t = readBudgetStatement(S('0', '500.5', '480', '20.5'))!;
    const b = readBudgetStatement(S('0', '300', '300', '0', '基本支出'))!;
    const p = readBudgetStatement(S('0', '190.5', '170', '20.5', '项目支出'))!;
    const fs = checkBudgetComposition([t, b, p]);
    expect(fs.map((f) => [f.rule, f.stated, f.computed])).toEqual([
      ['budgetComposition', '500.5', '490.5'],
      ['budgetComposition', '480', '470'],
    ]);
  });
});

describe('budget identity in stored accounts', () => {
  const row = (opening: string, income: string, expenditure: string, closing: string) => ({ opening, income, expenditure, closing });
  it('checks identity, composition and 无…支出', () => {
    const accounts: BudgetAccount[] = [
      {
        budgetType: 'general',
        noActivity: false,
        rows: { total: row('0', '153.98', '153.98', '0'), basic: row('0', '153.98', '153.98', '0'), project: row('0', '0', '0', '0') },
      },
      { budgetType: 'governmentFund', noActivity: false, rows: { total: row('5', '120', '100', '15') } },
      { budgetType: 'stateCapital', noActivity: true, rows: { total: row('0', '1', '0', '1') } },
    ];
    expect(checkBudgetAccounts(accounts).map((f) => [f.rule, f.severity, f.location?.field])).toEqual([
      ['budgetIdentity', 'error', 'budget.governmentFund.total.closing'],
      ['budgetNoActivity', 'warning', 'budget.stateCapital'],
    ]);
  });
});
