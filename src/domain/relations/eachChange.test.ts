// One change of each level before it (各增加c): our own sentences, invented figures.
import { describe, expect, it } from 'vitest';
import { errors, rel } from '../../../test/helpers/relations.js';

const text = '2031年度收入总计1,200.00万元，支出总计1,200.00万元，与2030年度相比，各增加100.00万元，增长9.09%。';

describe('各增加c after two equal totals', () => {
  it('the change and its rate are of either total', () => {
    expect(rel(text, ['yoy'])).toEqual([['yoy', 'ok', 9.09, 9.09]]);
    expect(errors(text)).toEqual([]);
  });
  it('a wrong rate or change is an error', () => {
    expect(errors(text.replace('9.09%', '9.90%'))).toEqual([['yoy', 9.9, 9.09]]);
    expect(errors(text.replace('各增加100.00', '各增加120.00'))).toEqual([['yoy', 9.09, 11.11]]);
  });
  it('look-alikes: totals that differ, or one level only, give no error', () => {
    expect(errors(text.replace('支出总计1,200.00', '支出总计1,150.00'))).toEqual([]);
    expect(errors(text.replace('支出总计1,200.00', '支出总计1,150.00').replace('9.09%', '9.52%'))).toEqual([]);
    expect(errors('2031年度收入总计1,200.00万元，与2030年度相比，各增加100.00万元，增长9.09%。')).toEqual([]);
  });
});
