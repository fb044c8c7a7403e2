// A 其中 list after a part of a whole, whose items state their shares of that whole (our own words,
// invented figures): the items are the part's when their shares are within its own; when an item's
// share is larger than the part's, the text says the item is not in it — no "part larger than total".
import { describe, expect, it } from 'vitest';
import { errors, rel } from '../../../test/helpers/relations.js';

describe('其中 items with their own shares of the whole', () => {
  const text =
    '项目支出预算480.00万元，占支出总预算的40.00%。其中：（一）教育支出300.00万元，占支出总预算的25.00%；（二）卫生健康支出100.00万元，占支出总预算的8.33%。';
  it('items within the part’s share are its parts', () => {
    expect(rel(text, ['subset'])).toEqual([['subset', 'ok', 480, 400]]);
    expect(errors(text)).toEqual([]);
  });
  it('a part larger than the total is an error', () => {
    expect(errors(text.replace('300.00万元', '600.00万元'))).toContainEqual(['subset', 480, 700]);
  });
  it('items whose shares exceed the part’s are the whole’s classes, not its parts', () => {
    const t =
      '项目支出预算48100元，占支出总预算的4.43%。其中：（一）文化旅游体育与传媒支出类科目850000.00元，占支出总预算78.33%；（二）卫生健康支出类科目43900.00元，占支出总预算4.05%。';
    expect(rel(t, ['subset', 'sum'])).toEqual([]);
    expect(errors(t)).toEqual([]);
  });
});
