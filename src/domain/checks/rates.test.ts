import { describe, expect, it } from 'vitest';
import { checkExecutionRate, checkRates } from './rates.js';

describe('rates', () => {
  it('completion rate = actual ÷ target nearby', () => {
    expect(checkRates('2022年武冈检查任务为10361人，现已超额完成检查人数10780人，完成任务数的104.04%。')).toEqual([]);
    expect(checkRates('检查任务为10361人，完成检查人数10780人，完成任务数的105.04%。')).toMatchObject([
      { rule: 'rate', stated: '105.04%', computed: '104.04%' },
    ]);
  });
  it('执行率 = 执行数 ÷ 预算数', () => {
    expect(checkExecutionRate('全年预算数50.5万元，全年执行数48.3万元，预算执行率为95.64%。')).toEqual([]);
    expect(checkExecutionRate('项目全年预算数120万元，全年执行数96万元，预算执行率为85%。')).toMatchObject([{ stated: '85%', computed: '80%' }]);
  });
  it('占…的X% only when both sides are stated', () => {
    expect(checkRates('全省共发放妇女小额担保贷款11.1亿元，占贷款总额36%，获贷妇女人数12771人，占贷款总人数的36%。')).toEqual([]);
    expect(checkRates('项目支出50万元，占部门总支出200万元的25%。')).toEqual([]);
    expect(checkRates('项目支出50万元，占部门总支出200万元的30%。')).toMatchObject([{ stated: '30%', computed: '25%' }]);
  });
});
