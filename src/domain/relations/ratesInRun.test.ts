// Completion rates whose plan and amount done stand in the rate's own run of clauses, and rates of counts
// (our own sentences, invented figures): both verdicts, and look-alikes that relate nothing.
import { describe, expect, it } from 'vitest';
import { ofKind } from '../../../test/helpers/relations.js';

const rates = (text: string) => ofKind(text, 'rate');

describe('计划P，完成A，完成（年度）计划（投资）X%', () => {
  const text =
    '6宗农业项目年度计划投资12.0亿元，全年完成投资15.6亿元，完成年度计划投资130.0%。4宗交通项目年度计划投资5.0亿元，全年完成投资4.1亿元，完成年度计划投资82.0%。';
  it('each category: X = A ÷ P', () => {
    expect(rates(text)).toEqual([
      ['ok', 130, 130],
      ['ok', 82, 82],
    ]);
    expect(rates('9宗续建项目总投资210.0亿元，年度投资计划30.0亿元，完成投资33.0亿元，完成计划110.0%。')).toEqual([['ok', 110, 110]]);
    expect(rates('（1）在建项目50个，总投资800.0亿元，年度计划投资160.0亿元，完成投资184.0亿元，完成投资比例115%；')).toEqual([['ok', 115, 115]]);
    expect(rates('（1）在建项目50个，总投资800.0亿元，年度计划投资160.0亿元，完成投资184.0亿元，完成投资比例125%；')).toEqual([['error', 125, 115]]);
    // a planned count beside the planned investment is no plan of the investment
    expect(rates('（2）计划新开工项目30个，年度计划投资80.0亿元，已开工25个，完成投资96.0亿元，完成投资比例120%；')).toEqual([['ok', 120, 120]]);
  });
  it('a wrong rate, plan or amount is an error', () => {
    expect(rates(text.replace('130.0%', '140.0%'))[0]).toEqual(['error', 140, 130]);
    expect(rates(text.replace('4.1亿元', '4.6亿元'))[1]).toEqual(['error', 82, 92]);
  });
  it('look-alike: two amounts done in the run name no single one', () => {
    expect(rates('年度计划投资12.0亿元，上半年完成投资6.0亿元，下半年完成投资9.6亿元，完成年度计划投资130.0%。').filter((r) => r[0] === 'error')).toEqual([]);
  });
});

describe('完成A，比上年增长g%，为（占）预算数B的X%（，为目标C的Y%）', () => {
  const text = '全年完成一般公共预算收入18.00亿元，同比增长9.5%，为人大批准预算数20.00亿元的90.00%，为市下全年目标16.00亿元112.50%。';
  it('each rate over the one amount done before it', () => {
    expect(rates(text)).toEqual([
      ['ok', 90, 90],
      ['ok', 112.5, 112.5],
    ]);
    expect(rates('完成税收收入3600万元，比去年同期增长12.0%，占年初计划4500万元的80.00%。')).toEqual([['ok', 80, 80]]);
    // an amount done named by a budget type (完成一般公共预算收入) is the amount, not a plan
    expect(rates('截至9月底，完成一般公共预算收入9.00亿元，同比增长5.0%，为人大预算数12.00亿元的75.00%。')).toEqual([['ok', 75, 75]]);
  });
  it('a wrong rate or figure is an error', () => {
    expect(rates(text.replace('112.50%', '122.50%'))[1]).toEqual(['error', 122.5, 112.5]);
    expect(rates(text.replace('20.00亿元', '24.00亿元'))[0]).toEqual(['error', 90, 75]);
  });
  it('look-alike: no amount done in the run (a share of a named whole) relates nothing here', () => {
    expect(rates('税收收入3600万元，占全部收入4500万元的80.00%。').filter((r) => r[0] === 'error')).toEqual([]);
  });
});

describe('共实施项目N个。M个项目已开工，开工率r%；已完工项目K个，完工率s%', () => {
  const text = '今年全县共实施重点项目40个，计划完成投资20.0亿元。其中34个项目已开工，开工率85%；已完工项目9个，完工率23%。';
  it('each rate of counts over the whole count', () => {
    expect(rates(text)).toEqual([
      ['ok', 85, 85],
      ['ok', 23, 22.5],
    ]);
  });
  it('a wrong count or rate is an error', () => {
    expect(rates(text.replace('开工率85%', '开工率95%'))[0]).toEqual(['error', 95, 85]);
    expect(rates(text.replace('已完工项目9个', '已完工项目12个'))[1]).toEqual(['error', 23, 30]);
  });
  it('look-alike: two whole counts before, or the verb not in the run, relate nothing', () => {
    expect(rates('今年全县共实施重点项目40个，另安排前期项目12个。其中34个项目已开工，开工率85%。')).toEqual([]);
    expect(rates('今年全县共实施重点项目40个。其中34个项目进展顺利，开工率85%。')).toEqual([]);
    expect(rates('今年全县共实施重点项目40个，另有储备项目20个。本年已开工16个，开工率80%。')).toEqual([]);
  });
  it('占项目总数的r%: the count over the one whole before', () => {
    const text2 = '今年全县共实施重点项目40个。已开工项目34个，占项目总数的85%。';
    expect(rates(text2)).toEqual([['ok', 85, 85]]);
    expect(rates(text2.replace('85%', '75%'))).toEqual([['error', 75, 85]]);
  });
  it('the one category before that the run names is the whole', () => {
    const cat = '今年全县共实施重点项目44个，其中续建项目24个，新建项目20个。新建项目已开工16个，开工率80%。';
    expect(rates(cat)).toEqual([['ok', 80, 80]]);
    expect(rates(cat.replace('开工率80%', '开工率40%'))).toEqual([['error', 40, 80]]);
  });
  it('a whole count in the run itself is the whole', () => {
    expect(rates('今年全县共实施重点项目40个。计划新开工项目20个，已开工15个，开工率75%。')).toEqual([['ok', 75, 75]]);
    expect(rates('今年全县共实施重点项目40个。新建项目20个，已开工16个，开工率80%。')).toEqual([['ok', 80, 80]]);
    expect(rates('今年全县共实施重点项目40个。新建项目20个，已开工16个，开工率40%。')).toEqual([['error', 40, 80]]);
  });
});

describe('计划投资P。……完成投资A，占计划总投资的X%: the plan in a sentence before', () => {
  const text = '今年共安排项目30个，计划年度完成投资12.00亿元。截至年底，已开工项目共完成投资9.0亿元，占计划总投资的75%。';
  it('X = A ÷ P, both verdicts', () => {
    expect(rates(text)).toContainEqual(['ok', 75, 75]);
    expect(rates(text.replace('75%', '85%'))).toContainEqual(['error', 85, 75]);
  });
  it('为年度目标任务的X% the same way', () => {
    const goal = '今年年度目标任务为投资12.00亿元。全年累计完成投资13.2亿元，为年度目标任务的110%。';
    expect(rates(goal)).toContainEqual(['ok', 110, 110]);
    expect(rates(goal.replace('13.2亿元', '14.4亿元'))).toContainEqual(['error', 110, 120]);
  });
  it('look-alike: two plans before name no single one', () => {
    const two = '今年计划完成投资12.00亿元，计划争取资金3.00亿元。已开工项目共完成投资9.0亿元，占计划总投资的75%。';
    expect(rates(two).filter((r) => r[0] !== 'unsure')).toEqual([]);
  });
});

describe('完成A，比上年增长g%，完成年度计划P的X% / 完成年度计划P的X%，即完成A', () => {
  it('X = A ÷ P, both verdicts', () => {
    const before = '全年完成投资66.0亿元，比上年增长8.2%，完成年度计划60.0亿元的110.0%。';
    expect(rates(before)).toEqual([['ok', 110, 110]]);
    expect(rates(before.replace('110.0%', '120.0%'))).toEqual([['error', 120, 110]]);
    const after = '全年完成年度计划投资60.0亿元的110.0%，即完成投资66.0亿元。';
    expect(rates(after)).toEqual([['ok', 110, 110]]);
    expect(rates(after.replace('66.0亿元', '69.0亿元'))).toEqual([['error', 110, 115]]);
  });
  it('look-alike: an amount after the rate not led by 即 is another fact', () => {
    expect(rates('全年完成年度计划投资60.0亿元的110.0%，新增投资66.0亿元。')).toEqual([]);
  });
});

describe('categories in a row: 计划A，完成B，完成率C；…', () => {
  const text = '甲类任务计划120个，完成108个，完成率90%；乙类任务计划60个，完成57个，完成率95%。';
  it('each category over its own figures, both verdicts', () => {
    expect(rates(text)).toEqual([
      ['ok', 90, 90],
      ['ok', 95, 95],
    ]);
    expect(rates(text.replace('完成57个', '完成54个'))[1]).toEqual(['error', 95, 90]);
  });
  it('a category missing one figure never borrows it from the category before (its rate stands between)', () => {
    const short = '甲类任务计划120个，完成108个，完成率90%；乙类任务计划60个，完成率95%。';
    expect(rates(short).map((r) => r[0])).toEqual(['ok', 'unsure']);
  });
});
