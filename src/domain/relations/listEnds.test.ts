// Where a 其中 list ends: an amount named as a total of its own (…总产量) starts a new whole
// (our own sentences, invented figures; the rule is in listParts.ts partsAfter).
import { describe, expect, it } from 'vitest';
import { errors } from '../../../test/helpers/relations.js';

describe('a 其中 list ends before a new 总 amount', () => {
  const text = '全年豆类产量8.4万吨，增长2.1%，其中：大豆产量6.2万吨，增长3.0%；瓜果总产量31.7万吨，增长1.5%。';
  it('the 总 amount is not a part of the list before it', () => {
    expect(errors(text)).toEqual([]);
  });
  it('a part above its total is still an error', () => {
    expect(errors(text.replace('大豆产量6.2', '大豆产量9.2'))).toEqual([['subset', 9.2, 8.4]]);
  });
  it('a sibling without 总 still goes on the list', () => {
    expect(errors(text.replace('瓜果总产量31.7', '绿豆产量3.7'))).toEqual([['subset', 8.4, 9.9]]);
  });
});
