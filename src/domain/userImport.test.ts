import { describe, expect, it } from 'vitest';
import { readUserRows } from './userImport.js';

describe('readUserRows', () => {
  const header = ['用户名', '姓名', '角色', '单位'];
  it('reads each row, role words in Chinese or English, admin without a unit', () => {
    const r = readUserRows([header, ['wg01', '李四', '填报人', '武冈市妇联'], ['sy01', '王五', 'reviewer', '430500'], ['root2', '管理员乙', '管理员', '']]);
    expect(r.problems).toEqual([]);
    expect(r.rows).toEqual([
      { line: 2, username: 'wg01', displayName: '李四', role: 'filler', unit: '武冈市妇联' },
      { line: 3, username: 'sy01', displayName: '王五', role: 'reviewer', unit: '430500' },
      { line: 4, username: 'root2', displayName: '管理员乙', role: 'admin', unit: null },
    ]);
  });
  it('finds the columns in any order, English headers too', () => {
    const r = readUserRows([
      ['Unit', 'Role', 'Name', 'Username'],
      ['武冈市妇联', 'filler', 'Li', 'li.si'],
    ]);
    expect(r.rows[0]).toMatchObject({ username: 'li.si', displayName: 'Li', role: 'filler', unit: '武冈市妇联' });
  });
  it('names every problem by line: unknown role, missing unit, bad username, duplicate (any case)', () => {
    const r = readUserRows([
      header,
      ['a b', '甲', '填报人', '武冈市妇联'],
      ['wg02', '乙', '领导', 'x'],
      ['wg03', '丙', '审核人', ''],
      ['WG04', '丁', '财政', 'x'],
      ['wg04', '戊', '财政', 'x'],
    ]);
    expect(r.problems.map((p) => [p.line, p.message.split(' / ')[0]!.split('（')[0]])).toEqual([
      [2, '用户名须为 2–50 个英文字母、数字、汉字或 . _ @ - ·'],
      [3, '未知角色'],
      [4, '须填写单位'],
      [6, '用户名与第 5 行重复'],
    ]);
    expect(r.rows.map((x) => x.line)).toEqual([5]);
  });
  it('refuses a file without the four columns, or without rows', () => {
    expect(readUserRows([['用户名', '姓名']]).problems[0]!.message).toContain('missing columns: role, unit');
    expect(readUserRows([header]).problems).toEqual([{ line: 2, message: '没有用户行 / no user rows' }]);
    expect(readUserRows([]).problems[0]!.message).toContain('empty');
  });
});
