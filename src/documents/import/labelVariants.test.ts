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
