// A change of a part named in a sentence of one year (2024年度…较2023年度…，其中X较上年减少c，下降r%),
// after the figures of the year compared with (2023年度…，其中X为A): A is X's prior, r = c ÷ A — not
// the level c changes. Our own words, invented figures.
import { describe, expect, it } from 'vitest';
import { errors, rel } from '../../../test/helpers/relations.js';

const text = [
  '2024年度“三公”经费预算总计30.0万元，其中：公务接待14.0万元，公务用车运行费用16.0万元。',
  '2023年度“三公”经费支出合计28.50万元，其中：公务接待15.00万元，公务用车运行费用13.50万元。',
  '2024年度“三公”经费预算较2023年度增加1.50万元，其中公务接待较上年同期减少1.00万元，下降6.67%。公务用车运行费用较上年同期增加2.50万元，增长18.52%。',
].join('\n');

describe('a part’s change after the figures of the year it is compared with', () => {
  it('the rate is over the earlier year’s figure', () => {
    expect(rel(text, ['yoy'])).toEqual([
      ['yoy', 'ok', -6.67, -6.67],
      ['yoy', 'ok', 18.52, 18.52],
    ]);
    expect(errors(text)).toEqual([]);
  });
  it('a wrong rate is an error', () => {
    expect(errors(text.replace('18.52%', '21.52%'))).toContainEqual(['yoy', 21.52, 18.52]);
    expect(errors(text.replace('6.67%', '7.67%'))).toContainEqual(['yoy', -7.67, -6.67]);
  });
  it('without years named the earlier figure is still the level (rate = c ÷ (A − c))', () => {
    const t = text
      .replace(/\d{4}年度/g, '')
      .replace(/下降6.67%/, '下降6.25%')
      .replace('增长18.52%', '增长22.73%');
    expect(errors(t)).toEqual([]);
  });
  it('a level of the same year as the change stays the level', () => {
    const t = '2024年度“三公”经费支出合计28.50万元，其中：公务接待15.00万元，公务用车运行费用13.50万元。公务接待较上年同期减少1.00万元，下降6.25%。';
    expect(errors(t)).toEqual([]);
    expect(errors(t.replace('6.25%', '6.67%'))).toContainEqual(['yoy', -6.67, -6.25]);
  });
});
