// "A比B多/少C" with A and B named, not written, and 较预算节约C (our own sentences, invented figures): both
// verdicts, and look-alikes where a name stands for no figure or for several.
import { describe, expect, it } from 'vitest';
import { ofKind } from '../../../test/helpers/relations.js';
import { extractQuantities } from '../quantity/index.js';

const diffs = (text: string) => ofKind(text, 'difference');

describe('名A比名B多/少C', () => {
  it('two named totals', () => {
    const t = '本年度收入合计236.4万元，支出合计219.9万元，收入比支出多16.5万元。';
    expect(diffs(t)).toEqual([['ok', 16.5, 16.5]]);
    expect(diffs(t.replace('多16.5', '多18.5'))).toEqual([['error', 18.5, 16.5]]);
  });
  it('a stage word names the figure of that stage', () => {
    const t = '“三公”经费决算数为7.35万元，年初预算数为9.10万元，决算数比预算数少1.75万元，主要是压减了公务接待。';
    expect(diffs(t)).toEqual([['ok', 1.75, 1.75]]);
    expect(diffs(t.replace('9.10', '9.60'))).toEqual([['error', 1.75, 2.25]]);
    // the direction word must agree
    expect(diffs(t.replace('少1.75', '多1.75'))[0]![0]).toBe('error');
  });
  it('a name with no figure, or with two, relates nothing; 比上年 is left to the change rules', () => {
    expect(diffs('甲项目30万元，乙项目20万元，丙项目比乙项目多5万元。').filter((r) => r[1] === 5 && r[2] !== 5)).toEqual([]);
    expect(diffs('甲单位预算12万元，乙单位预算15万元，决算比预算少2万元。')).toEqual([]);
    expect(diffs('本年收入120万元，比上年多10万元。')).toEqual([]);
  });
});

describe('较预算节约C', () => {
  it('节约 is a saving, not 约 (about)', () => {
    expect(extractQuantities('较预算节约5万元')[0]!.qualifier).toBe('exact');
    expect(extractQuantities('全年约5万元')[0]!.qualifier).toBe('approx');
  });
  it('the saving is the budget less the amount', () => {
    const t = '本年支出决算85.6万元，较年初预算100万元节约14.4万元。';
    expect(diffs(t)).toEqual([['ok', 14.4, 14.4]]);
    expect(diffs(t.replace('节约14.4', '节约16.4'))).toEqual([['error', 16.4, 14.4]]);
  });
});

describe('决算数大于预算数C / 比年初预算减少C (the subject left out)', () => {
  it('a comparison word after two named stages', () => {
    const t = '甲项目年初预算为64.00万元，支出决算为70.50万元，决算数大于预算数6.50万元，主要是追加了培训任务。';
    expect(diffs(t)).toEqual([['ok', 6.5, 6.5]]);
    expect(diffs(t.replace('大于预算数6.50', '大于预算数5.50'))).toEqual([['error', 5.5, 6.5]]);
    // the word gives the direction: 小于 over a larger amount spent is wrong even with the right gap
    expect(diffs(t.replace('大于预算数6.50', '小于预算数6.50'))[0]![0]).toBe('error');
  });
  it('比年初预算减少C: the amount spent against the budget it names', () => {
    const t = '乙项目年初预算38.00万元，实际支出35.20万元，比年初预算减少2.80万元。';
    expect(diffs(t)).toEqual([['ok', 2.8, 2.8]]);
    expect(diffs(t.replace('35.20', '32.50'))).toEqual([['error', 2.8, 5.5]]);
  });
  it('look-alikes: two budgets, a year basis, a share', () => {
    expect(diffs('甲单位年初预算12.00万元，乙单位年初预算15.00万元，支出决算13.00万元，决算数大于预算数1.00万元。')).toEqual([]);
    expect(diffs('本年支出决算40.00万元，决算数大于上年数5.00万元。')).toEqual([]);
    expect(diffs('年初预算20.00万元，支出决算18.00万元，比年初预算减少10.00%。')).toEqual([]);
  });
});
