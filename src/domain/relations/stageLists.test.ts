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

describe('one item’s figures of two years or stages after 其中', () => {
  const text = '2023年培训经费决算86.40万元，2024年培训经费预算72.10万元。其中，师资费占了大头，2023年决算数61.20万元，2024年预算数50.30万元。';
  it('are not added up: only the part of the total’s year and stage is its part', () => {
    expect(errors(text)).toEqual([]);
    expect(rel(text, ['sum', 'subset'])).toEqual([['subset', 'ok', 86.4, 61.2]]);
  });
  it('that part larger than its total is still an error', () => {
    expect(errors(text.replace('2023年决算数61.20万元', '2023年决算数91.20万元'))).toEqual([['subset', 91.2, 86.4]]);
  });
  it('a per-vehicle average is no part (车均), beside a part that is one', () => {
    const cars = '公务用车购置费预算60.00万元，其中购置费2024年预算数48.00万元，车均购置经费16.00万元。';
    expect(rel(cars, ['sum', 'subset']).every(([, , , computed]) => computed !== 64)).toBe(true);
    expect(errors(cars)).toEqual([]); // 48.00 + 16.00 > 60.00 were the average a part
  });
});

describe('预算数为a，决算支出数为b per item: a label of only a stage names the item before it', () => {
  // budget 9.00 = 0 + 3.50 + 5.50; spent 8.20 = 0 + 3.10 + 5.10; the two lists are never added together
  const text =
    '本年“三公”经费预算数为9.00万元，决算支出数为8.20万元，完成年初预算数的91.11%。其中：因公出国（境）费预算数为0万元，决算支出数为0万元；公务接待费预算数为3.50万元，决算支出数为3.10万元，较上年决算数2.90万元0.20万元；公务用车运行维护费预算数为5.50万元，决算支出数为5.10万元，较上年决算数4.80万元0.30万元，其中：车辆燃料费预算数为2.00万元，决算支出数为1.90万元，较上年决算数1.70万元0.20万元。';
  it('is read as the budget list of the budget total, with no error', () => {
    expect(errors(text)).toEqual([]);
    expect(rel(text, ['sum', 'subset']).filter(([, , stated, computed]) => stated === 9 && computed === 9)).toEqual([['subset', 'ok', 9, 9]]);
  });
  it('a budget item that does not add up is still an error', () => {
    expect(errors(text.replace('公务接待费预算数为3.50万元', '公务接待费预算数为4.50万元'))).toEqual([['subset', 9, 10]]);
  });
  it('an unnamed figure before a list of both stages (a change whose verb is lost) is no total of it', () => {
    expect(rel(text, ['sum', 'subset']).some(([, , stated]) => stated === 0.3)).toBe(false);
  });
});
