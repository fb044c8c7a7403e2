// A 合计 row on top of plain rows (决算 tables print the total first): the sum of the rows under it, and
// unsure wherever the rows may nest (a 款 under its 类, one child repeating its parent). Invented figures.
import { describe, expect, it } from 'vitest';
import { errors, ofKind } from '../../../test/helpers/relations.js';

const total = (text: string) => ofKind(text, 'tableTotal');
const table = (rows: string[]) => ['单位：万元', '项目 决算数', ...rows].join('\n');

describe('合计 first over plain rows', () => {
  it('the rows under it add up to it', () => {
    expect(total(table(['合计 260.00', '一般公共服务支出 110.00', '教育支出 90.00', '农林水支出 60.00']))).toEqual([['ok', 260, 260]]);
    expect(errors(table(['合计 260.00', '一般公共服务支出 110.00', '教育支出 95.00', '农林水支出 60.00']))).toContainEqual(['tableTotal', 260, 265]);
  });

  it('one cell a line, as a converter writes it', () => {
    const cells = (x: string) => ['项目', '决算数', '合计', '260.00', '一般公共服务支出', '110.00', '教育支出', x, '农林水支出', '60.00'].join('\n');
    expect(total(cells('90.00'))).toEqual([['ok', 260, 260]]);
    expect(total(cells('80.00'))).toEqual([['error', 260, 250]]);
  });

  it('rows that nest (a 款 that sums the rows after it) are unsure, not an error', () => {
    const t = table(['合计 260.00', '一般公共服务支出 110.00', '人大事务 110.00', '教育支出 150.00', '普通教育 90.00', '职业教育 60.00']);
    // the 类 rows known by name still add up (classRows.ts): only the plain reading is unsure
    expect(total(t).map((v) => v[0])).toEqual(['ok', 'unsure']);
    expect(errors(t)).toEqual([]);
  });

  it('a row repeated by the one after it (its only 款) may be its parent: unsure', () => {
    const t = table(['合计 260.00', '一般公共服务支出 110.00', '人大事务 110.00', '教育支出 150.00']);
    expect(errors(t)).toEqual([]);
  });

  it('look-alike: two breakdowns of the total (按收入性质分 / 按支出性质分) are not summed together', () => {
    const t = table(['合计 100.00', '按收入性质分 100.00', '按支出性质分 100.00']);
    expect(errors(t)).toEqual([]);
  });

  it('look-alike: 年度资金总额 first with rows that are not 其中 rows is not read this way', () => {
    const t = ['单位：万元', '项目 全年预算数 全年执行数', '年度资金总额 100 90', '财政拨款 100 90', '其他资金 100 90'].join('\n');
    expect(errors(t)).toEqual([]);
  });
});
