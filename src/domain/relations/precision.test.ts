// Look-alikes seen in held-out real reports (our own sentences, invented figures): each clean text
// must give no error, and the relation it does assert still catches a planted error.
import { describe, expect, it } from 'vitest';
import { relations, errors } from '../../../test/helpers/relations.js';

describe('a 其中 list ends where a new whole starts after ；', () => {
  const text = '全区收入完成300亿元，下降5%，其中：税收收入完成210亿元，下降8%；全区支出完成640亿元，增长2%。';
  it('the expenditure after ； is no part of the revenue', () => {
    expect(errors(text)).toEqual([]);
    expect(
      relations(text)
        .find((r) => r.kind === 'subset')
        ?.parts.map((p) => p.value),
    ).toEqual([210]);
  });
  it('a part larger than its total is still an error', () => {
    expect(errors(text.replace('税收收入完成210亿元', '税收收入完成310亿元'))).toEqual([['subset', 310, 300]]);
  });
  it('siblings after ； still join the list', () => {
    const t = '全区收入完成300亿元，其中：税收收入210亿元；非税收入90亿元。';
    expect(
      relations(t)
        .find((r) => r.kind === 'sum')
        ?.parts.map((p) => p.value),
    ).toEqual([210, 90]);
  });
});

describe('a share names its denominator with the words of an earlier figure', () => {
  const text = '全国采购规模为800亿元。中央单位、地方单位采购规模分别为100亿元和700亿元。授予小企业合同600亿元，占全国采购规模的75%。';
  it('the figure named with those very words wins over a nearer one of the same concept', () => {
    expect(errors(text)).toEqual([]);
    expect(relations(text).find((r) => r.kind === 'share' && r.stated === 75)?.verdict).toBe('ok');
  });
  it('a wrong share of that figure is an error', () => {
    expect(errors(text.replace('的75%', '的85%'))).toEqual([['share', 85, 75]]);
  });
});

describe('an amount after a colon that names the item', () => {
  const head = '2023年本年支出决算900万元，其中基本支出700万元，项目支出200万元。\n';
  it('支出决算 of a 类/款/项 line is that line, not the unit total', () => {
    expect(errors(`${head}一、卫生健康（类）公立医院（款）综合医院（项）：支出决算为80万元，完成预算90%。`)).toEqual([]);
  });
  it('under a heading (支出情况：) it is still the unit total, and a second value is an error', () => {
    expect(errors(`${head}二、支出情况：支出决算为950万元。`)).toEqual([['same', 950, 900]]);
  });
});

describe('支出包括 after a statement of 收支总预算', () => {
  const text =
    '（二）住房保障支出类科目100元，占支出总预算20%。\n三、财政拨款收支预算总体情况说明\n2025年财政拨款收支总预算500元。收入包括：一般公共预算拨款500元。支出包括：教育支出400元、住房保障支出100元。';
  it('the bare 支出 is not the item whose label merely contains it', () => {
    expect(errors(text)).toEqual([]);
  });
});

describe('a rate of change with an adverb (增幅只是/仅为 x%)', () => {
  const text = '今年拨款预算660万元，与去年执行数600万元相比，增幅只是10%。';
  it('is the change over the figure it is compared with', () => {
    expect(errors(text)).toEqual([]);
    expect(errors(text.replace('只是10%', '只是8%'))).toEqual([['difference', 8, 10]]);
    expect(errors(text.replace('增幅只是10%', '增幅仅为8%'))).toEqual([['difference', 8, 10]]);
  });
});

describe('a bare 支出决算 after an item named in its sentence (held-out round 5)', () => {
  const text =
    '2024年度“三公”经费支出预算为9万元，支出决算为9万元，完成预算的100%。\n1. 因公出国（境）费预算为0万元，支出决算为0万元，与上年持平。\n2. 公务接待费预算为3万元，支出决算为3万元。';
  it('is the item’s own figure, not a restatement of the total', () => {
    expect(errors(text)).toEqual([]);
  });
  it('two statements of the unit’s 支出决算 that disagree are still an error', () => {
    expect(errors('2024年度本单位支出决算为80万元。\n……\n2024年度本单位支出决算为85万元，其中基本支出60万元，项目支出25万元。')).toContainEqual([
      'same',
      80,
      85,
    ]);
  });
});

describe('a flattened table whose numbered rows are subtotals (held-out round 5)', () => {
  const table = (total: string) =>
    [
      '单位：万元',
      '项 目 | 上年决算数 | 本年执行数',
      '一、税收收入 | 60 | 70',
      '增值税 | 40 | 45',
      '个人所得税 | 20 | 25',
      `本年收入合计 | 60 | ${total}`,
    ].join('\n');
  it('一、税收收入 over its own rows: the 合计 is not the sum of heading and children, so no error', () => {
    expect(errors(table('70'))).toEqual([]);
    expect(errors(table('75'))).toEqual([]);
  });
  it('a flat block is still checked', () => {
    const flat = ['单位：万元', '项 目 | 上年决算数 | 本年执行数', '增值税 | 40 | 45', '个人所得税 | 20 | 25', '本年收入合计 | 60 | 75'].join('\n');
    expect(errors(flat)).toEqual([['tableTotal', 75, 70]]);
  });
});
