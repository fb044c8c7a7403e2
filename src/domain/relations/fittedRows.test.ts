// A group row over the rows below it, learned from its amount columns (our own tables, invented figures).
import { describe, expect, it } from 'vitest';
import { relations } from '../../../test/helpers/relations.js';

const fitted = (text: string) =>
  relations(text)
    .filter((r) => r.reasonEn.startsWith('the row is the sum of the'))
    .map((r) => [r.verdict, r.stated, r.computed]);

// three years side by side, group rows each followed by their items, no 其中 and no codes
const table = (x: string) =>
  [
    '单位：元',
    '项目 | 2029年 | 2030年 | 2031年',
    '管理支出 | 1,250,400 | 1,318,600 | 1,402,250',
    '人员费 | 820,100 | 860,300 | 901,450',
    '业务费 | 310,200 | 335,900 | 370,600',
    '维护费 | 120,100 | 122,400 | 130,200',
    '教学支出 | 5,604,300 | 5,911,800 | 6,210,900',
    '人员费 | 3,402,100 | 3,560,700 | 3,720,300',
    `业务费 | ${x} | 1,788,600 | 1,901,400`,
    '设备费 | 501,100 | 562,500 | 589,200',
  ].join('\n');

describe('a group row learned from its amount columns', () => {
  it('ok: each group row is the sum of its items in every column', () => {
    const v = fitted(table('1,701,100'));
    expect(v).toHaveLength(6);
    expect(v.every((x) => x[0] === 'ok')).toBe(true);
  });
  it('error: an item changed in one column, the other columns still add up', () => {
    expect(fitted(table('1,710,100'))).toContainEqual(['error', 5604300, 5613300]);
  });
  it('look-alike: rows that add up in one column only are not a group', () => {
    const t = ['单位：元', '项目 | 2030年 | 2031年', '甲 | 300 | 410', '乙 | 100 | 150', '丙 | 200 | 220', '丁 | 90 | 95'].join('\n');
    expect(fitted(t)).toEqual([]);
  });
  it('look-alike: a 合计 row is read by the table rules, not learned', () => {
    const t = ['单位：元', '项目 | 2030年 | 2031年', '合计 | 300 | 400', '甲 | 100 | 150', '乙 | 200 | 250'].join('\n');
    expect(fitted(t)).toEqual([]);
  });
});
