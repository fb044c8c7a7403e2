// Percent columns and 小计 rows of a table flattened into one line, learned from rows of one shape (invented figures).
import { describe, expect, it } from 'vitest';
import { relations } from '../../../test/helpers/relations.js';

const learned = (text: string) =>
  relations(text)
    .filter((r) => /as every other row of the same shape|as in every other amount column/.test(r.reasonEn))
    .map((r) => [r.kind, r.verdict, r.stated, r.computed]);
const errorsOf = (text: string) => learned(text).filter((r) => r[1] === 'error');
const ofKind = (text: string, kind: string) =>
  relations(text)
    .filter((r) => r.kind === kind)
    .map((r) => [r.verdict, r.stated]);

// a two-row header flattened (2022年 over 完成数 …), the percent columns with no name of their own
const line = (rows: string[]) => ['某县2023年收入执行情况表', `单位:万元 2022年 2023年 2023年 完成数 预算数 完成数 ${rows.join(' ')}`].join('\n');
const rows = {
  sub: '税收小计 2,600 3,000 2,980 99.33% 14.62%',
  a: '甲税 1,000 1,200 1,150 95.83% 15.00%',
  b: '乙税 800 900 960 106.67% 20.00%',
  c: '丙税 500 600 540 90.00% 8.00%',
  d: '丁税 300 300 330 110.00% 10.00%',
};
const table = (o: Partial<typeof rows> = {}) => line(Object.values({ ...rows, ...o }));

describe('percent columns learned from rows of one shape', () => {
  it('ok: completion (col 3 ÷ col 2) and growth (col 3 ÷ col 1 − 1) hold on every row, the 小计 sums its rows', () => {
    const all = learned(table());
    // (the completion column is also the amount before it over an earlier column: ratioColumns reads it first)
    expect(ofKind(table(), 'rate')).toEqual([
      ['ok', 99.33],
      ['ok', 95.83],
      ['ok', 106.67],
      ['ok', 90],
      ['ok', 110],
    ]);
    expect(all.filter((r) => r[0] === 'yoy').length).toBe(5);
    expect(all.filter((r) => r[0] === 'tableTotal').map((r) => [r[1], r[2]])).toEqual([
      ['ok', 2600],
      ['ok', 3000],
      ['ok', 2980],
    ]);
    expect(errorsOf(table())).toEqual([]);
  });

  it('error: a growth rate off the formula every other row follows', () => {
    expect(errorsOf(table({ b: '乙税 800 900 960 106.67% 22.00%' }))).toEqual([['yoy', 'error', 22, 20]]);
  });

  it('error: a wrong amount breaks its row’s two rates and the 小计’s column', () => {
    expect(errorsOf(table({ c: '丙税 500 600 450 90.00% 8.00%' }))).toEqual([
      ['rate', 'error', 90, 75],
      ['yoy', 'error', 8, -10],
      ['tableTotal', 'error', 2980, 2890],
    ]);
  });

  it('error: a wrong 小计 amount', () => {
    expect(errorsOf(table({ sub: '税收小计 2,600 3,600 2,980 99.33% 14.62%' }))).toEqual([
      ['rate', 'error', 99.33, 82.78],
      ['tableTotal', 'error', 3600, 3000],
    ]);
  });

  it('look-alike: a percent column that is each row’s share of the 小计 fits no formula of its row', () => {
    const share = line([
      '税收小计 2,600 3,000 2,980 100.00% 14.62%',
      '甲税 1,000 1,200 1,150 38.59% 15.00%',
      '乙税 800 900 960 32.21% 20.00%',
      '丙税 500 600 540 18.12% 8.00%',
      '丁税 300 300 330 11.07% 10.00%',
    ]);
    expect(learned(share).filter((r) => r[0] === 'rate')).toEqual([]);
    expect(errorsOf(share)).toEqual([]);
  });

  it('look-alike: only 2 rows agree: nothing learned', () => {
    const two = line([
      '甲税 1,000 1,200 1,150 95.83% 31.00%',
      '乙税 800 900 960 106.67% 20.00%',
      '丙税 500 600 540 90.00% 12.00%',
      '丁税 300 300 330 110.00% 7.00%',
    ]);
    expect(learned(two).filter((r) => r[0] === 'yoy')).toEqual([]);
  });

  it('look-alike: a 其中 row under the 小计 (a part of the row above) leaves the sum unread', () => {
    // (added in, the part would break the sum in one column only: read as a wrong 2,980)
    const nested = table({ d: '丁税 300 300 330 110.00% 10.00% 其中:丁一税 0 0 30 0.00% 0.00%' });
    expect(learned(nested).filter((r) => r[0] === 'tableTotal')).toEqual([]);
    expect(errorsOf(nested)).toEqual([]);
  });

  it('look-alike: a column cut instead of rounded is no error', () => {
    const cut = table({ sub: '税收小计 2,600 3,000 2,980 99.33% 14.61%', b: '乙税 800 900 960 106.66% 20.00%' });
    expect(errorsOf(cut)).toEqual([]);
  });

  it('look-alike: a row of another shape (a cell left blank) is not read with the others', () => {
    const blank = table({ d: '丁税 300 330 110.00% 12.00%' });
    expect(errorsOf(blank)).toEqual([]);
  });
});
