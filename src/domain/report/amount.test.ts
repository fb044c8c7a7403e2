import { describe, expect, it } from 'vitest';
import { formatAmount, formatAmountCell, formatCount, formatDateCn, formatDecimal } from './amount.js';

describe('formatDecimal', () => {
  it('keeps up to two decimals and drops trailing zeros', () => {
    expect(formatDecimal('153.98')).toBe('153.98');
    expect(formatDecimal('153.980')).toBe('153.98');
    expect(formatDecimal('153.90')).toBe('153.9');
    expect(formatDecimal('0.00')).toBe('0');
    expect(formatDecimal('31')).toBe('31');
  });
  it('rounds half up', () => {
    expect(formatDecimal('9.685')).toBe('9.69');
    expect(formatDecimal('0.004')).toBe('0');
    expect(formatDecimal('-0.004')).toBe('0');
    expect(formatDecimal('-2.345')).toBe('-2.35');
  });
});

describe('formatAmount', () => {
  it('writes 万元 below one 亿', () => {
    expect(formatAmount('153.98')).toBe('153.98万元');
    expect(formatAmount('0')).toBe('0万元');
    expect(formatAmount('2473')).toBe('2473万元');
    expect(formatAmount('9999.999')).toBe('10000万元');
  });
  it('switches to 亿元 from one 亿', () => {
    expect(formatAmount('19106')).toBe('1.91亿元');
    expect(formatAmount('111000')).toBe('11.1亿元');
    expect(formatAmount('10000')).toBe('1亿元');
    expect(formatAmount('-25000')).toBe('-2.5亿元');
  });
  it('keeps 万元 when asked (budget sentences) and forces 亿元 when asked', () => {
    expect(formatAmount('19106', 'wan')).toBe('19106万元');
    expect(formatAmount('4190', 'yi')).toBe('0.42亿元');
  });
  it('rejects what is not a decimal', () => {
    expect(() => formatAmount('1,000')).toThrow(/not a decimal/);
  });
  it('table cells show a dash for unknown', () => {
    expect(formatAmountCell(null)).toBe('—');
    expect(formatAmountCell('12.50')).toBe('12.5');
  });
});

describe('formatDateCn', () => {
  it('writes dates without leading zeros', () => {
    expect(formatDateCn('2023-07-18')).toBe('2023年7月18日');
    expect(formatDateCn('2023-12-01T00:00:00Z')).toBe('2023年12月1日');
    expect(formatDateCn(null)).toBe('');
  });
  it('rejects garbage', () => {
    expect(() => formatDateCn('18/07/2023')).toThrow();
  });
});

describe('formatCount', () => {
  it('writes 万 from 10万 up', () => {
    expect(formatCount('1017600', '人')).toBe('101.76万人');
    expect(formatCount('10780', '人')).toBe('10780人');
    expect(formatCount('95000', '人')).toBe('95000人');
  });
});
