// Two-sided 收入支出总表 (as a document table and flattened onto one line) and head rows the lexicon
// recognises without numbering (our own invented tables and figures).
import { describe, expect, it } from 'vitest';
import { relations } from '../../../test/helpers/relations.js';
import { parseText } from '../../documents/import/structure.js';

const errors = (text: string) =>
  relations(text)
    .filter((r) => r.verdict === 'error')
    .map((r) => [r.stated, r.computed]);
const verdicts = (text: string) => relations(text).map((r) => [r.verdict, r.stated, r.computed]);

const piped = (incomeTotal: string, spendingTotal: string, grand = '266') =>
  [
    '收入支出决算总表',
    '单位:万元',
    '项目 | 行次 | 金额 | 项目 | 行次 | 金额',
    '一、财政拨款收入 | 1 | 200 | 一、一般公共服务支出 | 7 | 150',
    '二、事业收入 | 2 | 50 | 二、教育支出 | 8 | 80',
    '本年收入合计 | 3 | 250 | 本年支出合计 | 9 | ' + spendingTotal,
    '年初结转和结余 | 4 | 16 | 年末结转和结余 | 10 | 36',
    `收入总计 | 5 | ${incomeTotal} | 支出总计 | 11 | ${grand}`,
  ].join('\n');

const flat = (a: string, b: string, grandOut: string) =>
  `本单位收支总体情况如下：单位：万元 项目 金额 项目 金额 一般公共预算财政拨款收入 ${a} 一般公共服务支出 210.00 事业收入 30.00 科学技术支出 100.00 ` +
  `本年收入合计 330.00 本年支出合计 ${b} 年初结转和结余 20.00 年末结转和结余 40.00 收入总计 350.00 支出总计 ${grandOut} 收支平衡。`;

describe('two-sided 收支总表', () => {
  it('收入总计 = 本年收入合计 + 年初结转和结余, 支出总计 the same on its side, and both equal', () => {
    expect(errors(piped('266', '230'))).toEqual([]);
    expect(verdicts(piped('266', '230'))).toContainEqual(['ok', 266, 266]);
    // 收入总计 written 276: its own sum and the equality with 支出总计 fail
    expect(errors(piped('276', '230'))).toEqual([
      [276, 266],
      [266, 276],
    ]);
    // the 行次 column is never summed
    expect(verdicts(piped('266', '230')).some(([, s]) => s === 3 || s === 5)).toBe(false);
  });

  it('a row between the 合计 and the 总计 that is not a carry-over term leaves the sum unsure', () => {
    const text = piped('276', '230').replace('年初结转和结余 | 4 | 16', '其他调整 | 4 | 16');
    expect(verdicts(text)).toContainEqual(['unsure', 276, 266]);
  });

  it('flattened onto one line with prose around it: the sides are paired and each column checked', () => {
    expect(errors(flat('300.00', '310.00', '350.00'))).toEqual([]);
    expect(errors(flat('290.00', '310.00', '350.00'))).toEqual([[330, 320]]);
    expect(errors(flat('300.00', '300.00', '350.00'))).toContainEqual([300, 310]);
    expect(errors(flat('300.00', '310.00', '360.00'))).toContainEqual([360, 350]);
  });

  it('look-alikes: income rows then spending rows (one turn) are not paired; dates and 文号 make no rows', () => {
    const seq = '单位：万元 项目 决算数 财政拨款收入 90.00 事业收入 10.00 本年收入合计 100.00 基本支出 70.00 项目支出 30.00 本年支出合计 100.00';
    expect(errors(seq)).toEqual([]);
    const doc = parseText(seq);
    expect(doc.tables[0]!.rows[0]).toEqual(['项目', '决算数']);
    expect(errors(`${flat('300.00', '310.00', '350.00')} 发布日期 2024 09 26 文号 2024 12`)).toEqual([]);
  });
});

describe('head rows without numbering', () => {
  const rows = (staff: string) =>
    `单位：万元 项目 预算数 决算数 基本支出 200.00 196.00 人员经费 150.00 ${staff} 公用经费 50.00 48.00 项目支出 80.00 70.00 合计 280.00 266.00 以上为全年支出。`;
  it('基本支出 over 人员经费 and 公用经费 (the lexicon), then 项目支出: the 合计 is the sum of the heads', () => {
    expect(errors(rows('148.00'))).toEqual([]);
    expect(errors(rows('138.00'))).toEqual([[196, 186]]);
  });

  it('one head over its own rows: the 合计 is that head', () => {
    const one = (x: string) => `单位：万元 项目 决算数 基本支出 150.00 人员经费 120.00 公用经费 30.00 合计 ${x}`;
    expect(errors(one('150.00'))).toEqual([]);
    expect(errors(one('160.00'))).toEqual([[160, 150]]);
  });

  it('the same as a document table, and the economic rows under 基本支出 are not read as 项目支出’s', () => {
    const doc = (x: string) =>
      [
        '单位:万元',
        '项目 | 上年决算数 | 本年决算数',
        '基本支出 | 120 | 130',
        '工资福利支出 | 90 | 100',
        `商品和服务支出 | 25 | ${x}`,
        '对个人和家庭的补助 | 5 | 6',
        '项目支出 | 40 | 50',
        '合计 | 160 | 180',
      ].join('\n');
    expect(errors(doc('24'))).toEqual([]);
    expect(errors(doc('22'))).toEqual([[130, 128]]);
  });
});

describe('科目编码 in a flattened table', () => {
  const flat = (x: string, tail = '') =>
    `单位：万元 科目编码 科目名称 决算数 208 社会保障和就业支出 90.00 20805 行政事业单位养老支出 90.00 2080505 机关事业单位基本养老保险缴费支出 60.00 2080506 机关事业单位职业年金缴费支出 ${x} 合计 90.00${tail}`;
  it('each row’s code is read before its name: a parent is the sum of its sub-accounts', () => {
    const t = parseText(flat('30.00')).tables[0]!;
    expect(t.rows[0]).toEqual(['科目编码', '项目', '决算数']);
    expect(t.rows.map((r) => r[0])).toEqual(['科目编码', '208', '20805', '2080505', '2080506', '']);
    expect(errors(flat('30.00'))).toEqual([]);
    expect(errors(flat('20.00'))).toEqual([[90, 80]]);
  });

  it('look-alikes: a total of 3 digits before prose is an amount, not a code; no code header, no codes', () => {
    const t = parseText('单位：万元 科目编码 科目名称 决算数 201 一般公共服务支出 180 20101 人大事务 180 合计 180 上述支出用于机关运转。').tables[0]!;
    expect(t.rows[t.rows.length - 1]).toEqual(['', '合计', '180']);
    const plain = parseText('单位：万元 项目 决算数 办公费 120 印刷费 230 合计 350').tables[0]!;
    expect(plain.rows).toEqual([
      ['项目', '决算数'],
      ['办公费', '120'],
      ['印刷费', '230'],
      ['合计', '350'],
    ]);
  });
});

describe('the foot of a 收支总表 with the parts of 年末结转和结余 listed', () => {
  it('基本支出结转 and 项目支出结转和结余 under 年末结转和结余 are not added again: a mismatch is unsure', () => {
    const text = [
      '单位:万元',
      '项目 | 金额 | 项目 | 金额',
      '财政拨款收入 | 300 | 一般公共服务支出 | 280',
      '本年收入合计 | 300 | 本年支出合计 | 280',
      '年初结转和结余 | 10 | 年末结转和结余 | 30',
      '— | — | 基本支出结转 | 10',
      '— | — | 项目支出结转和结余 | 20',
      '收入总计 | 310 | 支出总计 | 310',
    ].join('\n');
    expect(errors(text)).toEqual([]);
    expect(verdicts(text)).toContainEqual(['unsure', 310, 340]);
    expect(verdicts(text)).toContainEqual(['ok', 310, 310]);
  });
});

describe('classification columns named right after 项目 in a flattened table', () => {
  const flat = (x: string) => `单位：万元 项目 合计 基本支出 项目支出 一般公共服务支出 150.00 110.00 40.00 教育支出 ${x} 20.00 30.00 以上为按功能分类的支出。`;
  it('合计 基本支出 项目支出 are columns: each row’s 合计 is the sum of the two', () => {
    expect(parseText(flat('50.00')).tables[0]!.rows[0]).toEqual(['项目', '合计', '基本支出', '项目支出']);
    expect(errors(flat('50.00'))).toEqual([]);
    expect(errors(flat('55.00'))).toEqual([[55, 50]]);
  });

  it('look-alike: 合计 after an amount column is the label of a row', () => {
    const t = parseText('单位：万元 项目 决算数 合计 80.00 基本支出 50.00 项目支出 30.00').tables[0]!;
    expect(t.rows.map((r) => r[0])).toEqual(['项目', '合计', '基本支出', '项目支出']);
  });
});

describe('rows that nest without numbering or lexicon parts', () => {
  const doc = (rows: string[]) => ['单位:万元', '项目 | 决算数', ...rows].join('\n');
  it('a generic name over specific ones of the same concept: the 合计 of all rows is unsure', () => {
    const rows = ['财政拨款收入 | 400', '一般公共预算财政拨款 | 370', '政府性基金预算财政拨款 | 20', '事业收入 | 50', '合计 | 450'];
    expect(errors(doc(rows))).toEqual([]);
    expect(verdicts(doc(rows))).toContainEqual(['unsure', 450, 840]);
  });

  it('a row that is the sum of the rows right after it: unsure; plain rows keep their error', () => {
    expect(errors(doc(['医疗卫生 | 100', '公立医院 | 60', '基层医疗 | 40', '文化旅游 | 50', '合计 | 150']))).toEqual([]);
    expect(errors(doc(['甲类 | 100', '乙类 | 60', '丙类 | 30', '合计 | 180']))).toEqual([[180, 190]]);
  });
});

describe('a 合计 first over 其中 rows that list parts of parts', () => {
  const doc = (x: string) =>
    [
      '单位:万元',
      '项目 | 预算数 | 决算数',
      `合计 | 100 | ${x}`,
      '其中：基本支出 | 60 | 58',
      '项目支出 | 40 | 37',
      '人员经费 | 45 | 44',
      '公用经费 | 15 | 14',
    ].join('\n');
  it('人员经费 and 公用经费 inside 基本支出 are not added again', () => {
    expect(errors(doc('95'))).toEqual([]);
    expect(errors(doc('97'))).toEqual([[97, 95]]);
  });
});

describe('a flattened 收支总表 whose sides cannot all be told apart', () => {
  it('the parts of 年末结转和结余 go on the 支出 side; an unknown label leaves the totals unsure', () => {
    const flat = (label: string) =>
      `单位：万元 项目 金额 项目 金额 财政拨款收入 300.00 一般公共服务支出 200.00 事业收入 20.00 教育支出 100.00 本年收入合计 320.00 本年支出合计 300.00 ` +
      `年初结转和结余 10.00 年末结转和结余 30.00 ${label} 30.00 收入总计 330.00 支出总计 330.00`;
    const paired = parseText(flat('基本支出结转')).tables[0]!;
    expect(paired.rows[0]).toEqual(['项目', '金额', '项目', '金额']);
    expect(errors(flat('基本支出结转'))).toEqual([]);
    const unknown = parseText(flat('某某调整')).tables[0]!;
    expect(unknown.tight).toBe(false);
    expect(errors(flat('某某调整'))).toEqual([]);
  });
});
