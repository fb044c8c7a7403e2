// A project report's money under any heading, 安排…支出A，年初预算为B (A spent, B the budget), and a year
// between a 三公 item and 预算 (our own sentences, invented figures).
import { describe, expect, it } from 'vitest';
import { importEvaluation } from './evaluation.js';
import { parseText } from './structure.js';

const load = (title: string, heading: string, ...lines: string[]) =>
  importEvaluation(parseText([title, heading, ...lines].join('\n')), { year: Number(/(20\d\d)年/.exec(title)![1]) });
const cellOf = (r: ReturnType<typeof load>, text: string) => r.recognised.placed.filter((p) => p.text === text).map((p) => `${p.cell}=${p.value}`);
const reasonOf = (r: ReturnType<typeof load>, text: string) => r.unplaced.filter((u) => u.startsWith(`${text} — `)).map((u) => u.split(' — ')[1]);
const PROJECT = '2024年度某某河道清淤项目支出绩效自评报告';
const FINAL = '2024年度某某所部门决算';

describe('a project report’s money goes to the 年度资金总额 line under any heading', () => {
  it('项目计划投资X，实际完成投资Y under 项目绩效实现情况', () => {
    const r = load(PROJECT, '二、项目绩效实现情况', '项目计划投资73万元，实际完成投资70.2万元。');
    expect(cellOf(r, '73万元')).toEqual(['年度资金总额 · 年初预算数=73']);
    expect(cellOf(r, '70.2万元')).toEqual(['年度资金总额 · 全年执行数=70.2']);
  });

  it('项目资金共X，已完成拨付Y under 资金投入情况分析, as under 预算执行情况', () => {
    for (const heading of ['（一）资金投入情况分析', '一、预算执行情况']) {
      const r = load(PROJECT, heading, '项目资金共39万元，已完成拨付36.5万元，拨付率93.6%。');
      expect(cellOf(r, '39万元')).toEqual(['年度资金总额 · 年初预算数=39']);
      expect(cellOf(r, '36.5万元')).toEqual(['年度资金总额 · 全年执行数=36.5']);
    }
  });

  it('年初预算资金为X，实际支付Y under 项目资金使用情况', () => {
    const r = load(PROJECT, '三、项目资金使用情况', '年初预算资金为14万元，实际支付12.6万元。');
    expect(cellOf(r, '14万元')).toEqual(['年度资金总额 · 年初预算数=14']);
    expect(cellOf(r, '12.6万元')).toEqual(['年度资金总额 · 全年执行数=12.6']);
  });

  it('look-alike: a project’s money in a 部门整体 report is not the year’s total — listed with its reason', () => {
    const r = load('2024年度某某镇部门整体支出绩效自评报告', '二、项目绩效实现情况', '道路维修项目资金共26万元，已完成拨付24万元。');
    expect(cellOf(r, '26万元')).toEqual([]);
    // (the project's own money: its key project's budget and spending, projectMoney.ts)
    expect(r.draft.keyProjects.map((k) => [k.name, k.target, k.actual])).toEqual([['道路维修项目', '26', '24']]);
    expect(cellOf(r, '24万元')).toEqual([]);
    expect(r.draft.budget).toEqual([]);
  });
});

describe('安排…支出A，年初预算为B: A was spent, B is the budget', () => {
  it('one item', () => {
    const r = load(FINAL, '一、收支情况', '2024年安排公务接待费支出2.7万元，年初预算为3.2万元。');
    expect(cellOf(r, '2.7万元')).toEqual(['公务接待费 · 决算数=2.7']);
    expect(cellOf(r, '3.2万元')).toEqual(['公务接待费 · 预算数=3.2']);
  });

  it('the total and each item of its 其中 list', () => {
    const r = load(
      FINAL,
      '一、收支情况',
      '2024年安排“三公”经费支出8.4万元，年初预算为9万元，其中公务接待费支出2.4万元，年初预算为2.6万元；公务用车运行维护费支出6万元，年初预算为6.4万元。',
    );
    expect(cellOf(r, '8.4万元')).toEqual(['“三公”经费合计 · 决算数=8.4']);
    expect(cellOf(r, '9万元')).toEqual(['“三公”经费合计 · 预算数=9']);
    expect(cellOf(r, '2.4万元')).toEqual(['公务接待费 · 决算数=2.4']);
    expect(cellOf(r, '2.6万元')).toEqual(['公务接待费 · 预算数=2.6']);
    expect(cellOf(r, '6万元')).toEqual(['公务用车运行维护费 · 决算数=6']);
    expect(cellOf(r, '6.4万元')).toEqual(['公务用车运行维护费 · 预算数=6.4']);
  });

  it('支出0万元，年初预算为B: B is the item’s 预算数; without 车 it is listed with the item’s label, not 年初预算', () => {
    expect(cellOf(load(FINAL, '一、收支情况', '公务用车运行维护费支出0万元，年初预算为0.7万元。'), '0.7万元')).toEqual(['公务用车运行维护费 · 预算数=0.7']);
    const r = load(FINAL, '一、收支情况', '运行维护费支出0万元，年初预算为0.45万元。');
    expect(cellOf(r, '0.45万元')).toEqual([]);
    expect(reasonOf(r, '0.45万元')).toEqual(['未知标签“运行维护费支出”，没有对应栏目']);
  });

  it('look-alike: 安排A，实际支出B keeps A the 预算数', () => {
    const r = load(FINAL, '一、收支情况', '2024年安排“三公”经费5.1万元，实际支出4.7万元。');
    expect(cellOf(r, '5.1万元')).toEqual(['“三公”经费合计 · 预算数=5.1']);
    expect(cellOf(r, '4.7万元')).toEqual(['“三公”经费合计 · 决算数=4.7']);
  });
});

describe('a year between the item and 预算', () => {
  const BUDGET = '2024年度某某中心部门预算';
  it('the report year’s figure is the item’s 预算数, the other year’s is listed', () => {
    const r = load(BUDGET, '三、“三公”经费情况', '公务接待费2024年预算4万元，2023年预算5.5万元。');
    expect(cellOf(r, '4万元')).toEqual(['公务接待费 · 预算数=4']);
    expect(cellOf(r, '5.5万元')).toEqual([]);
    expect(reasonOf(r, '5.5万元')).toEqual(['上年或其他年度的数，不入栏目']);
  });

  it('预算拨入 of the 三公 total and its items by year: no other year’s figure in a cell', () => {
    const r = load(
      BUDGET,
      '三、“三公”经费情况',
      '2024年“三公”经费预算拨入24万元，其中因公出国（境）费2024年预算3万元，2023年预算3.6万元；公务用车运行维护费2024年预算21万元，2023年预算23.8万元。',
    );
    expect(cellOf(r, '24万元')).toEqual(['“三公”经费合计 · 预算数=24']);
    expect(cellOf(r, '3万元')).toEqual(['因公出国（境）费 · 预算数=3']);
    expect(cellOf(r, '21万元')).toEqual(['公务用车运行维护费 · 预算数=21']);
    for (const t of ['3.6万元', '23.8万元']) expect(reasonOf(r, t)).toEqual(['上年或其他年度的数，不入栏目']);
    expect(r.recognised.placed.filter((p) => /年度资金总额/.test(p.cell))).toEqual([]);
  });
});

describe('a project report’s 全年实际支出 is the project’s', () => {
  it('goes to 年度资金总额 · 全年执行数, not the unit’s 本年支出', () => {
    const r = load(PROJECT, '二、项目资金使用情况', '项目年初预算90万元，调整后预算96万元，全年实际支出91.2万元。');
    expect(cellOf(r, '90万元')).toEqual(['年度资金总额 · 年初预算数=90']);
    expect(cellOf(r, '96万元')).toEqual(['年度资金总额 · 全年预算数=96']);
    expect(cellOf(r, '91.2万元')).toEqual(['年度资金总额 · 全年执行数=91.2']);
  });

  it('look-alike: in a 部门决算 the same words are the unit’s 本年支出', () => {
    const r = load(FINAL, '一、收支情况', '全年实际支出312.4万元。');
    expect(cellOf(r, '312.4万元')).toEqual(['一般公共预算 · 合计 · 本年支出=312.4']);
  });
});

describe('a text with no year in its title: the year its amounts are stated for, counted by paragraph', () => {
  const text = (later: string) =>
    [
      '某报记者讯 某市财政局今天发布决算情况。',
      '报告显示,2031年全市行政单位“三公”经费支出合计53.70万元,比预算数减少9.40万元。“三公”经费中,因公出国(境)经费17.40万元;公务接待费5.40万元。',
      later,
    ].join('\n');
  const run = (later: string) => importEvaluation(parseText(text(later)), {});

  it('amounts after 2031年 in the sentences that follow count for 2031: the 2029 and 2030 totals are listed, the 2031 one placed', () => {
    const r = run('据了解,2029年“三公”经费合计70.10万元,2030年“三公”经费合计58.80万元。');
    expect(r.recognised.placed.map((p) => `${p.cell}=${p.value}`)).toEqual([
      '“三公”经费合计 · 决算数=53.7',
      '因公出国（境）费 · 决算数=17.4',
      '公务接待费 · 决算数=5.4',
    ]);
    expect(r.unplaced.filter((u) => u.includes('上年或其他年度')).map((u) => u.split(' — ')[0])).toEqual(['70.10万元', '58.80万元']);
  });

  it('look-alike: three 2029 amounts beside three 2031 ones (比2030年 counts for neither) — a tie names no year, no total placed', () => {
    const r = run('比2030年,2029年“三公”经费合计70.10万元,2029年公务接待费6.20万元,2029年因公出国(境)经费20.10万元。');
    expect(r.recognised.placed.map((p) => p.cell)).not.toContain('“三公”经费合计 · 决算数');
  });
});

describe('two years side by side in a text with no year in its title', () => {
  const text = (compare: string, earlier = '2031') =>
    `2032年三公经费预算拨入30万元,${earlier}年三公经费预算拨入40.5万元,${compare}。其中:1、公务接待费2032年预算6万元,${earlier}年预算9.5万元。2、公务车辆运行2032年预算24万元,${earlier}年预算31万元。`;
  const cells = (t: string) => importEvaluation(parseText(t), {}).recognised.placed.map((p) => `${p.cell}=${p.value}`);

  it('与上年对比: the later year is the report’s, the earlier its 上年 (listed)', () => {
    expect(cells(text('与上年对比减少10.5万元'))).toEqual(['“三公”经费合计 · 预算数=30', '公务接待费 · 预算数=6', '公务用车运行维护费 · 预算数=24']);
  });

  it.each([
    ['no word of 上年: which year is the report’s is not said', text('情况见下')],
    ['years two apart (2029, 2032): the earlier is no 上年', text('与上年对比减少10.5万元', '2029')],
  ])('look-alike: %s — no year chosen, the totals of both years clash (listed)', (_, t) => {
    expect(cells(t)).not.toContain('“三公”经费合计 · 预算数=30');
    expect(cells(t)).not.toContain('公务用车运行维护费 · 预算数=24');
  });
});
