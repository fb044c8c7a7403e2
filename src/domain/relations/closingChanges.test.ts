// A list of changes that ends with the change of the rest (其他…) is all of the total's change (our own
// words, invented figures); without such a last item a list of changes is only some of them.
import { describe, expect, it } from 'vitest';
import { errors, ofKind } from '../../../test/helpers/relations.js';

const text = '2023年总支出860.00万元，相比上年的808.00万元增加52.00万元。其中，设备购置支出增加30.00万元，培训费用减少8.00万元，其他支出增加30.00万元。';

describe('其中，A增加a，B减少b，其他支出增加c', () => {
  it('the changes add up to the total’s change', () => {
    expect(ofKind(text, 'changeSum')).toEqual([['ok', 52, 52]]);
    expect(errors(text)).toEqual([]);
  });
  it('a change of the list that makes another total is an error', () => {
    expect(errors(text.replace('其他支出增加30.00', '其他支出增加35.00'))).toEqual([['changeSum', 52, 57]]);
  });
  it('a rest that the lexicon reads as nested in an item before is no longer last: not all of them', () => {
    const t = text.replace('设备购置支出', '项目支出').replace('其他支出增加30.00', '其他支出增加35.00');
    expect(errors(t)).toEqual([]);
  });
  it('look-alike: no rest closes the list, so more than the total is no error', () => {
    const t = text.replace('其他支出增加30.00', '会议费用增加40.00');
    expect(ofKind(t, 'changeSum').map((r) => r[0])).not.toContain('error');
    expect(errors(t)).toEqual([]);
  });
});
