// Wordings of older or plainer reports: 公务接待费支出数 / 三公经费支出数 (an item's actual, said with 支出数) and
// 一般预算拨款收入 (the older name of 一般公共预算拨款收入). Our own sentences, invented figures.
import { describe, expect, it } from 'vitest';
import { importEvaluation } from './evaluation.js';
import { textToDocument } from './read.js';

const load = (text: string) => importEvaluation(textToDocument(Buffer.from(text, 'utf8'), 'x.txt'), { year: 2031 });
const item = (r: ReturnType<typeof load>, key: string) => r.draft.threePublic.find((x) => x.item === key);
const line = (r: ReturnType<typeof load>, key: string) => r.draft.budgetLines.find((x) => x.key === key);
const SELF = '某站2031年度部门整体支出绩效自评报告\n一、“三公”经费情况\n';

describe('X支出数 of a 三公 item is its actual', () => {
  it('三公经费支出数 and each item’s 支出数', () => {
    const r = load(`${SELF}2031年“三公”经费支出数4.3万元，其中公务接待费支出数1.2万元，公务用车运行维护费支出数3.1万元，因公出国（境）费支出数0万元。`);
    expect(item(r, 'total')).toMatchObject({ budget: null, actual: '4.3' });
    expect(item(r, 'reception')).toMatchObject({ budget: null, actual: '1.2' });
    expect(item(r, 'vehicleOperation')).toMatchObject({ budget: null, actual: '3.1' });
    expect(item(r, 'overseas')).toMatchObject({ actual: '0' });
    expect(r.unplaced).toEqual([]);
  });

  it('预算数 then 支出数 of the same item: the budget, then what was spent', () => {
    const r = load(`${SELF}2031年三公经费预算数8.00万元，三公经费支出数6.45万元。其中：公务接待费预算数2.50万元，公务接待费支出数1.95万元。`);
    expect(item(r, 'total')).toMatchObject({ budget: '8', actual: '6.45' });
    expect(item(r, 'reception')).toMatchObject({ budget: '2.5', actual: '1.95' });
    expect(r.unplaced).toEqual([]);
  });

  it('the 三公 budget, then each item’s 支出数: the items were spent (the sentence’s 预算 is the total’s)', () => {
    const r = load(`${SELF}2031年“三公”经费预算数5.40万元，公务接待费支出数1.15万元，公务用车运行维护费支出数2.70万元。`);
    expect(item(r, 'total')).toMatchObject({ budget: '5.4', actual: null });
    expect(item(r, 'reception')).toMatchObject({ budget: null, actual: '1.15' });
    expect(item(r, 'vehicleOperation')).toMatchObject({ budget: null, actual: '2.7' });
  });

  it('决算数 and 实际支出 stay the actual, 预算数 the budget', () => {
    const r = load(`${SELF}公务接待费决算数0.8万元，公务用车运行维护费实际支出2.6万元，公务用车购置费预算数12万元。`);
    expect(item(r, 'reception')?.actual).toBe('0.8');
    expect(item(r, 'vehicleOperation')?.actual).toBe('2.6');
    expect(item(r, 'vehiclePurchase')).toMatchObject({ budget: '12', actual: null });
  });
});

describe('look-alikes of X支出数', () => {
  it('in a budget document 支出数 is what is planned', () => {
    const r = load('某站2031年度部门预算\n一、“三公”经费\n2031年三公经费预算数9.00万元，其中：公务接待费支出数3.00万元。');
    expect(item(r, 'reception')).toMatchObject({ budget: '3', actual: null });
  });

  it('a part of a budget total named with 支出数 stays the budget', () => {
    const r = load(`${SELF}2031年“三公”经费预算数5.40万元，其中：公务接待费支出数1.15万元，公务用车运行维护费支出数4.25万元。`);
    expect(item(r, 'reception')).toMatchObject({ budget: '1.15', actual: null });
    expect(item(r, 'vehicleOperation')).toMatchObject({ budget: '4.25', actual: null });
  });

  it('公用经费支出数 / 会议费支出数 are no 三公 item', () => {
    const r = load(`${SELF}2031年公用经费支出数52.4万元，会议费支出数1.3万元。`);
    expect(r.draft.threePublic).toEqual([]);
    expect(r.recognised.placed).toEqual([]);
  });
});

describe('一般预算拨款收入 is the 财政拨款 income line', () => {
  it('placed like 财政拨款收入, and 其他收入 beside it is what came in (not a 年初预算)', () => {
    const r = load('某馆2031年度部门整体支出绩效自评报告\n一、收入情况\n2031年度收入总计286.40万元，其中一般预算拨款收入271.40万元，其他收入15.00万元。');
    expect(line(r, 'fiscal')).toMatchObject({ initial: null, executed: '271.4' });
    expect(line(r, 'other')).toMatchObject({ initial: null, executed: '15' });
    expect(r.unplaced.some((u) => /分类中的一项收入/.test(u))).toBe(false);
  });

  it('its 预算数 is the budget, and 税收收入 stays a class of income', () => {
    const r = load('某馆2031年度部门整体支出绩效自评报告\n一、收入情况\n2031年一般预算拨款收入预算数300.00万元。全县税收收入5,000.00万元。');
    expect(line(r, 'fiscal')).toMatchObject({ initial: '300', executed: null });
    expect(r.recognised.placed.map((p) => p.text)).not.toContain('5,000.00万元');
  });
});
