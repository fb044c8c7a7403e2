// A 其中 list of changes against the budget under a total that states its change against the budget and against
// last year (our sentences, invented figures): the parts add up to the change of their own basis, or to nothing.
import { describe, expect, it } from 'vitest';
import { errors, ofKind } from '../../../test/helpers/relations.js';

describe('the parts’ changes are compared with the total’s change of the same basis', () => {
  const text =
    '本年度“三公”经费支出决算24.00万元，比预算减少3.00万元，比上年增加2.50万元，其中：公务接待费比预算减少1.20万元，公务用车运行维护费比预算减少1.80万元。';
  it('changes against the budget add up to the change against the budget (not the one on last year)', () => {
    expect(errors(text)).toEqual([]);
    expect(ofKind(text, 'changeSum')).toEqual([['ok', 3, 3]]);
  });
  it('parts that do not add up to it are an error', () => {
    expect(errors(text.replace('维护费比预算减少1.80万元', '维护费比预算减少2.40万元'))).toEqual([['changeSum', 3, 3.6]]);
  });
  it('with no change against the budget stated for the total, nothing is compared', () => {
    const t = text.replace('比预算减少3.00万元，', '');
    expect(errors(t)).toEqual([]);
    expect(ofKind(t, 'changeSum')).toEqual([]);
  });
  it('parts of the same basis as the total are compared as before (look-alike)', () => {
    const t = '本年度“三公”经费支出决算24.00万元，比上年增加2.50万元，其中：公务接待费比上年增加0.70万元，公务用车运行维护费比上年增加1.80万元。';
    expect(ofKind(t, 'changeSum')).toEqual([['ok', 2.5, 2.5]]);
    expect(errors(t.replace('增加1.80万元', '增加2.30万元'))).toEqual([['changeSum', 2.5, 3]]);
  });
});
