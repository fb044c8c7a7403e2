// 为/占调整预算的X% when the adjusted budget is written only as 调整为Y / 调整后预算Y (our sentences, invented figures).
import { describe, expect, it } from 'vitest';
import { errors, ofKind, rel } from '../../../test/helpers/relations.js';

describe('年中调整为Y … 为调整预算的X%', () => {
  const t = '年初预算安排业务培训经费80.00万元，年中调整为120.00万元，全年实际支出108.00万元，为调整预算的90.00%。';
  const later = '项目年初预算80.00万元，因任务增加追加40.00万元，预算调整为120.00万元。截至年底实际支出108.00万元，为调整预算的90.00%。';
  it('the rate is of the amount the budget was adjusted to: ok', () => {
    expect(errors(t)).toEqual([]);
    expect(ofKind(t, 'rate')).toEqual([['ok', 90, 90]]);
    expect(ofKind(later, 'rate')).toEqual([['ok', 90, 90]]);
  });
  it('the rate or the spending altered: error', () => {
    expect(errors(t.replace('90.00%', '92.00%'))).toEqual([['rate', 92, 90]]);
    expect(errors(later.replace('支出108.00万元', '支出102.00万元'))).toEqual([['rate', 90, 85]]);
  });
  it('a rate of the budget before the adjustment is not this one; an added amount is no adjusted budget (look-alikes)', () => {
    const initial = '年初预算安排业务培训经费80.00万元，年中调整为120.00万元，全年实际支出108.00万元，为年初预算的135.00%。';
    expect(errors(initial)).toEqual([]);
    expect(ofKind(initial, 'rate')).toEqual([['ok', 135, 135]]);
    const added = '项目年初预算80.00万元，年中追加40.00万元，全年实际支出108.00万元，为调整预算的90.00%。';
    expect(errors(added)).toEqual([]);
  });
});

describe('调整后预算Y … 占调整预算的X%', () => {
  const t = '项目年初预算80.00万元，调整后预算100.00万元，实际支出92.00万元，占调整预算的92.00%。';
  it('the share of the adjusted budget: ok, and altered: error', () => {
    expect(errors(t)).toEqual([]);
    expect(rel(t, ['share', 'rate'])).toEqual([['share', 'ok', 92, 92]]);
    expect(errors(t.replace('92.00%', '95.00%'))).toEqual([['share', 95, 92]]);
  });
  it('two rates of one amount against two budgets are no shares of one whole (look-alike)', () => {
    const u = '项目年初预算80.00万元，调整后预算100.00万元，实际支出72.00万元，为年初预算的90.00%，为调整预算的72.00%。';
    expect(errors(u)).toEqual([]);
    expect(ofKind(u, 'shareSum')).toEqual([]);
  });
});
