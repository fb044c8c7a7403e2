// Items of a list each stating a share of one named whole (our own words, invented figures): an item whose
// share of that whole would be above 100% is an error when another item's share holds against the same
// figure; alone, or confirmed only by a nil item, it stays unsure (the name may be bound to the wrong figure) — unless the
// share holds once the part's decimal point moves back one place (a decimal slip, decimalSlips.ts).
import { describe, expect, it } from 'vitest';
import { errors, find } from '../../../test/helpers/relations.js';

const text = [
  '2024年部门采购预算24000元。',
  '按采购项目类型划分，货物类采购15000元，占部门采购预算62.5%；工程类采购0元，占部门采购预算0%；服务类采购9000元，占部门采购预算37.5%。',
].join('\n');

describe('a share above 100% of a whole the list’s other shares confirm', () => {
  it('the list holds', () => {
    expect(errors(text)).toEqual([]);
    expect(find(text, 'share', 62.5)?.verdict).toBe('ok');
  });
  it('an item ten times too large is an error', () => {
    expect(errors(text.replace('15000元', '150000元'))).toContainEqual(['share', 62.5, 625]);
  });
  // 151000 is no decimal slip of a figure that would hold (15100 gives 62.9%): nothing but a sibling could confirm it
  it('confirmed only by a nil item, or by none, it stays unsure', () => {
    const nil = text.replace('15000元', '151000元').replace('9000元，占部门采购预算37.5%', '9000元');
    expect(errors(nil)).toEqual([]);
    expect(find(nil, 'share', 62.5)?.verdict).toBe('unsure');
    const alone = '2024年部门采购预算24000元。\n货物类采购151000元，占部门采购预算62.5%。';
    expect(errors(alone)).toEqual([]);
  });
  it('alone, a part whose share holds once its point moves back is a decimal slip: an error (decimalSlips.ts)', () => {
    const alone = '2024年部门采购预算24000元。\n货物类采购150000元，占部门采购预算62.5%。';
    expect(errors(alone)).toContainEqual(['share', 62.5, 625]);
  });
});
