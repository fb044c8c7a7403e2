// A table of key projects (项目名称 | 预算数 | 执行数 | 执行率, or 年初预算 | 调整预算 | 实际支出), in "|", tab or
// space-aligned columns: each row a key project with its budget and spending; the 合计 row is none; a rate that
// disagrees with its row is still imported (the checker judges it). Our own tables, invented figures.
import { describe, expect, it } from 'vitest';
import { importEvaluation } from './evaluation.js';
import { textToDocument } from './read.js';

const load = (text: string) => importEvaluation(textToDocument(Buffer.from(text, 'utf8'), 'x.txt'), { year: 2031 });
const money = (r: ReturnType<typeof load>) => r.draft.keyProjects.map((p) => [p.name, p.target, p.actual, p.measure, p.unitOfMeasure]);
const HEAD = '某所2031年度部门整体支出绩效自评报告\n一、基本情况\n本所编制9人。\n二、项目支出情况\n';

describe('a key-project table', () => {
  it('"|" columns: each row a project, 合计 none, a disagreeing rate still imported', () => {
    const r = load(
      `${HEAD}单位：万元\n项目名称 | 预算数 | 执行数 | 执行率\n水质监测项目 | 36.00 | 34.20 | 95.00%\n站房维修 | 12.00 | 9.00 | 90.00%\n合计 | 48.00 | 43.20 | 90.00%\n`,
    );
    expect(money(r)).toEqual([
      ['水质监测项目', '36', '34.2', '资金', '万元'],
      ['站房维修', '12', '9', '资金', '万元'],
    ]);
    expect(r.unplaced).toEqual(['48.00万元 — 重点项目表的合计行，不是一个项目，不入栏目 — 表格：合计 | 48.00 | 43.20 | 90.00%']);
    expect(r.draft.threePublic).toEqual([]);
  });

  it('tab columns with 年初预算 | 调整预算 | 实际支出: the budget is the adjusted one', () => {
    const r = load(
      `${HEAD}单位：万元\n项目名称\t年初预算\t调整预算\t实际支出\t执行率\n渠道清淤\t50.00\t58.00\t55.10\t95.00%\n合计\t50.00\t58.00\t55.10\t95.00%\n`,
    );
    expect(money(r)).toEqual([['渠道清淤', '58', '55.1', '资金', '万元']]);
  });

  it('space-aligned columns whose header says 万元, and a table in 元', () => {
    const spaced = load(
      `${HEAD}项目名称          预算数（万元）    执行数（万元）    执行率\n农机补贴核查        14.00            13.30          95.00%\n培训讲座            6.00             6.00           100.00%\n`,
    );
    expect(money(spaced)).toEqual([
      ['农机补贴核查', '14', '13.3', '资金', '万元'],
      ['培训讲座', '6', '6', '资金', '万元'],
    ]);
    const yuan = load(`${HEAD}单位：元\n项目名称 | 预算数 | 执行数\n档案整理 | 86,000.00 | 80,500.00\n`);
    expect(money(yuan)).toEqual([['档案整理', '8.6', '8.05', '资金', '万元']]);
  });
});

describe('a key-project table headed by a bare 项目', () => {
  it('"|" and space columns: rows that name projects are key projects, 合计 none', () => {
    const r = load(
      `${HEAD}单位：万元\n项目 | 预算数 | 执行数 | 执行率\n河道巡查项目 | 24.00 | 22.80 | 95.00%\n苗木补植 | 8.00 | 6.00 | 75.00%\n合计 | 32.00 | 28.80 | 90.00%\n`,
    );
    expect(money(r)).toEqual([
      ['河道巡查项目', '24', '22.8', '资金', '万元'],
      ['苗木补植', '8', '6', '资金', '万元'],
    ]);
    expect(r.unplaced).toEqual(['32.00万元 — 重点项目表的合计行，不是一个项目，不入栏目 — 表格：合计 | 32.00 | 28.80 | 90.00%']);
    const spaced = load(`${HEAD}单位：万元\n项目              预算数      执行数\n专项调研工作经费    5.00        4.60\n`);
    expect(money(spaced)).toEqual([['专项调研工作经费', '5', '4.6', '资金', '万元']]);
  });

  it('rows naming lines of the account or classes of expense: no project, read as before', () => {
    const account = load(`${HEAD}单位：万元\n项目 | 预算数 | 执行数\n河道巡查项目 | 24.00 | 22.80\n基本支出 | 120.00 | 118.00\n`);
    expect(account.draft.keyProjects).toEqual([]);
    expect(account.unplaced.join('\n')).toContain('未知标签“河道巡查项目预算数”');
    const expenses = load(`${HEAD}单位：万元\n项目 | 预算数 | 执行数 | 执行率\n办公费 | 6.00 | 5.40 | 90.00%\n会议费 | 2.00 | 1.00 | 50.00%\n`);
    expect(expenses.draft.keyProjects).toEqual([]);
    expect(expenses.unplaced.filter((u) => u.includes('未知标签'))).toHaveLength(4);
  });
});

describe('look-alikes of a key-project table', () => {
  it('a 三公 table headed 项目 | 预算数 | 决算数 fills the 三公 items, no project', () => {
    const r = load(`${HEAD}单位：万元\n项目 | 预算数 | 决算数\n公务接待费 | 1.50 | 1.10\n公务用车运行维护费 | 3.00 | 2.70\n合计 | 4.50 | 3.80\n`);
    expect(r.draft.keyProjects).toEqual([]);
    expect(r.draft.threePublic.find((x) => x.item === 'reception')).toMatchObject({ budget: '1.5', actual: '1.1' });
  });

  it('a project table after a 三公 paragraph: its 合计 is not the 三公 total', () => {
    const r = load(
      `${HEAD}“三公”经费决算数2.40万元。\n单位：万元\n项目名称 | 预算数 | 执行数 | 执行率\n水质监测项目 | 36.00 | 34.20 | 95.00%\n合计 | 36.00 | 34.20 | 95.00%\n`,
    );
    expect(r.draft.threePublic).toEqual([{ item: 'total', budget: null, actual: '2.4' }]);
  });

  it('no unit anywhere, or a column of another kind: no project read, the rows are listed', () => {
    const bare = load(`${HEAD}项目名称 | 预算数 | 执行数\n水质监测项目 | 36.00 | 34.20\n`);
    expect(bare.draft.keyProjects).toEqual([]);
    expect(bare.unplaced.join('\n')).toContain('水质监测项目 | 36.00 | 34.20');
    const other = load(`${HEAD}单位：万元\n项目名称 | 上年执行数 | 执行数\n水质监测项目 | 30.00 | 34.20\n`);
    expect(other.draft.keyProjects).toEqual([]);
  });

  it('a row naming a line of the unit’s account is no project', () => {
    const r = load(`${HEAD}单位：万元\n项目名称 | 预算数 | 执行数\n水质监测项目 | 36.00 | 34.20\n基本支出 | 120.00 | 118.00\n`);
    expect(money(r)).toEqual([['水质监测项目', '36', '34.2', '资金', '万元']]);
    expect(r.unplaced.join('\n')).toContain('基本支出 | 120.00 | 118.00');
    expect(r.draft.budget.flatMap((b) => Object.keys(b.rows))).not.toContain('basic');
  });
});
