// Round 13: completion rates of a list of items, one sentence each (our own sentences, invented figures).
// A rate whose own item states no target must not borrow the target of an item before it, which has
// its own rate already.
import { describe, expect, it } from 'vitest';
import { errors, ofKind } from '../../../test/helpers/relations.js';

const items =
  '一是培训类项目，即“乡村”教师计划培训补助合计40万元，已于本年度支出40万元，预算完成率100%。' +
  '二是建设类项目，即校舍维修等合计850.6万元，已于本年度支出850.6万元，预算完成率100%。' +
  '三是资助类项目，即学生资助经费合计312.25万元，于本年度支出312.25万元，预算完成率100%。';

describe('completion rates of items listed sentence by sentence', () => {
  it('the later items do not take the first item’s target: no error', () => {
    expect(errors(items)).toEqual([]);
  });
  it('the first item’s own rate is still checked, and a wrong one is an error', () => {
    expect(ofKind(items, 'rate')).toContainEqual(['ok', 100, 100]);
    expect(errors(items.replace('支出40万元，预算完成率100%', '支出30万元，预算完成率100%'))).toEqual([['rate', 100, 75]]);
  });
  it('one item, target sentences before its rate and no other rate between: still bound and checked', () => {
    const one = '全年培训计划投入40万元。截至年底，已完成支出30万元。预算完成率100%。';
    expect(errors(one)).toEqual([['rate', 100, 75]]);
  });
});
