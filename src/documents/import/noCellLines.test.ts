// Figures with no cell that a stranger's report states in its own words: they are listed with what they are,
// never dropped and never left as an unknown label — 收、支总计均为X (the 总计 holds carry-overs), 决算数大于预算数X (a
// difference), the lines of a 收支决算表 the draft has no cell for (经营支出, 使用非财政拨款结余). And a project text's
// 批复下达预算资金 under the 项目资金申报及使用情况 heading is the project's budget. Our own sentences, invented figures.
import { describe, expect, it } from 'vitest';
import { importEvaluation } from './evaluation.js';
import { textToDocument } from './read.js';

const load = (text: string) => importEvaluation(textToDocument(Buffer.from(text, 'utf8'), 'x.txt'), { year: 2031 });
const rows = (r: ReturnType<typeof load>) => r.draft.budget.find((b) => b.budgetType === 'general')?.rows.total;
const reasonOf = (r: ReturnType<typeof load>, text: string) => r.unplaced.find((u) => u.startsWith(`${text} — `))?.split(' — ')[1];
const cellOf = (r: ReturnType<typeof load>, text: string) => r.recognised.placed.filter((p) => p.text === text).map((p) => p.cell);
const TOTALS = '收支总计含结转结余，不是本年数（收入总计 = 本年收入 + 年初结转和结余，支出总计 = 本年支出 + 年末结转和结余，草稿没有总计栏目）';

describe('收、支总计 stated together is listed, not dropped', () => {
  it('收、支总计均为X', () => {
    const r = load('2031年度单位决算情况说明\n一、收入支出决算总体情况说明\n2031年度收、支总计均为968.40万元。');
    expect(reasonOf(r, '968.40万元')).toBe(TOTALS);
    expect(r.recognised.placed).toEqual([]);
  });

  it('收、支总计各是A，B万元 (the second amount too); 各减少a，b万元 are changes, never an unknown label', () => {
    const r = load(
      '2031年度单位决算情况说明\n一、收入支出决算总体情况说明\n2031年度收、支总计各是968.40，970.15万元。与2030年相比，收、支总计各减少12.30，15.60万元。',
    );
    expect(reasonOf(r, '970.15万元')).toBe(TOTALS);
    expect(reasonOf(r, '15.60万元') ?? '增减数，不入栏目').toBe('增减数，不入栏目');
    expect(r.recognised.placed).toEqual([]);
  });

  it('look-alike: 本年收入合计 after the 总计 sentence still fills its cell', () => {
    const r = load(
      '2031年度单位决算情况说明\n一、收入支出决算总体情况说明\n2031年度收、支总计均为968.40万元。\n二、收入决算情况说明\n2031年本年收入合计950.10万元，其中：一般公共预算财政拨款收入950.10万元。',
    );
    expect(rows(r)).toMatchObject({ income: '950.1' });
    expect(reasonOf(r, '968.40万元')).toBe(TOTALS);
  });
});

describe('a difference and the 收支决算表 lines with no cell', () => {
  it('决算数大于预算数X / 支出小于预算X is a difference', () => {
    const r = load(
      '2031年度单位决算情况说明\n三、一般公共预算财政拨款支出决算情况\n2031年度一般公共预算财政拨款支出总计610.20万元，决算数大于预算数21.30万元；公务接待费支出小于预算1.2万元。',
    );
    expect(reasonOf(r, '21.30万元')).toBe('增减数，不入栏目');
    expect(reasonOf(r, '1.2万元')).toBe('增减数，不入栏目');
  });

  it.each(['经营支出', '上缴上级支出', '对附属单位补助支出', '使用非财政拨款结余'])('%s is a line with no cell, named as such', (label) => {
    const r = load(`2031年度单位决算情况说明\n三、支出决算情况说明\n2031年本年支出合计430万元，其中：基本支出300万元，项目支出130万元，${label}2.5万元。`);
    expect(reasonOf(r, '2.5万元')).toBe(`“${label}”是收支决算表中的一行，草稿没有这一栏目`);
    expect(rows(r)).toMatchObject({ expenditure: '430' });
  });
});

describe('批复下达预算资金 of a project text', () => {
  it('under 项目资金申报及使用情况 (no title) it is the project’s 年初预算数', () => {
    const r = load('一、项目概况\n某某创建工作专项。\n二、项目资金申报及使用情况\n（一）项目资金申报及批复情况\n经审议，批复下达预算资金18万元。');
    expect(cellOf(r, '18万元')).toEqual(['年度资金总额 · 年初预算数']);
  });

  it('look-alike: in a unit’s 整体 report it stays listed', () => {
    const r = load('2031年度部门整体支出绩效自评报告\n二、项目资金申报及使用情况\n经审议，批复下达预算资金18万元。');
    expect(cellOf(r, '18万元')).toEqual([]);
    expect(reasonOf(r, '18万元')).toBeDefined();
  });
});

describe('a bare 年初预算 after an item’s spending is that item’s budget, not the unit’s 年度资金总额', () => {
  it.each([
    ['会议费支出2.05万元，年初预算为2.95万元', '会议费支出'],
    ['基本支出180万元，年初预算为176万元', '基本支出'],
    ['办公设备购置费用支出4.6万元，年初预算数5万元', '办公设备购置费用支出'],
  ])('%s', (sentence, item) => {
    const r = load(`2031年度部门整体支出绩效自评报告\n一、预算执行情况\n本部门${sentence}。`);
    expect(r.draft.budgetLines.find((l) => l.key === 'total')).toBeUndefined();
    expect(r.unplaced.join('\n')).toContain(`“${item}”这一项的预算或执行数，不是单位的年度资金总额`);
  });

  it('look-alikes: the unit’s 本年支出 then 年初预算, and a chain of the unit’s own budget words, still fill 年度资金总额', () => {
    const a = load('2031年度部门整体支出绩效自评报告\n一、预算执行情况\n本部门本年支出210万元，年初预算为230万元。');
    expect(a.draft.budgetLines.find((l) => l.key === 'total')).toMatchObject({ initial: '230' });
    const b = load('2031年度部门整体支出绩效自评报告\n一、预算执行情况\n本部门年初预算230万元，全年预算236万元，执行数228万元。');
    expect(b.draft.budgetLines.find((l) => l.key === 'total')).toMatchObject({ initial: '230', adjusted: '236', executed: '228' });
  });
});

describe('a quote a web page escaped', () => {
  it('“三公\\"经费支出A，年初预算为B reads as the 三公 total and its budget', () => {
    const r = load('2031年度部门整体支出绩效自评报告\n二、“三公”经费情况\n2031年度本部门安排的“三公\\"经费支出2.05万元，年初预算为2.95万元。');
    expect(r.draft.threePublic.find((l) => l.item === 'total')).toMatchObject({ budget: '2.95', actual: '2.05' });
    expect(r.draft.budgetLines.find((l) => l.key === 'total')).toBeUndefined();
  });
});

describe('a numbered paragraph a PDF broke mid-word (read as a heading)', () => {
  it('(一)…总收入A,其中本年收 / 入B…: B is read with its label', () => {
    const r = load(['2031年度部门决算', '(一)本单位2031年度总收入600.50万元,其中本年收', '入420.30万元,较2030年度决算数减少10.20万元。'].join('\n'));
    expect(rows(r)).toMatchObject({ income: '420.3' });
    expect(r.recognised.headings).toEqual(['(一)本单位2031年度总收入600.50万元']);
  });

  it('look-alike: a heading with its figure and a full stop keeps its title', () => {
    const r = load(['2031年度部门决算', '一、收入情况', '（一）本年收入420.30万元。', '其中一般公共预算财政拨款收入420.30万元。'].join('\n'));
    expect(rows(r)).toMatchObject({ income: '420.3' });
  });
});

describe('a count of projects between the words and the amount; money received', () => {
  it('年初批复预算8个项目A of a project report is its 年初预算数; 实际到位资金 is listed as received money', () => {
    const r = load(
      '某中心2031年度项目支出绩效自评报告\n一、基本情况\n2031年实施项目共12个，年初批复预算7个项目640万元，调整预算后项目预算602.5万元，实际到位资金310.2万元。',
    );
    expect(cellOf(r, '640万元')).toEqual(['年度资金总额 · 年初预算数']);
    expect(cellOf(r, '602.5万元')).toEqual(['年度资金总额 · 全年预算数']);
    expect(reasonOf(r, '310.2万元')).toBe('到位资金（已拨到的资金），不是预算数或执行数，草稿没有这一栏目');
  });

  it('look-alike: in a unit’s 整体 report the counted budget is listed under its own words', () => {
    const r = load('2031年度部门整体支出绩效自评报告\n一、基本情况\n本单位年初批复预算7个项目640万元。');
    expect(cellOf(r, '640万元')).toEqual([]);
    expect(reasonOf(r, '640万元')).toContain('年初批复预算');
  });
});
