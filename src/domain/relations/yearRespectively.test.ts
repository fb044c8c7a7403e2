// "2031年、2032年X分别为a、b，较上年增加c，增长r%": two years paired by position (invented figures).
import { describe, expect, it } from 'vitest';
import { errors, ofKind } from '../../../test/helpers/relations.js';

describe('two years listed with 分别', () => {
  it('a rate with no amount of change is (b − a) ÷ a: ok and error', () => {
    const text = (r: string) => `本部门2031年、2032年支出分别为500.00万元、560.00万元，较上年增长${r}。`;
    expect(ofKind(text('12.00%'), 'yoy')).toEqual([['ok', 12, 12]]);
    expect(errors(text('15.00%'))).toEqual([['yoy', 15, 12]]);
  });
  it('the change is the later year less the earlier one', () => {
    const text = (c: string) => `本部门2031年、2032年“三公”经费支出分别为50.00万元、40.00万元，2032年较上年减少${c}万元，下降20.00%。`;
    expect(errors(text('10.00'))).toEqual([]);
    expect(ofKind(text('10.00'), 'difference')).toEqual([['ok', 10, 10]]);
    expect(errors(text('12.00'))).toContainEqual(['difference', 12, 10]);
  });
  it('years not one apart, three figures, or items instead of years: no pair', () => {
    expect(errors('本部门2029年、2032年支出分别为500.00万元、560.00万元，较上年增长15.00%。')).toEqual([]);
    expect(errors('本部门2030年、2031年、2032年支出分别为450.00万元、500.00万元、560.00万元，较上年增长15.00%。')).toEqual([]);
    expect(errors('甲项目、乙项目支出分别为500.00万元、560.00万元，较上年增长15.00%。')).toEqual([]);
  });
});
