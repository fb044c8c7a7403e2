import { describe, expect, it } from 'vitest';
import { readWanYuan } from './typedAmount.js';

describe('an amount as typed into a 万元 field', () => {
  it.each([
    ['153.98', '153.98', '万元'],
    ['１５３．９８', '153.98', '万元'],
    ['1,234.5', '1234.5', '万元'],
    ['1，234.5', '1234.5', '万元'],
    [' 12.50 万元', '12.5', '万元'],
    ['12万', '12', '万元'],
    ['1,234,567.89元', '123.456789', '元'],
    ['¥1,234,567.89元', '123.456789', '元'],
    // a currency sign alone is 元, as a finance system prints it: never 8,000 万元
    ['¥8,000', '0.8', '元'],
    ['￥1234.5', '0.12345', '元'],
    ['RMB 20000', '2', '元'],
    // a unit written after the figure decides
    ['¥12万元', '12', '万元'],
    ['８０００元', '0.8', '元'],
    ['1.9亿元', '19000', '亿元'],
    ['0', '0', '万元'],
  ])('%s → %s 万元', (typed, value, unit) => {
    expect(readWanYuan(typed)).toEqual({ ok: true, value, unit });
  });
  it('a blank is no amount (null), not zero', () => expect(readWanYuan('  ')).toEqual({ ok: true, value: null, unit: '万元' }));
  it.each(['12,34', 'abc', '12.3.4', '约12万元', '1,2345'])('%s is refused', (typed) => expect(readWanYuan(typed).ok).toBe(false));
});
