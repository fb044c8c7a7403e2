// The gap between a target and what was done (our sentences, invented figures).
import { describe, expect, it } from 'vitest';
import { errors, ofKind } from '../../../test/helpers/relations.js';

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

describe('超收 / 短收 against the budget', () => {
  const text = '全县一般公共预算收入调整预算数为36000万元，实际完成34850万元，完成调整预算的96.81%，短收1150万元。';
  it('短收 = budget − done, with a rate between', () => {
    expect(errors(text)).toEqual([]);
    expect(errors(text.replace('短收1150', '短收1250'))).toContainEqual(['difference', 1250, 1150]);
    const over = '全县非税收入预算数为8000万元，实际完成8420万元，超收420万元。';
    expect(errors(over)).toEqual([]);
    expect(errors(over.replace('8420', '8520'))).toContainEqual(['difference', 420, 520]);
    // the direction word disagreeing with the figures
    expect(errors(over.replace('超收420', '短收420'))).toHaveLength(1);
  });
  it('超收 with no budget figure before it compares nothing', () => {
    expect(errors('全县非税收入完成8420万元，比上年增加600万元，超收420万元。')).toEqual([]);
  });
});
