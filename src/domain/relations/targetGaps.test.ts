// The gap between a target and what was done (our sentences, invented figures).
import { describe, expect, it } from 'vitest';
import { ofKind } from '../../../test/helpers/relations.js';

const gaps = (text: string) => ofKind(text, 'difference');

describe('实际 − 目标 = the gap the sentence states', () => {
  it('a count over its plan', () => {
    expect(gaps('计划开展义诊40场，实际开展46场，超出计划6场。')).toEqual([['ok', 6, 6]]);
    expect(gaps('计划开展义诊40场，实际开展46场，超出计划8场。')).toEqual([['error', 8, 6]]);
  });
  it('a rate against its target, in 个百分点', () => {
    expect(gaps('验收合格率目标值为90%，实际完成值为96.5%，高于目标值6.5个百分点。')).toEqual([['ok', 6.5, 6.5]]);
    expect(gaps('验收合格率目标值为90%，实际完成值为96.5%，高于目标值7.5个百分点。')).toEqual([['error', 7.5, 6.5]]);
  });
  it('a shortfall: the direction must agree', () => {
    expect(gaps('计划改造农房120户，实际完成112户，较计划少8户。')).toEqual([['ok', 8, 8]]);
    expect(gaps('计划改造农房120户，实际完成128户，较计划少8户。').map((r) => r[0])).toEqual(['error']);
  });
});

describe('look-alikes relate nothing', () => {
  it('a gap to last year, not to the plan', () => {
    expect(gaps('计划开展义诊40场，实际开展46场，比上年多6场。').filter((r) => r[0] === 'error')).toEqual([]);
  });
  it('units that differ', () => {
    expect(gaps('计划开展义诊40场，实际服务46人次，超出计划8场。')).toEqual([]);
  });
});
