// Computed figures are shown at the precision the document writes the stated one with (a computed
// 305.1 beside a stated 305.20 reads 305.10), in prose, in rates and in table cells (invented figures).
import { describe, expect, it } from 'vitest';
import { relations } from '../../../test/helpers/relations.js';
import { atDecimals } from './compare.js';

const shown = (text: string) =>
  relations(text)
    .filter((r) => r.verdict === 'error')
    .map((r) => [r.kind, r.statedText, r.computedText]);

describe('computed figures keep the stated decimals', () => {
  it('atDecimals pads, never cuts', () => {
    expect(atDecimals('305.1', 2)).toBe('305.10');
    expect(atDecimals('305', 2)).toBe('305.00');
    expect(atDecimals('305.125', 2)).toBe('305.125');
    expect(atDecimals('305', 0)).toBe('305');
  });
  it('a sum in prose', () => {
    expect(shown('本年支出合计305.20万元，其中基本支出200.00万元，项目支出105.10万元。')).toEqual([['sum', '305.20万元', '305.10万元']]);
  });
  it('a rate of change', () => {
    expect(shown('公务接待费2.40万元，比上年减少0.60万元，下降25.00%。')).toEqual([['yoy', '-25.00%', '-20.00%']]);
  });
  it('a table total', () => {
    const table = '项目 | 上年数 | 本年数\n基本支出 | 200.00 | 210.50\n项目支出 | 80.00 | 75.00\n合计 | 280.00 | 286.00';
    expect(shown(table)).toContainEqual(['tableTotal', '286.00', '285.50']);
  });
  it('a whole number stays whole', () => {
    expect(shown('本年支出合计310万元，其中基本支出200万元，项目支出105万元。')).toEqual([['sum', '310万元', '305万元']]);
  });
});
