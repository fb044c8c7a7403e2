// A 其中 list with one part written in 元 among 万元 (or the reverse) that adds up exactly when that part is
// read in the unit of the rest: a unit slip (our sentences, invented figures).
import { describe, expect, it } from 'vitest';
import { errors, relations } from '../../../test/helpers/relations.js';

const T = '全区民生支出累计完成84,562万元。其中：教育支出21,347万元；卫生健康支出15,820万元；社会保障和就业支出30,118万元；农林水支出17,277万元。';

describe('one part of a list in another unit than the rest', () => {
  it('every part in 万元, adding up: no error', () => {
    expect(errors(T)).toEqual([]);
  });
  it('one part written in 元 whose digits close the list: an error naming the unit', () => {
    const text = T.replace('21,347万元', '21,347元');
    expect(errors(text)).toHaveLength(1);
    const r = relations(text).find((x) => x.verdict === 'error')!;
    expect(r.reason).toMatch(/21,347元”若按其余各项的单位读作万元.*单位笔误/);
  });
  it('a part rightly in 元 that does not close the list: no error (a partial list)', () => {
    expect(errors(T.replace('21,347万元', '8,650元'))).toEqual([]);
  });
  it('two parts in 元: no reading of one unit slip, no error', () => {
    expect(errors(T.replace('21,347万元', '21,347元').replace('15,820万元', '15,820元'))).toEqual([]);
  });
  it('the figures of a sentence in 元 beside a 万元 total, not a 其中 list: no error', () => {
    expect(errors('全区民生支出累计完成84,562万元，人均补助标准为21,347元。')).toEqual([]);
  });
});
