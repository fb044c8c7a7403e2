// 占总支出的p% where the total is written "总支出安排N" / "支出总计安排N" (invented figures).
import { describe, expect, it } from 'vitest';
import { errors, ofKind } from '../../../test/helpers/relations.js';

const text = (total: string, share: string) =>
  `2032年本部门${total}860.00万元，比上年增加60.00万元。\n按支出性质分，基本支出620.00万元，占总支出的${share}，主要用于人员工资。`;

describe('a total written with 安排', () => {
  it('总支出安排 and 支出总计安排 are the 总支出 a share names: ok', () => {
    expect(ofKind(text('总支出安排', '72.09%'), 'share')).toEqual([['ok', 72.09, 72.09]]);
    expect(ofKind(text('支出总计安排', '72.09%'), 'share')).toEqual([['ok', 72.09, 72.09]]);
  });
  it('a wrong share of it: an error', () => {
    expect(errors(text('总支出安排', '78.09%'))).toEqual([['share', 78.09, 72.09]]);
  });
  it('a part arranged (教育支出安排), or 预算安排: no total of the share', () => {
    expect(errors('2032年教育支出安排120.00万元，占总支出的15.00%。')).toEqual([]);
    expect(errors(text('总支出预算安排', '78.09%').replace('总支出预算安排', '项目预算安排'))).toEqual([]);
  });
});
