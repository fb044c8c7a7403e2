// Flattened tables read as tables (our own invented tables, in the shapes real ones arrive in):
// single-space rows under a two-line header, "|" rows broken at their empty cells, numbered and
// region hierarchies, change columns of two years.
import { describe, expect, it } from 'vitest';
import { relations, errors } from '../../../test/helpers/relations.js';
import { parseText } from '../../documents/import/structure.js';
import { columnNames } from './tableHeader.js';

const verdicts = (text: string, kind: string) =>
  relations(text)
    .filter((r) => r.kind === kind)
    .map((r) => r.verdict);

// a PDF's text: one space between cells, a header of two lines (增减 spans 增减额 | 增减率), a
// blank cell left out (经营收入 has only its 0), a label whose numbers are on the next line
const SPACED = [
  '某中心收支对比表',
  '单位:元',
  '项目 2022年 2023年 2023年比2022年增减',
  '增减额 增减率',
  '一、收支情况 (一) 收入合计 1,200.50 1,500.00 299.50 24.95%',
  '1. 拨款收入 1,000.00 1,250.00 250.00 25.00%',
  '2. 经营收入 0',
  '3. 其他收入 200.50 250.00 49.50 24.69%',
  '(二) 支出合计 900.00 870.00 -30.00 -3.33%',
  '1. 人员支出 600.00 640.00 40.00 6.67%',
  '2. 公用支出 300.00 230.00 -70.00 -23.33%',
  '二、人均费用',
  '45.5 50.05 4.55 10.00%',
].join('\n');

describe('a single-space table with a two-line header', () => {
  it('is read as a table: the merged header gives one name per column', () => {
    const t = parseText(SPACED).tables[0]!;
    expect(t.rows[0]).toEqual(['项目', '2022年', '2023年', '2023年比2022年增减']);
    expect(t.rows.at(-1)).toEqual(['二、人均费用', '45.5', '50.05', '4.55', '10.00%']);
    expect(columnNames(t, 2)).toEqual(['项目', '2022年', '2023年', '2023年比2022年增减·增减额', '2023年比2022年增减·增减率']);
  });
  it('totals over their numbered rows (the 增减额 column too, signs kept), 增减额 = 2023 − 2022, 增减率 = 增减额 ÷ 2022', () => {
    const rs = relations(SPACED);
    expect(rs.filter((r) => r.kind === 'tableTotal').map((r) => [r.verdict, r.stated, r.computed])).toEqual([
      ['ok', 1200.5, 1200.5],
      ['ok', 1500, 1500],
      ['ok', 299.5, 299.5],
      ['ok', 900, 900],
      ['ok', 870, 870],
      ['ok', -30, -30],
    ]);
    expect(rs.filter((r) => r.kind === 'difference').every((r) => r.verdict === 'ok')).toBe(true);
    expect(rs.filter((r) => r.kind === 'yoy').map((r) => r.verdict)).toEqual(['ok', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok']);
    expect(errors(SPACED)).toEqual([]);
  });
  it('a wrong cell breaks its column total and its row change', () => {
    expect(errors(SPACED.replace('1,000.00 1,250.00', '1,000.00 1,260.00'))).toEqual([
      ['tableTotal', 1500, 1510],
      ['difference', 250, 260],
    ]);
    expect(errors(SPACED.replace('-23.33%', '-32.33%'))).toEqual([['yoy', -32.33, -23.33]]);
  });
  it('a short row that is not all zero makes its columns unsure, never an error', () => {
    const doc = SPACED.replace('2. 经营收入 0', '2. 经营收入 10.00').replace('1,500.00 299.50', '1,500.00 309.50');
    expect(errors(doc).filter((e) => e[0] === 'tableTotal')).toEqual([]);
    expect(verdicts(doc, 'tableTotal')).toContain('unsure');
  });
  it('lines of prose with numbers are not a table', () => {
    const prose = '联系电话 0731 8888 6666\n办公地址 新城路 18 号\n邮编 410000 0731';
    expect(parseText(prose).tables).toEqual([]);
  });
});

// a web page: each empty cell printed as a line break, so a row runs over three lines
const broken = (cells: Record<string, [string, string, string, string, string, string]>) =>
  [
    '各地收支情况表',
    '单位:万元',
    '地区 | 收入 | 收入占比% | 支出 | ||||||',
    '本月 | 累计 | 为预算% | 增幅% | 本月 | 累计 | 为预算% | 增幅% | ||',
    ...Object.entries(cells).flatMap(([name, [a, b, c, d, e, f]]) => [`${name} | ${a} | ${b} |`, `| ${c} | 60.5 | ${d} | ${e} |`, `| ${f} |`]),
  ].join('\n');
const REGIONS = {
  全市: ['500', '1500', '-2.5', '800', '2400', '3.1'],
  市本级: ['200', '600', '1.2', '200', '600', '-4.0'],
  县区级: ['300', '900', '-4.6', '600', '1800', '5.8'],
  '区 级': ['200', '600', '2.0', '400', '1200', '6.1'],
  东湖区: ['120', '360', '3.3', '240', '720', '7.2'],
  西山区: ['80', '240', '0.4', '160', '480', '4.4'],
  '县 级': ['100', '300', '-15.2', '200', '600', '5.2'],
  青石县: ['50', '150', '-10.0', '100', '300', '8.0'],
  白水县: ['30', '90', '-20.1', '60', '180', '1.5'],
  红岭县: ['20', '60', '-18.0', '40', '120', '2.2'],
} as Record<string, [string, string, string, string, string, string]>;

describe('a region table whose rows are broken at empty cells', () => {
  const doc = broken(REGIONS);
  it('rows are joined back to the header width; the merged header names each column', () => {
    const t = parseText(doc).tables[0]!;
    expect(t.rows[2]).toEqual(['全市', '500', '1500', '', '-2.5', '60.5', '800', '2400', '', '3.1']);
    expect(t.rows).toHaveLength(12);
    expect(columnNames(t, 2)).toEqual([
      '地区',
      '收入·本月',
      '收入·累计',
      '收入·为预算%',
      '收入·增幅%',
      '收入占比%',
      '支出·本月',
      '支出·累计',
      '支出·为预算%',
      '支出·增幅%',
    ]);
  });
  it('each level is the sum of the one below it (全市 = 市本级 + 县区级, 县区级 = 区级 + 县级, 区级 = its 区), amounts only', () => {
    const rs = relations(doc).filter((r) => r.kind === 'tableTotal');
    expect(rs).toHaveLength(16);
    expect(rs.every((r) => r.verdict === 'ok')).toBe(true);
    expect(rs.find((r) => r.stated === 1500)!.parts.map((p) => p.value)).toEqual([600, 900]);
  });
  it('a wrong 区 figure is an error of 区级 only (the grand total is not summed over the leaves twice)', () => {
    const bad = { ...REGIONS, 西山区: ['80', '250', '0.4', '160', '480', '4.4'] } as typeof REGIONS;
    expect(errors(broken(bad))).toEqual([['tableTotal', 600, 610]]);
  });
  it('a wrong 县级 subtotal breaks both relations it is in', () => {
    const bad = { ...REGIONS, '县 级': ['100', '300', '-15.2', '210', '600', '5.2'] } as typeof REGIONS;
    expect(errors(broken(bad))).toEqual([
      ['tableTotal', 600, 610],
      ['tableTotal', 210, 200],
    ]);
  });
  it('a tree that fails more than it holds was misread: unsure, not errors', () => {
    const off = Object.fromEntries(Object.entries(REGIONS).map(([k, v], i) => [k, [String(Number(v[0]) + i), v[1], v[2], v[3], v[4], v[5]]])) as typeof REGIONS;
    const rs = relations(broken(off)).filter((r) => r.kind === 'tableTotal' && r.stated !== null && [500, 300, 200, 100].includes(r.stated));
    expect(rs.some((r) => r.verdict === 'error')).toBe(false);
  });
});

// one cell per line ("X |"), text columns (科目, 备注) between the amounts, a remark with ; in it
const perLine = (amounts: string[], total: string) =>
  [
    '资金分配表',
    '单位:万元',
    '乡镇',
    '金额',
    '支出科目',
    '备注',
    ...amounts.flatMap((a, i) => [['东坪乡', '西岭镇', '南塘村', '北湖村'][i]!, a, '2130505-道路', i === 3 ? '其中20万用于修路;10万元用于绿化;' : '']),
    '合 计',
    total,
    '',
    '',
  ]
    .map((c, k) => (k < 2 ? c : `${c} |`))
    .join('\n');

describe('a one-cell-per-line table with text columns', () => {
  it('is cut into rows of the header width', () => {
    const t = parseText(perLine(['40', '25.5', '60', '30'], '155.5')).tables[0]!;
    expect(t.rows[0]).toEqual(['乡镇', '金额', '支出科目', '备注']);
    expect(t.rows[4]).toEqual(['北湖村', '30', '2130505-道路', '其中20万用于修路;10万元用于绿化;']);
    expect(t.rows).toHaveLength(6);
  });
  it('its 合计 row is the sum of the rows above it', () => {
    expect(errors(perLine(['40', '25.5', '60', '30'], '155.5'))).toEqual([]);
    expect(verdicts(perLine(['40', '25.5', '60', '30'], '155.5'), 'tableTotal')).toEqual(['ok']);
    expect(errors(perLine(['40', '52.5', '60', '30'], '155.5'))).toEqual([['tableTotal', 155.5, 182.5]]);
  });
});

describe('groups closed by 小计 rows', () => {
  const doc = (a: string) =>
    [
      '项目 | 预算数 | 决算数',
      `甲项目 | 10 | ${a}`,
      '乙项目 | 20 | 18',
      '小计 | 30 | 26',
      '丙项目 | 5 | 5',
      '丁项目 | 15 | 14',
      '小 计 | 20 | 19',
      '合计 | 50 | 45',
      '以上为全年数。',
    ].join('\n');
  it('each 小计 is the sum of its group, 合计 the sum of the 小计 rows (not of every row above it)', () => {
    const rs = relations(doc('8')).filter((r) => r.kind === 'tableTotal');
    expect(rs.map((r) => [r.verdict, r.stated, r.computed])).toEqual([
      ['ok', 30, 30],
      ['ok', 26, 26],
      ['ok', 20, 20],
      ['ok', 19, 19],
      ['ok', 50, 50],
      ['ok', 45, 45],
    ]);
  });
  it('a wrong row breaks its own 小计 only', () => {
    expect(errors(doc('9'))).toEqual([['tableTotal', 26, 27]]);
  });
});

describe('a 合计 column over the columns it heads', () => {
  const doc = (x: string, head = '科目\t合计\t财政拨款\t其他资金') =>
    ['资金来源表（万元）', head, `办公经费\t120.5\t100\t${x}`, '培训经费\t45\t40\t5', '设备购置\t80\t80\t-', '以上为年度数。'].join('\n');
  it('each row: 合计 = 财政拨款 + 其他资金 (a dash is none)', () => {
    expect(verdicts(doc('20.5'), 'tableTotal')).toEqual(['ok', 'ok', 'ok']);
    expect(errors(doc('25.5'))).toEqual([['tableTotal', 120.5, 125.5]]);
  });
  it('a 其中 column is a part of a part: no relation', () => {
    expect(verdicts(doc('20.5', '科目\t合计\t财政拨款\t其中：专项'), 'tableTotal')).toEqual([]);
  });
  it('a column that fails on most rows was misread: unsure', () => {
    const off = ['科目\t合计\t数量\t单价', '办公桌\t1200\t4\t300', '椅子\t600\t6\t100', '柜子\t900\t3\t300'].join('\n');
    expect(errors(`设备明细\n${off}\n以上。`)).toEqual([]);
  });
});

describe('a tab-separated table', () => {
  it('keeps its empty cells (two tabs) and takes the line above as its header', () => {
    const t = parseText(['自评得分表', '一级指标\t二级指标\t分值\t得分', '产出指标\t数量指标\t60\t55', '执行率\t\t40\t38', '总分\t\t100\t93'].join('\n'))
      .tables[0]!;
    expect(t.rows).toEqual([
      ['一级指标', '二级指标', '分值', '得分'],
      ['产出指标', '数量指标', '60', '55'],
      ['执行率', '', '40', '38'],
      ['总分', '', '100', '93'],
    ]);
    expect(errors(['自评得分表', ...t.rows.map((r) => r.join('\t'))].join('\n'))).toEqual([]);
  });
});
