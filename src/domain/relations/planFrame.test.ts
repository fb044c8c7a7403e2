// "根据年度计划，总投资T，其中P，已下达A，完成年度计划的X%": the rate over one of the planned amounts the sentence
// opens with (our own sentences, invented figures).
import { describe, expect, it } from 'vitest';
import { ofKind } from '../../../test/helpers/relations.js';

const rates = (text: string) => ofKind(text, 'rate');
const text = (done = '62.40', rate = '104.0') =>
  `根据年度计划，今年民生工程总投资180.00亿元，其中市级资金60.00亿元，目前已下达${done}亿元，完成年度计划的${rate}%。`;

describe('完成年度计划的X% after a sentence that opens with that plan', () => {
  it('holds over the part (or the whole) it fits', () => {
    expect(rates(text())).toEqual([['ok', 104, 104]]);
    expect(rates(text('151.20', '84.0'))).toEqual([['ok', 84, 84]]);
  });
  it('fits none of the planned amounts: an error', () => {
    expect(rates(text('62.40', '140.0'))[0]![0]).toBe('error');
    expect(rates(text('72.40'))[0]![0]).toBe('error');
  });
  it('look-alikes stay unjudged', () => {
    // the plan is not what the sentence opens with
    const bare = text('62.40', '140.0').replace('根据年度计划，', '');
    expect(rates(bare).filter((r) => r[0] === 'error')).toEqual([]);
    // an amount of another item before the one done: not the plan's parts
    const other = text('62.40', '140.0').replace('其中市级资金60.00亿元', '另有社会资本60.00亿元');
    expect(rates(other).filter((r) => r[0] === 'error')).toEqual([]);
    // a figure between the amount done and the rate
    const between = text('62.40', '140.0').replace('，完成年度', '，惠及12.5万户，完成年度');
    expect(rates(between).filter((r) => r[0] === 'error')).toEqual([]);
  });
});
