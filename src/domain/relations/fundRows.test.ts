// A fund's statement as rows (our own invented table): opening balance, income, spending and the
// closing balance, which is opening + income − spending.
import { describe, expect, it } from 'vitest';
import { errors, relations } from '../../../test/helpers/relations.js';

const FUND = [
  '某县工伤保险基金收支情况',
  '单位:万元',
  '项目 | 金额 |',
  '一、上年结余 | 500.50 |',
  '二、收入合计 | 1200.00 |',
  '1、保险费收入 | 1100.00 |',
  '2、利息收入 | 100.00 |',
  '三、支出合计 | 900.25 |',
  '1、待遇支出 | 900.25 |',
  '四、滚存结余 | 800.25 |',
].join('\n');

const carry = (text: string) =>
  relations(text)
    .filter((r) => r.kind === 'carryOver')
    .map((r) => [r.verdict, r.stated, r.computed]);

describe('a fund statement in rows', () => {
  it('the closing balance holds', () => {
    expect(carry(FUND)).toEqual([['ok', 800.25, 800.25]]);
    expect(errors(FUND)).toEqual([]);
  });
  it('a closing balance off by 30 is an error', () => {
    expect(errors(FUND.replace('四、滚存结余 | 800.25', '四、滚存结余 | 830.25'))).toContainEqual(['carryOver', 830.25, 800.25]);
  });
  it('look-alike: an income total that already holds the carry-over is read that way (no error)', () => {
    const held = FUND.replace('二、收入合计 | 1200.00', '二、收入合计 | 1700.50').replace('1、保险费收入 | 1100.00', '1、保险费收入 | 1600.50');
    expect(errors(held)).toEqual([]);
  });
  it('look-alike: rows out of that order (a two-sided 收支总表) are no fund statement', () => {
    const sides = ['项目 | 金额 |', '收入合计 | 1200.00 |', '上年结余 | 500.50 |', '支出合计 | 900.25 |', '年末结余 | 700.00 |'].join('\n');
    expect(carry(sides)).toEqual([]);
  });
});
