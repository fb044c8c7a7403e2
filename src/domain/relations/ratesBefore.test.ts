// Rates against a budget stated sentences before (our own sentences, invented figures): 为预算的X%
// checked when exactly one budget figure stands before it, and left alone when none or several do.
import { describe, expect, it } from 'vitest';
import { find } from '../../../test/helpers/relations.js';

const rate = (text: string, stated: number) => find(text, 'rate', stated);

describe('为预算的X% with the budget in an earlier sentence', () => {
  const text = '2024年年初预算安排培训经费80万元。全年共举办培训班12期。年底实际支出76万元，为预算的95%。';
  it('is the amount over that budget', () => {
    expect(rate(text, 95)?.verdict).toBe('ok');
    expect(rate(text, 95)?.parts.map((p) => p.value)).toEqual([76, 80]);
    expect(rate(text.replace('95%', '97%'), 97)?.verdict).toBe('error');
  });
  it('with no budget stated, or two of them, nothing is checked', () => {
    expect(rate('年底实际支出76万元，为预算的95%。', 95)).toBeUndefined();
    const two = '2024年年初预算安排培训经费80万元，调整预算90万元。年底实际支出76万元，为预算的95%。';
    expect(rate(two, 95)).toBeUndefined();
  });
  it('a fund or a channel with 预算 in its name is no budget', () => {
    const fund = '动用预算稳定调节基金30万元。全镇支出完成76万元，为预算的95%。';
    expect(rate(fund, 95)).toBeUndefined();
    const channel = '争取中央预算内投资50万元。项目完成投资76万元，为预算的95%。';
    expect(rate(channel, 95)).toBeUndefined();
  });
});

describe('为调整预算的X%: the budget the text calls adjusted', () => {
  const t = '一般公共预算收入调整预算为119.7亿元，实际完成121.1亿元，为调整预算的101.2%，增长9.0%。';
  it('done ÷ adjusted budget: ok', () => {
    expect(rate(t, 101.2)?.verdict).toBe('ok');
    expect(rate(t, 101.2)?.parts.map((p) => p.value)).toEqual([121.1, 119.7]);
  });
  it('a rate changed: error', () => {
    expect(rate(t.replace('101.2%', '102.2%'), 102.2)?.verdict).toBe('error');
  });
  it('an initial budget alone is not the adjusted one (look-alike: nothing checked)', () => {
    const u = '年初预算安排一般公共预算收入120.4亿元，执行中按程序调整为119.7亿元，实际完成121.1亿元，为调整预算的101.2%。';
    expect(rate(u, 101.2)?.verdict).not.toBe('error');
  });
});

describe('完成调整预算的X% when the text gives the budget and what it was adjusted to', () => {
  // 410 ÷ 400 = 102.5%; over the first budget 380 it would be 107.9%
  const text = '会议通过的本年一般公共预算收入为380万元，经批准，本年一般公共预算收入调整为400万元，实际收入410万元，完成调整预算的102.5%。';
  it('is over the amount it was adjusted to', () => {
    expect(rate(text, 102.5)?.verdict).toBe('ok');
    expect(rate(text, 102.5)?.parts.map((p) => p.value)).toEqual([410, 400]);
    expect(rate(text.replace('102.5%', '107.9%'), 107.9)?.verdict).toBe('error');
  });
  it('完成预算的X% (no 调整) is not bound to the adjusted amount this way', () => {
    expect(rate(text.replace('完成调整预算的102.5%', '完成预算的102.5%'), 102.5)?.verdict).not.toBe('ok');
  });
});
