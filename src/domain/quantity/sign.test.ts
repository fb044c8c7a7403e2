// The sign written before a figure (prose) and in a table cell: our own strings, invented figures.
import { describe, expect, it } from 'vitest';
import { cellSign, negated, signBefore } from './sign.js';
import { parseQuantity } from './extract.js';

/** The sign before the first digit of the text. */
const at = (text: string) => signBefore(text, text.search(/\d/));

describe('a sign right before a figure in prose', () => {
  it('reads every minus form and 负, sure after a verb, punctuation or the start', () => {
    expect(at('结余为-1.83万元')).toEqual({ length: 1, sure: true });
    expect(at('结余为−1.83万元')).toEqual({ length: 1, sure: true });
    expect(at('结余为－1.83万元')).toEqual({ length: 1, sure: true });
    expect(at('结余：﹣1.83万元')).toEqual({ length: 1, sure: true });
    expect(at('增长-8.7%')).toEqual({ length: 1, sure: true });
    expect(at('较一季度（-10.8%）')).toEqual({ length: 1, sure: true });
    expect(at('结余负1.83万元')).toEqual({ length: 1, sure: true });
    expect(at('-1.83万元')).toEqual({ length: 1, sure: true });
    expect(at('完成预算的-69.2%')).toEqual({ length: 1, sure: true }); // after 的 a hyphen separates nothing
  });
  it('a hyphen right after a label may be a separator: read negative, not sure', () => {
    expect(at('当年结余-1.83万元')).toEqual({ length: 1, sure: false });
  });
  it('a dash after a digit, a date word, a letter or 第 is a range or a code, no sign', () => {
    expect(signBefore('2019-2021年', 5)).toBeNull();
    expect(signBefore('1-3月', 2)).toBeNull();
    expect(signBefore('第1-2批', 3)).toBeNull();
    expect(signBefore('2024年-2025年', 6)).toBeNull();
    expect(signBefore('编号GB-12', 5)).toBeNull();
    expect(signBefore('附表-3', 3)).toBeNull();
    expect(signBefore('误差正负1.5%', 4)).toBeNull();
    expect(signBefore('结余1.83万元', 2)).toBeNull();
  });
  it('negated keeps the mark in the text and turns the 万元 value too', () => {
    const q = negated(parseQuantity('1.83万元')!, '−');
    expect([q.value, q.wan, q.text]).toEqual(['-18300', '-1.83', '−1.83万元']);
  });
});

describe('the sign of a table cell', () => {
  it('minus forms, 负 and accounting brackets around an amount are negative', () => {
    for (const c of ['-1.83', ' −1.83 ', '－1.83', '﹣1.83', '负1.83', '(1.83)', '（1,234.50）', '(12,345)']) expect(cellSign(c).negative).toBe(true);
    expect(cellSign('（1.83）').body).toBe('1.83');
    expect(cellSign('- 1.83').body).toBe('1.83');
  });
  it('a plus sign is written but not negative', () => {
    expect(cellSign('+3.50')).toEqual({ negative: false, marked: true, body: '3.50' });
    expect(cellSign('＋3.50').marked).toBe(true);
    expect(cellSign('3.50').marked).toBe(false);
  });
  it('an item number in brackets, a blank dash and a plain amount are not', () => {
    for (const c of ['(3)', '（12）', '-', '—', '1.83', '2019-2021', '(1.83%)']) expect(cellSign(c).negative).toBe(false);
  });
});
