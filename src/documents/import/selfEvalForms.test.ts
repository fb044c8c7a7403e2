// 自评表 and 自评报告 as converters leave them (our own words, invented figures): titles the structure does
// not take, money rows glued into one run of digits, column letters (A)/(B) in the header.
import { describe, expect, it } from 'vitest';
import { coverTitle } from './cover.js';
import { importEvaluation } from './evaluation.js';
import { textToDocument } from './read.js';

const load = (text: string, year?: number) => importEvaluation(textToDocument(Buffer.from(text, 'utf8'), 'x.txt'), year ? { year } : {});
const line = (r: ReturnType<typeof load>, key: string) => r.draft.budgetLines.find((l) => l.key === key);

describe('coverTitle: the title of a 自评表 / 评价报告 with debris around it', () => {
  it.each([
    [
      [
        '某区水务中心部门整体支出绩效自评表(3).docx',
        '《某区水务中心部门整体支出绩效自评表(3).docx》由会员分享,可在线阅读',
        '1、某区水务中心部门整体支出绩效自评表(2025年度)单位名称某区水务中心',
      ],
      '某区水务中心部门整体支出绩效自评表（2025年度）',
    ],
    [['2025年度财政项目绩效自评表单位名称:某某医院填报日期:2026年3月2日项目名称'], '2025年度财政项目绩效自评表'],
    [['乡道养护项目绩效自评报告1', '一、项目基本情况'], '乡道养护项目绩效自评报告'],
    [['1、某县文化馆图书、期刊购置项目绩效自评报告一、项目概况某县文化馆…'], '某县文化馆图书、期刊购置项目绩效自评报告'],
    [['附件2某县2025年农机补贴专项资金绩效自评报告为了加强资金管理'], '某县2025年农机补贴专项资金绩效自评报告'],
    [['某镇道路维修项目绩效评价报告.pdf'], '某镇道路维修项目绩效评价报告'],
    [['项目支出绩效自评表 | | |', '(2025年度) | | |'], '项目支出绩效自评表（2025年度）'],
    [['某市2025年度残疾人帮扶专项资金绩效自评情况', '发布时间:2026-04-01'], '某市2025年度残疾人帮扶专项资金绩效自评情况'],
  ])('%j → %s', (lines, title) => {
    expect(coverTitle(lines)).toBe(title);
  });

  it.each([[['根据《关于开展2025年度绩效自评工作的通知》要求，现将情况报告如下']], [['某县2025年财政收支决算报告']], [['首页 > 通知公告', '某某事项的通知']]])(
    'no title in %j (a sentence, a report of no 绩效/自评)',
    (lines) => {
      expect(coverTitle(lines)).toBeNull();
    },
  );

  it('the title makes a project report: its 项目资金 goes to 年度资金总额, and the year comes from it', () => {
    const r = load(['村道修缮项目绩效自评报告1', '一、项目基本情况', '本项目年初预算资金48万元，全年实际支出46.5万元。'].join('\n'), 2025);
    expect(r.recognised.title).toBe('村道修缮项目绩效自评报告');
    expect(line(r, 'total')).toMatchObject({ initial: '48', executed: '46.5' });
  });
});

describe('a 自评表 whose cells were glued together', () => {
  const whole = [
    '某区水务中心部门整体支出绩效自评表(3).docx',
    '1、某区水务中心部门整体支出绩效自评表(2025年度)单位名称某区水务中心年度预算申请(万元)年初预算数全年预算数全年执行数分值执行率得分年度资金总额1375.421375.421375.4210100%10按收入性质分:1375.42按支出性质分:1375.42其中:一般公共预算:1375.42年度总体目标预期目标实际完成情况',
  ].join('\n');

  it('a row splits where its own 执行率 confirms one split (as many decimals each)', () => {
    const r = load(whole);
    expect(r.recognised.year).toBe(2025);
    expect(line(r, 'total')).toMatchObject({ initial: '1375.42', adjusted: '1375.42', executed: '1375.42' });
  });

  it('预算数(A) 执行数(B) 执行率(B/A): the 年度财政资金总额 row; a 99% row spends less than its budget', () => {
    const text =
      '2025年度财政项目绩效自评表单位名称:某某医院项目名称院区改造补助预算执行情况(万元)(20分)预算数(A)执行数(B)执行率(B/A)得分(20分*执行率)年度财政资金总额820812.299%19.8一级指标二级指标三级指标';
    // 820 | 812.2: amounts written with different decimals are not split (812.2/820 = 99.05% allows it, 8208 | 12.2 … not)
    expect(line(load(text), 'total')).toBeUndefined();
    expect(line(load(text.replace('820812.299%', '820.0812.299%')), 'total')).toMatchObject({ initial: '820', executed: '812.2' });
  });

  it('a row with no rate, or one its rate does not confirm, states nothing (look-alikes)', () => {
    const noRate = whole.replace('1375.421375.421375.4210100%10', '1375.421375.421375.42');
    expect(line(load(noRate), 'total')).toBeUndefined();
    const wrongRate = whole.replace('1375.421375.421375.4210100%10', '1375.421375.421300.101080%8');
    expect(line(load(wrongRate), 'total')).toBeUndefined();
  });

  it('1000|1000|100%, not 100010001|0|0%: nothing spent is read only when no other split holds', () => {
    const text = '2025年度财政项目绩效自评表预算执行情况(万元)预算数(A)执行数(B)执行率(B/A)得分年度财政资金总额10001000100%20一级指标';
    expect(line(load(text), 'total')).toMatchObject({ initial: '1000', executed: '1000' });
  });
});

describe('a 自评表 with (A)/(B) letters in its header', () => {
  it('全年预算数(A) and 全年执行数(B) are the 全年预算数 and 全年执行数 columns', () => {
    const text = [
      '项目支出绩效自评表 | | |',
      '(2025年度) | | |',
      '项目资金(万元) | 全年预算数(A) | 全年执行数(B) | 分值 | 执行率(B/A) | 得分',
      '年度资金总额: | 36.50 | 35.80 | 10 | 98% | 9.8',
      '其中:本年财政拨款 | 36.50 | 35.80 | 10 | 98% | 9.8',
    ].join('\n');
    const r = load(text);
    expect(line(r, 'total')).toMatchObject({ adjusted: '36.5', executed: '35.8' });
    expect(line(r, 'fiscal')).toMatchObject({ adjusted: '36.5', executed: '35.8' });
  });
});

describe('a project or fund report whose money is named its own way', () => {
  it('预算经费 / 项目资金总预算 of a project report are the 年度资金总额 年初预算数', () => {
    const a = load(['某县图书馆期刊订阅项目绩效自评报告', '一、项目概况', '预算经费4万元，用于期刊订阅。'].join('\n'), 2025);
    expect(line(a, 'total')).toMatchObject({ initial: '4' });
    const b = load(['某局科研项目绩效自评报告', '一、项目基本情况', '项目资金总预算为310.5万元，其中部门预算项目支出20.5万元。'].join('\n'), 2025);
    expect(line(b, 'total')).toMatchObject({ initial: '310.5' });
  });

  it("one fund's report: the 下达 total is the line's, each project's 安排资金 is listed as a part", () => {
    const text = [
      '某市2025年农村供水专项资金绩效自评报告',
      '一、资金下达情况',
      '2025年，市里下达我县农村供水专项资金1.2亿元，用于3个项目。',
      '二、项目情况',
      '（一）甲镇水厂改造项目。安排资金5000万元，主要用于管网改造。',
      '（二）乙镇水源保护项目。安排资金4000万元，主要用于水源地防护。',
    ].join('\n');
    const r = load(text, 2025);
    expect(line(r, 'total')).toMatchObject({ initial: '12000' });
    expect(r.unplaced.filter((u) => u.includes('某个项目的资金'))).toHaveLength(2);
  });

  it('the same project money in a project report (not a fund) is placed as before (look-alike)', () => {
    const r = load(['甲镇水厂改造项目绩效自评报告', '一、项目概况', '安排资金5000万元，主要用于管网改造。'].join('\n'), 2025);
    expect(line(r, 'total')).toMatchObject({ initial: '5000' });
  });
});

describe('a text that names no year in its title', () => {
  it('the year most amounts are stated for is its year: another year’s figure is listed, not placed', () => {
    const text = [
      '2025年某系统“三公”经费财政拨款预算36.5万元，其中公务接待费12.5万元，公务用车购置及运行费24万元。',
      '2024年“三公”经费财政拨款预算执行数为38.2万元。',
    ].join('\n');
    const r = load(text);
    expect(r.draft.threePublic.find((l) => l.item === 'total')).toEqual({ item: 'total', budget: '36.5', actual: null });
    expect(r.unplaced.find((u) => u.startsWith('38.2万元'))).toContain('上年或其他年度');
  });

  it('two years named as often as each other give no year: both stay candidates (look-alike)', () => {
    const text = ['2025年本单位基本支出120.5万元。', '2024年本单位基本支出118万元。'].join('\n');
    const r = load(text);
    expect(r.draft.budget.find((b) => b.budgetType === 'general')?.rows.basic?.expenditure ?? null).toBeNull();
  });

  it("共支出某某资金X，其中部门支出a: a part of a fund's money is not the unit's 本年支出", () => {
    const text = '2025年全县共支出涉农整合资金2150.5万元，其中：部门支出1020.3万元，乡镇支出1130.2万元。';
    const r = load(text, 2025);
    expect(r.draft.budget.find((b) => b.budgetType === 'general')?.rows.total?.expenditure ?? null).toBeNull();
    expect(r.unplaced.find((u) => u.startsWith('1020.3万元'))).toContain('不是单位的收支');
  });
});

describe('a 项目支出绩效自评表 flattened onto one line, money rows and indicators', () => {
  it('the money rows are read although the indicator rows share their line', () => {
    const text =
      '附件: 项目支出绩效自评表 (2025年度) 项目名称 档案数字化项目 项目资金 (万元) 年初预算数 全年预算数 全年执行数 分值 执行率 得分 年度资金总额: 64 62.5 61.8 10 98.88% 9.9 其中:本年财政拨款 64 62.5 61.8 上年结转资金 其他资金 年度总体目标 完成档案数字化 绩效指标 一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 产出指标 数量指标 扫描页数 ≥20万页 21万页 20 20 质量指标 合格率 ≥98% 99% 20 20 总分 100 98';
    const r = load(text);
    expect(r.recognised.title).toBe('项目支出绩效自评表（2025年度）');
    expect(line(r, 'total')).toMatchObject({ initial: '64', adjusted: '62.5', executed: '61.8' });
    expect(line(r, 'fiscal')).toMatchObject({ initial: '64', adjusted: '62.5', executed: '61.8' });
  });
});

describe('the 其他资金 row of a 自评表', () => {
  const text = [
    '某中心2025年度项目支出绩效自评表',
    '项目资金（万元） 年初预算数 全年预算数 全年执行数 分值 执行率 得分',
    '年度资金总额 150.00 160.00 152.00 10 95.00% 9.5',
    '其中：财政拨款 120.00 130.00 125.00 — — —',
    '上年结转资金 10.00 10.00 9.00 — — —',
    '其他资金 20.00 20.00 18.00 — — —',
    '年度总体目标 预期目标 实际完成情况',
  ].join('\n');
  it('goes to the 其他资金 line by its column; 上年结转资金 has no line and is listed', () => {
    const r = load(text);
    expect(line(r, 'total')).toMatchObject({ initial: '150', adjusted: '160', executed: '152' });
    expect(line(r, 'fiscal')).toMatchObject({ initial: '120', adjusted: '130', executed: '125' });
    expect(line(r, 'other')).toMatchObject({ initial: '20', adjusted: '20', executed: '18' });
    expect(r.unplaced.filter((u) => u.includes('上年结转资金'))).toHaveLength(3);
  });
});

describe('a glued 其中 row with no rate of its own', () => {
  const form = (fiscal: string) =>
    `2025年度部门整体支出绩效自评表年度预算申请(万元)年初预算数全年预算数全年执行数分值执行率得分年度资金总额830.60830.60822.301099%9.9其中:当年财政拨款${fiscal}其他资金年度总体目标`;
  it('is read when its digits are the amounts of the row above, written again', () => {
    expect(line(load(form('830.60830.60822.30')), 'fiscal')).toMatchObject({ initial: '830.6', adjusted: '830.6', executed: '822.3' });
  });
  it('is not read when they are other digits (no rate to confirm a split)', () => {
    const r = load(form('800.60800.60792.30'));
    expect(line(r, 'total')).toMatchObject({ executed: '822.3' });
    expect(line(r, 'fiscal')).toBeUndefined();
  });
});

it('a glued header with (万元) after each column reads the same', () => {
  const text =
    '2025年度财政项目绩效自评表项目名称病房改造年初预算数(万元)全年预算数(万元)全年执行数(万元)分值执行率得分年度资金总额300.00320.00310.401097.00%9.7年度总体目标';
  expect(line(load(text), 'total')).toMatchObject({ initial: '300', adjusted: '320', executed: '310.4' });
});

describe('a project named before its money; a text with no title but a project self-evaluation’s headings', () => {
  const body = [
    '一、绩效目标分解下达情况',
    '我县2025年乡村道路硬化项目计划投资860万元，新建道路12公里。',
    '二、项目资金情况',
    '1、项目资金到位情况分析。',
    '项目资金共860万元，已全部到位。',
    '2、项目资金执行情况分析。',
    '截至12月底，已完成拨付812.4万元，执行率94.47%。',
  ];
  it('reads as a project report: 计划投资 → 年初预算数, 已完成拨付 → 全年执行数', () => {
    const r = load(body.join('\n'), 2025);
    expect(line(r, 'total')).toMatchObject({ initial: '860', executed: '812.4' });
  });
  it('not when a heading speaks of the department (look-alike): the money is listed', () => {
    const r = load([...body, '三、部门整体支出情况'].join('\n'), 2025);
    expect(line(r, 'total')).toBeUndefined();
  });
  it('项目资金拨付情况 names a project self-evaluation too: 下达…资金 → 年初预算数, 已拨付资金 → 全年执行数', () => {
    const r = load(
      ['一、项目基本情况', '2025年下达财政补助资金120万元，用于某某种植补贴项目。', '二、项目资金拨付情况', '该项目已拨付资金116.5万元。'].join('\n'),
      2025,
    );
    expect(line(r, 'total')).toMatchObject({ initial: '120', executed: '116.5' });
  });
  it('look-alike: 资金拨付情况 without 项目 is no project report', () => {
    const r = load(['一、基本情况', '2025年下达财政补助资金120万元，用于某某种植补贴。', '二、资金拨付情况', '已拨付资金116.5万元。'].join('\n'), 2025);
    expect(line(r, 'total')).toBeUndefined();
  });
  it('a 其中 part naming a sub-project is not the project’s money', () => {
    const r = load(
      ['某县供水改造项目绩效自评报告', '一、项目概况', '项目总投资1000万元，其中A片区子项目投资300万元，B片区子项目投资700万元。'].join('\n'),
      2025,
    );
    expect(line(r, 'total')).toMatchObject({ initial: '1000' });
  });
});
