// "项目 | 2016年预算数 | 上年完成数 | 比上年增减额 | 比上年增减%": the column named by a year beside the 上年 one is
// the current one (changeColumns.ts). Invented figures.
import { describe, expect, it } from 'vitest';
import { errors, rel } from '../../../test/helpers/relations.js';

const table = (rows: string[], header = '项目 | 2024年预算数 | 上年完成数 | 比上年增减额 | 比上年增减% | 备注 |') =>
  ['单位:万元 | |||||', header, ...rows].join('\n');
const ROWS = ['一、税收收入 | 18420 | 16850 | 1570 | 9.32 | |', '二、非税收入 | 5230 | 5410 | -180 | -3.33 | |'];

describe('a year column beside a 上年 column', () => {
  it('增减额 = the year column − the 上年 column, 增减% = 增减额 ÷ 上年: ok', () => {
    const rs = rel(table(ROWS), ['difference', 'yoy']);
    expect(rs.length).toBe(4);
    expect(rs.every((r) => r[1] === 'ok')).toBe(true);
  });
  it('a wrong rate cell: an error', () => {
    expect(errors(table([ROWS[0]!.replace('9.32', '9.82'), ROWS[1]!]))).toHaveLength(1);
  });
  it('a wrong change cell: an error', () => {
    expect(errors(table([ROWS[0]!.replace('1570', '1750'), ROWS[1]!])).length).toBeGreaterThan(0);
  });
  it('look-alike: the only year column is a share (2024年占比%), no amount of the year: nothing read', () => {
    const header = '项目 | 上年完成数 | 2024年占比% | 比上年增减额 | 比上年增减% |';
    const rows = ['一、税收收入 | 16850 | 77.9 | 1570 | 9.32 |'];
    expect(rel(table(rows, header), ['difference', 'yoy'])).toEqual([]);
  });
});
