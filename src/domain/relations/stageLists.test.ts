// A 其中 list that names each item twice, budgeted and spent (our own words, invented figures).
import { describe, expect, it } from 'vitest';
import { errors, rel } from '../../../test/helpers/relations.js';

const text =
  '本年度“三公”经费预算12.00万元，“三公”经费支出9.40万元。其中：公务接待费预算4.00万元，公务接待费支出3.10万元；公务用车运行维护费预算8.00万元，公务用车运行维护费支出6.30万元；因公出国（境）费预算0万元，支出0万元。';

describe('a list of budgeted and spent amounts side by side', () => {
  it('is not one list: the budget total is not compared with budget and spending added together', () => {
    expect(errors(text)).toEqual([]);
    const sums = rel(text, ['sum', 'subset']);
    expect(sums.length).toBeGreaterThan(0);
    expect(sums.every(([, verdict, stated, computed]) => verdict === 'ok' && stated === 12 && computed === 12)).toBe(true);
  });
  it('a budgeted part that does not add up is still an error', () => {
    expect(errors(text.replace('公务接待费预算4.00万元', '公务接待费预算5.00万元')).length).toBeGreaterThan(0);
  });
  it('one item named twice is not two lists: budget and 决算 of different items stay one list', () => {
    // 接待费 budgeted, 用车 spent: no item twice, so the parts are read as they are (a subset of 12.00)
    const one = '本年度“三公”经费预算12.00万元。其中：公务接待费预算4.00万元，公务用车运行维护费支出9.30万元。';
    expect(errors(one)).toEqual([['subset', 12, 13.3]]);
  });
});
