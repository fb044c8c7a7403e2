// The editor's budget badges come from the domain rule: same verdicts as the server, incl. the
// 0.01 rounding boundary (a warning, not an error) and 无此类支出.
import { describe, expect, it } from 'vitest';
import type { BudgetAccount, BudgetFigures } from '../../../../src/domain/types.js';
import { accountStatus } from './budgetStatus.js';

const row = (opening: string, income: string, expenditure: string, closing: string): BudgetFigures => ({ opening, income, expenditure, closing });
const general = (rows: BudgetAccount['rows'], noActivity = false): BudgetAccount => ({ budgetType: 'general', noActivity, rows });

describe('accountStatus (domain budget checks in the editor)', () => {
  it('balanced rows and sums are ok', () => {
    const s = accountStatus(general({ basic: row('0', '153.98', '153.98', '0'), project: row('0', '0', '0', '0'), total: row('0', '153.98', '153.98', '0') }));
    expect(s.rows).toEqual({ basic: { state: 'ok' }, project: { state: 'ok' }, total: { state: 'ok' } });
    expect(s.sums?.every((x) => x.finding === null)).toBe(true);
    expect([s.errors, s.warnings]).toEqual([0, 0]);
  });

  it('a gap of exactly 0.01 is a rounding warning, not an error', () => {
    const s = accountStatus(general({ total: row('0', '153.98', '153.97', '0') }));
    expect(s.rows.total?.state).toBe('rounding');
    expect(s.rows.total && 'expected' in s.rows.total ? s.rows.total.expected : null).toBe('0.01');
    expect([s.errors, s.warnings]).toEqual([0, 1]);
  });

  it('a gap of 0.02 is an error naming the closing balance the other three imply', () => {
    const s = accountStatus(general({ total: row('0', '153.98', '150.98', '0') }));
    expect(s.rows.total).toMatchObject({ state: 'error', expected: '3' });
    const t = accountStatus(general({ total: row('0', '153.98', '153.96', '0') }));
    expect(t.rows.total?.state).toBe('error');
    expect(t.errors).toBe(1);
  });

  it('basic + project ≠ total is named per figure', () => {
    const s = accountStatus(general({ basic: row('0', '100', '100', '0'), project: row('0', '50', '50', '0'), total: row('0', '153.98', '153.98', '0') }));
    const income = s.sums?.find((x) => x.figure === 'income');
    expect(income).toMatchObject({ expected: '150', stated: '153.98' });
    expect(s.sums?.find((x) => x.figure === 'opening')?.finding).toBeNull();
    expect(s.errors).toBe(2); // income and expenditure
  });

  it('no activity: nothing to balance; non-zero figures kept under it are a warning', () => {
    expect(accountStatus(general({}, true))).toMatchObject({ rows: {}, sums: null, noActivityConflict: null, errors: 0, warnings: 0 });
    const s = accountStatus(general({ total: row('0', '1', '0', '5') }, true));
    expect(s.noActivityConflict?.rule).toBe('budgetNoActivity');
    expect(s.rows).toEqual({}); // the identity is not checked for an account marked 无此类支出
    expect([s.errors, s.warnings]).toEqual([0, 1]);
  });

  it('a half-typed row is not judged', () => {
    const s = accountStatus(general({ total: { ...row('0', '1', '1', '0'), closing: '' } }));
    expect(s.rows).toEqual({});
    expect(s.errors).toBe(0);
  });
});
