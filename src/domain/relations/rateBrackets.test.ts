// A completion rate after an amount whose 其中 part stands in a bracket (our own words, invented
// figures): the rate outside the bracket is of the amount, not of the part inside it.
import { describe, expect, it } from 'vitest';
import { errors, find } from '../../../test/helpers/relations.js';

const text = '执行中追加后，全区支出调整预算为1000万元。全区支出900万元（其中街道支出120万元），完成调整预算的90%，结转下年100万元。';

describe('a rate outside a bracket that holds a part', () => {
  it('is of the amount before the bracket: it holds', () => {
    expect(errors(text)).toEqual([]);
    expect(find(text, 'rate', 90)?.verdict).toBe('ok');
  });
  it('a wrong rate is an error', () => {
    expect(errors(text.replace('的90%', '的95%'))).toContainEqual(['rate', 95, 90]);
  });
  it('look-alike: the part in the bracket is never the numerator (12% would hold for it)', () => {
    expect(errors(text.replace('的90%', '的12%'))).toContainEqual(['rate', 12, 90]);
  });
});
