// A sentence opening with its comparison and a named prior (相比2030年的总收入P减少c), the level in a sentence
// before: our own sentences, invented figures.
import { describe, expect, it } from 'vitest';
import { errors, rel } from '../../../test/helpers/relations.js';

const text = '2031年总收入500.00万元，其中：财政补助收入300.00万元，事业收入200.00万元。相比2030年的总收入540.00万元减少40.00万元，下降7.41%。';

describe('相比2030年的X P减少c after X in the sentence before', () => {
  it('the change and its rate are of X', () => {
    expect(rel(text, ['yoy', 'difference'])).toEqual([
      ['difference', 'ok', 40, 40],
      ['yoy', 'ok', -7.41, -7.41],
    ]);
    expect(errors(text)).toEqual([]);
  });
  it('a wrong rate, change or prior is an error', () => {
    expect(errors(text.replace('7.41%', '7.14%'))).toEqual([['yoy', -7.14, -7.41]]);
    expect(errors(text.replace('540.00万元减少', '450.00万元减少')).length).toBeGreaterThan(0);
    // a prior written without its unit: the rate still holds the change to the level
    expect(errors(text.replace('540.00万元减少', '540.00减少').replace('7.41%', '8.41%'))).toEqual([['yoy', -8.41, -7.41]]);
  });
  it('look-alikes: a prior of another noun, two levels of the noun, no level before', () => {
    expect(rel(text.replace('2030年的总收入540.00', '2030年的总支出540.00'), ['yoy', 'difference'])).toEqual([]);
    const two = '2031年甲单位总收入500.00万元，乙单位总收入320.00万元。相比2030年的总收入540.00万元减少40.00万元，下降7.41%。';
    expect(rel(two, ['yoy', 'difference'])).toEqual([]);
    expect(rel('相比2030年的总收入540.00万元减少40.00万元，下降7.41%。', ['yoy', 'difference'])).toEqual([]);
    // a nearer sentence of parts named by the generic noun (…业务支出) is passed over for the 总支出
    const parts =
      '2031年总支出800.00万元，其中基本支出700.00万元。基本支出中业务支出500.00万元，其他支出200.00万元。相比2030年的总支出700.00万元增加100.00万元，增长14.29%。';
    expect(errors(parts)).toEqual([]);
    expect(rel(parts, ['yoy'])).toEqual([['yoy', 'ok', 14.29, 14.29]]);
  });
});
