// A budget label in the report's own wording or with a slip (基本支付, 项目支出数, 基本性支出, 本年支出数, 财政拨款收入数)
// reaches its cell through the lexicon; a label that only shares a word (基本建设支出, 公务接待费支出数, 项目支付)
// does not become the unit's row. Our own sentences, invented figures.
import { describe, expect, it } from 'vitest';
import { importEvaluation } from './evaluation.js';
import { textToDocument } from './read.js';

const load = (text: string) => importEvaluation(textToDocument(Buffer.from(text, 'utf8'), 'x.txt'), { year: 2031 });
const rows = (r: ReturnType<typeof load>) => r.draft.budget.find((b) => b.budgetType === 'general')?.rows;
const cellOf = (r: ReturnType<typeof load>, text: string) => r.recognised.placed.filter((p) => p.text === text).map((p) => p.cell);

describe('variant labels of the unit’s rows are placed', () => {
  it.each([
    ['基本支付', '项目支出数'],
    ['基本支出数', '项目支出金额'],
    ['基本性支出', '项目性支出'],
  ])('%s / %s', (basic, project) => {
    const r = load(`2031年本单位本年支出合计163.40万元，其中：${basic}120.15万元，${project}43.25万元。`);
    expect(rows(r)?.basic?.expenditure).toBe('120.15');
    expect(rows(r)?.project?.expenditure).toBe('43.25');
    expect(r.unplaced).toEqual([]);
  });

  it('本年收入数 / 本年支出数 and 财政拨款收入数', () => {
    const r = load('2031年本单位本年收入数96.30万元，本年支出数91.80万元。财政拨款收入数96.30万元。');
    expect(rows(r)?.total).toMatchObject({ income: '96.3', expenditure: '91.8' });
    expect(r.draft.budgetLines.find((l) => l.key === 'fiscal')?.executed).toBe('96.3');
  });
});

describe('look-alikes keep out of the unit’s rows', () => {
  it('基本建设支出 is a class of spending, 公务接待费支出数 an item’s, 项目支付 no row', () => {
    const r = load('2031年本单位本年支出数91.80万元。基本建设支出30万元，公务接待费支出数2.1万元，项目支付12万元。');
    expect(cellOf(r, '30万元')).toEqual([]);
    expect(cellOf(r, '2.1万元')).not.toContain('一般公共预算 · 合计 · 本年支出');
    expect(cellOf(r, '12万元')).toEqual([]);
    expect(rows(r)?.total?.expenditure).toBe('91.8');
    expect(rows(r)?.basic).toBeUndefined();
  });
});

describe('an item’s 支出金额 (the lexicon reads …支出金额 as spending): the item’s own cell', () => {
  it('公务接待费支出金额 / 公务用车运行维护费的支出金额 are the 三公 items’ 决算数, not a class of spending', () => {
    const r = load('2031年“三公”经费决算数3.80万元。公务接待费支出金额1.10万元，公务用车运行维护费的支出金额2.70万元。');
    expect(cellOf(r, '1.10万元')).toEqual(['公务接待费 · 决算数']);
    expect(cellOf(r, '2.70万元')).toEqual(['公务用车运行维护费 · 决算数']);
    expect(r.unplaced).toEqual([]);
  });

  it('look-alikes: an expense class’s 支出金额 stays listed; 项目支出金额 is still the project row', () => {
    const r = load('2031年本单位本年支出合计163.40万元，其中：基本支出120.15万元，项目支出金额43.25万元。会议费支出金额1.60万元。');
    expect(rows(r)?.project?.expenditure).toBe('43.25');
    expect(cellOf(r, '1.60万元')).toEqual([]);
    expect(r.unplaced.join('\n')).toContain('1.60万元');
  });
});

describe('differences, slips and classification lines are listed or read as meant', () => {
  const reasonOf = (r: ReturnType<typeof load>, text: string) => r.unplaced.find((u) => u.startsWith(`${text} — `))?.split(' — ')[1];

  it('差值 / 差额 beside a 三公 item and its budget is a difference, like 增减数', () => {
    const r = load(
      '二、“三公”经费支出与年初预算对比情况\n2031年度“三公”经费支出3.15万元，年初预算为4.05万元，差值为0.9万元。公务接待费支出1.2万元，年初预算为1.5万元，差额0.3万元。',
    );
    expect(r.draft.threePublic.find((l) => l.item === 'total')).toMatchObject({ budget: '4.05', actual: '3.15' });
    expect(reasonOf(r, '0.9万元')).toBe('增减数，不入栏目');
    expect(reasonOf(r, '0.3万元')).toBe('增减数，不入栏目');
  });

  it('slips 结余未X (未 for 为) and 年未结余 (年未 for 年末) are the balances', () => {
    const r = load('2031年度部门整体支出绩效自评报告\n本单位本年收入220万元，本年支出210万元，年初结余未12.6万元，年未结余数22.6万元。');
    expect(rows(r)?.total).toMatchObject({ opening: '12.6', closing: '22.6' });
    expect(r.unplaced).toEqual([]);
  });

  it('look-alikes: 未结余 / 未支付 / 本年未结余 (a real 未, “not”) fill no balance', () => {
    const r = load(
      '2031年度部门整体支出绩效自评报告\n本单位本年收入220万元，本年支出210万元，未结余资金5万元，尚未支付3万元，本年未结余4万元，当年未结转资金2万元，2030年未结余1万元。',
    );
    expect(rows(r)?.total).toEqual({ opening: '0', income: '220', expenditure: '210', closing: '0' });
    for (const t of ['5万元', '3万元', '4万元', '2万元', '1万元']) expect(reasonOf(r, t)).toBeDefined();
  });

  it('（一）某某支出类科目 X 元 is a line of the functional classification', () => {
    const r = load('一、支出预算情况\n（一）教育支出类科目 85000.5 元，占支出总预算的 60%；\n（二）卫生健康支出科目 40000 元。');
    expect(reasonOf(r, '85000.5 元')).toBe('按功能分类的一项支出，不入栏目');
    expect(reasonOf(r, '40000 元')).toBe('按功能分类的一项支出，不入栏目');
  });
});
