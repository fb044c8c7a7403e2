import { describe, expect, it } from 'vitest';
import { labelledChanges } from './auditChanges.js';

describe('audit changes in words', () => {
  it('a status change, in Chinese status names', () => {
    expect(labelledChanges({ status: 'submitted' }, { status: 'returned' })).toEqual([{ path: 'status', label: '状态', before: '已提交', after: '已退回' }]);
  });

  it('a review comment resolved: unchanged fields are left out, new ones shown', () => {
    expect(
      labelledChanges(
        { comment: '3', anchorLabel: '预算执行 · 一般公共预算 · 基本支出 · 本年支出', status: 'open' },
        { comment: '3', anchorLabel: '预算执行 · 一般公共预算 · 基本支出 · 本年支出', status: 'resolved', text: '已核对' },
      ),
    ).toEqual([
      { path: 'status', label: '状态', before: '待解决', after: '已解决' },
      { path: 'text', label: '内容', before: null, after: '已核对' },
    ]);
  });

  it('booleans, grants and nested records', () => {
    const changes = labelledChanges(
      { displayName: '张三', disabled: false, grants: [{ role: 'filler', unitId: '7' }] },
      { displayName: '张三', disabled: true, grants: [{ role: 'reviewer', unitId: '7' }] },
    );
    expect(changes).toEqual([
      { path: 'disabled', label: '已停用', before: '否', after: '是' },
      { path: 'grants', label: '权限', before: '角色 填报人，单位 7', after: '角色 审核人，单位 7' },
    ]);
    expect(labelledChanges(null, { dueDate: '2023-07-31' })).toEqual([{ path: 'dueDate', label: '截止日期', before: null, after: '2023-07-31' }]);
    expect(labelledChanges({ a: { b: 1 } }, { a: { b: 2 } })).toEqual([{ path: 'a.b', label: 'a · b', before: '1', after: '2' }]);
  });
});
