// Shapes that real reports the importer had never seen put in its way (our own words, invented
// figures): each fixed shape is placed, and what must not be guessed is listed with its reason.
import { describe, expect, it } from 'vitest';
import { importEvaluation } from './evaluation.js';
import { textToDocument } from './read.js';

const load = (text: string, year?: number) => importEvaluation(textToDocument(Buffer.from(text, 'utf8'), 'x.txt'), year ? { year } : {});
const tp = (r: ReturnType<typeof load>, item: string) => r.draft.threePublic.find((l) => l.item === item);
const line = (r: ReturnType<typeof load>, key: string) => r.draft.budgetLines.find((l) => l.key === key);
const reasonOf = (r: ReturnType<typeof load>, text: string) => r.unplaced.find((u) => u.startsWith(`${text} — `))?.split(' — ')[1];

describe('a 三公 table before a text that only says 安排 (a budget nobody calls 预算 three times)', () => {
  const text = [
    '单位:万元',
    '项 目 | 合计 | 一般公共预算 | 政府性基金预算',
    '“三公”经费 | 16.00 | 16.00 | 0.00',
    '其中:(一)因公出国(境)支出 | 0.00 | 0.00 | 0.00',
    '(二)公务用车购置及运行维护支出 | 10.00 | 10.00 | 0.00',
    '(三)公务接待费支出 | 6.00 | 6.00 | 0.00',
    '一、财政拨款安排的“三公”经费情况：',
    '2024年本单位机关运行经费安排 88.50 万元。',
    '2024年本单位财政拨款安排“三公”经费16万元，其中：因公出国(境)费0万元，公务用车购置及运行费10万元，公务接待费6万元。',
  ].join('\n');
  const r = load(text, 2024);

  it('the table cells go to 预算数 like the sentence, never to 决算数', () => {
    expect(tp(r, 'total')).toEqual({ item: 'total', budget: '16', actual: null });
    expect(tp(r, 'reception')).toEqual({ item: 'reception', budget: '6', actual: null });
    expect(tp(r, 'vehicles')).toEqual({ item: 'vehicles', budget: '10', actual: null });
  });
});

describe('a 项目支出绩效自评表 whose indicator rows follow the money rows in one table', () => {
  const text = [
    '项目名称 | 村道修缮项目 | | | | | |',
    '项目资金 (万元) | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |',
    '年度资金总额 | 240 | 236 | 230 | 10 | 97.46% | 9.7 |',
    '其中:当年财政拨款 | 240 | 236 | 230 | — | 97.46% | — |',
    '绩效指标 | 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 |',
    '产出指标 | 数量指标 | 修缮村道4.5公里 | 4.5 | 4.5 | 12 | 12 |',
    '安装路灯60盏 | 60 | 58 | 8 | 7.5 | | |',
  ].join('\n');
  const r = load(text, 2023);

  it('年度资金总额 fills the total line by its columns', () => {
    expect(line(r, 'total')).toMatchObject({ initial: '240', adjusted: '236', executed: '230' });
    expect(line(r, 'fiscal')).toMatchObject({ initial: '240', adjusted: '236', executed: '230' });
  });

  it('an indicator row (a label holding a number, under its own header) lends nothing to the money columns', () => {
    const values = r.recognised.placed.map((p) => p.value);
    for (const v of ['60', '58', '7.5', '4.5', '12']) expect(values).not.toContain(v);
    expect(r.unplaced.some((u) => u.startsWith('表格行：安装路灯60盏'))).toBe(true);
  });
});

describe('money of an item or of the purchases is not the unit’s income', () => {
  it('会议费、培训费的财政拨款预算数 is listed with its reason, not put in 本年财政拨款', () => {
    const r = load('2024年本单位“会议费”“培训费”财政拨款预算数5万元，其中：会议费1万元，培训费4万元。\n本单位2024年一般公共预算拨款收入320万元。', 2024);
    expect(reasonOf(r, '5万元')).toBe('某项费用的财政拨款，不是单位的收入');
    const fiscal = Object.values(line(r, 'fiscal') ?? {});
    expect(fiscal).toContain('320');
    expect(fiscal).not.toContain('5');
  });

  it('政府采购 by source of funds (一般公共预算拨款 …) is listed with its reason', () => {
    const r = load(
      ['（二）政府采购预算安排情况', '2024年政府采购预算 26000 元。按政府采购资金类型划分，一般公共预算拨款 26000 元，上年结转结余资金 0 元。'].join('\n'),
      2024,
    );
    expect(reasonOf(r, '26000 元')).toBeDefined();
    expect(r.unplaced.some((u) => u.includes('政府采购的资金来源，不是单位的收入'))).toBe(true);
    expect(line(r, 'fiscal')).toBeUndefined();
  });
});

describe('short names of the 三公 items', () => {
  const r = load(
    '一、2025年“三公”经费预算安排情况\n2025年度“三公”经费预算安排16.5万元，其中：因公出国(境)经费0万元，公务接待6.5万元，公务用车运行费用10万元。',
    2025,
  );

  it('公务接待 / 公务用车运行费用 / 三公经费预算安排 find their cells', () => {
    expect(tp(r, 'total')).toEqual({ item: 'total', budget: '16.5', actual: null });
    expect(tp(r, 'reception')).toEqual({ item: 'reception', budget: '6.5', actual: null });
    expect(tp(r, 'vehicleOperation')).toEqual({ item: 'vehicleOperation', budget: '10', actual: null });
  });

  it('公务接待 alone is a label only when nothing follows it (公务接待批次 is not money)', () => {
    const q = load('2025年公务接待批次12批次，公务接待人数80人。', 2025);
    expect(q.draft.threePublic).toEqual([]);
  });
});

describe('tables a converter flattened into running text (bare numbers, the unit stated once)', () => {
  it('a 项目支出绩效自评表 on one line: columns and rows recovered, weights and scores left out', () => {
    const r = load(
      '附件: 项目支出绩效自评表 (2024年度) 项目名称 村级档案整理 项目资金 (万元) 年初预算数 全年预算数 全年执行数 分值 执行率 得分 年度资金总额: 48 46.5 45 10 96.77 9.7 其中:本年财政拨款 48 46.5 45 上年结转资金 其他资金 年度总体目标 完成档案整理。',
      2024,
    );
    expect(line(r, 'total')).toMatchObject({ initial: '48', adjusted: '46.5', executed: '45' });
    expect(line(r, 'fiscal')).toMatchObject({ initial: '48', adjusted: '46.5', executed: '45' });
    expect(r.recognised.placed.map((p) => p.value)).not.toContain('9.7');
    expect(r.recognised.placed.find((p) => p.value === '45')?.sentence).toMatch(/^表格：/);
  });

  it('a 项目自评表 a cell per line: the group column over 年初预算 … is aligned by the rate column', () => {
    const r = load(
      [
        '预算执行情况(10分) |',
        '年度预算数(万元) |',
        '年初预算 |',
        '调整后预算数 |',
        '预算执行数 |',
        '预算执行率 |',
        '权重 |',
        '得分 |',
        '总额 |',
        '30.00 |',
        '32.40 |',
        '32.40 |',
        '100.00% |',
        '10 |',
      ].join('\n'),
      2024,
    );
    expect(line(r, 'total')).toMatchObject({ initial: '30', adjusted: '32.4', executed: '32.4' });
  });

  it('a 部门收支总表 on one line: the income row is placed, the expenditure classes are listed with their reason', () => {
    const r = load(
      '某某中心 2025年部门预算 表1 部门收支总表 单位:万元 收 入 2025年预算数 支 出 一、一般公共预算拨款收入 820.50 一、一般公共服务支出 二、教育支出 612.00 三、卫生健康支出 208.50 本 年 收 入 合 计 820.50',
    );
    expect(line(r, 'fiscal')).toMatchObject({ initial: '820.5' });
    expect(reasonOf(r, '612.00万元')).toBe('分类中的一项支出，不入栏目');
  });

  it('columns of years: the report year’s column is read, the other year and the change columns are not', () => {
    const r = load(
      [
        '某某卫生院财务信息公示',
        '单位:元',
        '项目 2023年度 2024年度 增减值 增减%',
        '(一) 收入总计 5000000 6000000 1000000 20.00%',
        '1. 财政补助收入 2000000 2500000 500000 25.00%',
        '2. 其他收入 100000 80000 -20000 -20.00%',
      ].join('\n'),
      2024,
    );
    expect(line(r, 'fiscal')).toMatchObject({ executed: '250' });
    expect(line(r, 'other')).toMatchObject({ executed: '8' });
    expect(r.recognised.placed.map((p) => p.value)).not.toContain('200');
  });

  it('the year unknown: a column named by a year is not guessed', () => {
    const r = load(['单位:元', '项目 2023年度 2024年度', '1. 财政补助收入 2000000 2500000'].join('\n'));
    expect(r.draft.budgetLines).toEqual([]);
  });

  it('page furniture between amounts (第 2 页,共 46 页) states nothing', () => {
    const r = load('单位:万元 2025年预算数 一、一般公共预算拨款收入 500.00 收 入 总 计 500.00 支 第 2 页,共 46 页 出 总 计 500.00');
    expect(r.recognised.placed.map((p) => p.value)).not.toContain('46');
    expect(r.recognised.placed.map((p) => p.value)).not.toContain('2');
  });
});

describe('a table with 本期 / 上年同期 columns (元)', () => {
  const r = load(
    [
      '单位:元 | | | |',
      '项目 | 本 期 | 上年同期 | 增长率 |',
      '财政拨款收入 | 3000000.00 | 2800000.00 | 7.14% |',
      '其他收入 | 45000.00 | 60000.00 | -25.00% |',
    ].join('\n'),
    2024,
  );
  it('本期 is this year’s amount; 上年同期 and the rate are left out', () => {
    expect(line(r, 'fiscal')).toMatchObject({ executed: '300' });
    expect(line(r, 'other')).toMatchObject({ executed: '4.5' });
  });
});

describe('a 收入总计 its sentence builds from a carry-over', () => {
  it('is listed with the reason, never put in 本年收入', () => {
    const r = load('2024年本单位本级收入60.50万元，加上上年结转等39.50万元，收入总计100.00万元。', 2024);
    expect(reasonOf(r, '100.00万元')).toMatch(/^收支总计含结转结余，不是本年数/);
    expect(r.draft.budget.find((b) => b.budgetType === 'general')?.rows.total?.income).not.toBe('100');
  });
});

describe('支出决算总计 of a report that states a carry-over', () => {
  const text = [
    '一、收入支出决算总体情况说明',
    '本单位2024年度收入、支出决算总计120.40万元。其中：',
    '（一）收入决算总计120.40万元。包括：',
    '1.本年收入决算合计118.90万元。',
    '2.年初结转和结余1.50万元。',
    '（二）支出决算总计120.40万元。包括',
  ].join('\n');
  const r = load(text, 2024);

  it('is not taken as 本年支出 (it holds the carry-over); the year’s income and the carry-over are placed', () => {
    const total = r.draft.budget.find((b) => b.budgetType === 'general')?.rows.total;
    expect(total?.income).toBe('118.9');
    expect(total?.opening).toBe('1.5');
    expect(r.recognised.placed.some((p) => p.cell.endsWith('本年支出') && p.value === '120.4')).toBe(false);
    expect(r.unplaced.some((u) => u.startsWith('120.40万元 — 收支总计含结转结余'))).toBe(true);
  });
});

describe('a 三公 决算 sentence whose items carry causes and a verb 安排', () => {
  const r = load(
    '2024年本区一般公共预算财政拨款开支“三公”经费300万元，较2022年下降3%。其中：公务用车购置安排40万元，主要是巡查车辆更新；公车运行及维护180万元，较上年下降5%，主要是2023年推进公车改革，车辆减少；公务接待费60万元，与上年持平；因公出国20万元，与上年持平。',
    2024,
  );

  it('items after a ；take the list head’s stage (开支), a year inside a cause clause is not the item’s year', () => {
    expect(tp(r, 'total')).toEqual({ item: 'total', budget: null, actual: '300' });
    expect(tp(r, 'vehicleOperation')).toEqual({ item: 'vehicleOperation', budget: null, actual: '180' });
    expect(tp(r, 'reception')).toEqual({ item: 'reception', budget: null, actual: '60' });
    expect(tp(r, 'overseas')).toEqual({ item: 'overseas', budget: null, actual: '20' });
  });
});

describe('a ；-list of a budget keeps its own stage words', () => {
  it('2025年预算安排如下：a；b — the head’s 预算 reaches every item', () => {
    const r = load('2025年“三公”经费预算安排如下：因公出国（境）费5万元；公务接待费8万元；公务用车运行维护费12万元。', 2025);
    expect(tp(r, 'reception')).toEqual({ item: 'reception', budget: '8', actual: null });
    expect(tp(r, 'vehicleOperation')).toEqual({ item: 'vehicleOperation', budget: '12', actual: null });
  });
});

describe('项目自评表 layouts seen on held-out reports', () => {
  it('a header over the money columns only (no cell above the row labels), a row that stops before 分值', () => {
    const r = load(
      [
        '项目资金 (万元) |',
        '年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |',
        '| 年度资金总额 | 9.50 | 9.20 | 9.20 | 10.00 | 100% | 10.00 |',
        '| 其中:当年财政拨款 | 9.50 | 9.20 | 9.20 | 100% |',
      ].join('\n'),
      2022,
    );
    expect(line(r, 'total')).toMatchObject({ initial: '9.5', adjusted: '9.2', executed: '9.2' });
    expect(line(r, 'fiscal')).toMatchObject({ initial: '9.5', adjusted: '9.2', executed: '9.2' });
  });

  it('a cell per line with the headers broken over two lines (年初 / 预算数)', () => {
    const r = load(
      [
        '项目资金',
        '(万元)',
        '年初',
        '预算数',
        '全年',
        '预算数',
        '全年',
        '执行数',
        '分值',
        '执行率',
        '得分',
        '年度资金总额',
        '25.6',
        '25.6',
        '21.3',
        '10',
        '83%',
        '8',
      ].join('\n\n'),
      2021,
    );
    expect(line(r, 'total')).toMatchObject({ initial: '25.6', adjusted: '25.6', executed: '21.3' });
  });

  it('a 合计 row of a flattened table that names no subject states nothing', () => {
    const r = load(['单位:万元', '项 目', '预 算 数', '合 计', '310.5', '办公楼维修', '200', '设备购置', '110.5'].join('\n'), 2024);
    expect(r.recognised.placed.map((p) => p.value)).not.toContain('310.5');
  });

  it('the 合计 row of a flattened 三公 table is the 三公 total', () => {
    const r = load(
      [
        '2024年本级“三公”经费预算表',
        '(单位:万元)',
        '项 目',
        '预 算 数',
        '合 计',
        '44.5',
        '因公出国(境)费',
        '2',
        '公务接待费',
        '12.5',
        '公务用车购置及运行费',
        '30',
      ].join('\n'),
      2024,
    );
    expect(tp(r, 'total')).toEqual({ item: 'total', budget: '44.5', actual: null });
    expect(tp(r, 'reception')).toEqual({ item: 'reception', budget: '12.5', actual: null });
    expect(line(r, 'total')).toBeUndefined();
  });
});

describe('三公 决算 against its budget, and totals named by 汇总数', () => {
  it('决算为 A，完成预算 B 的 r%: A is the 决算数, B the 预算数 of the same item', () => {
    const r = load(
      '2024年度“三公”经费财政拨款支出决算为18.40万元，完成预算24万元的76.7%。其中：公务接待费支出决算为6.40万元，完成预算8万元的80%；公务用车购置及运行费支出决算为12万元，完成预算16万元的75%。',
      2024,
    );
    expect(tp(r, 'total')).toEqual({ item: 'total', budget: '24', actual: '18.4' });
    expect(tp(r, 'reception')).toEqual({ item: 'reception', budget: '8', actual: '6.4' });
    expect(tp(r, 'vehicles')).toEqual({ item: 'vehicles', budget: '16', actual: '12' });
    expect(line(r, 'total')).toBeUndefined();
  });

  it('“三公”经费支出决算汇总数 is the 三公 total; the prior year’s figure beside it is not', () => {
    const r = load('2024年度，全县一般公共预算财政拨款“三公”经费支出决算汇总数为320.50万元，较上年350.00万元减少29.50万元，下降8.43%。', 2024);
    expect(tp(r, 'total')).toEqual({ item: 'total', budget: null, actual: '320.5' });
  });
});

describe('公共预算 as a scope, not a stage', () => {
  it('公共预算总收入 A，其中本年收入 B in a 决算: B is the year’s income', () => {
    const r = load(
      '某某委2023年部门决算公开。\n据统计，某某委2023年度公共预算总收入86.50亿元，其中本年收入80.20亿元；2023年度公共预算总支出86.50亿元，其中本年支出78.90亿元。',
      2023,
    );
    const total = r.draft.budget.find((b) => b.budgetType === 'general')?.rows.total;
    expect(total?.income).toBe('802000');
    expect(total?.expenditure).toBe('789000');
  });
});
