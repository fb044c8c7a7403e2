// Lexicon entries and how lists use them (our own sentences, invented figures): each correct, with a
// planted error, and a look-alike that is no relation.
import { describe, expect, it } from 'vitest';
import { errors, rel } from '../../../test/helpers/relations.js';
import { conceptOf } from './figures.js';

describe('地方税收收入 is 税收收入, not a source', () => {
  const text = '1至9月，全市一般公共预算收入842.6亿元，完成预算71.2%。其中：地方税收收入601.3亿元，增长4.1%；非税收入241.3亿元，增长9.8%。';
  it('税收 + 非税 is the complete split of the income', () => {
    expect(conceptOf('地方税收收入')).toBe('taxRevenue');
    expect(conceptOf('地方非税收入')).toBe('nonTaxRevenue');
    expect(conceptOf('地方一般公共预算收入')).toBe('local');
    expect(rel(text)).toContainEqual(['sum', 'ok', 842.6, 842.6]);
    expect(errors(text.replace('241.3', '214.3'))).toEqual([['sum', 842.6, 815.6]]);
  });
  it('税收 alone is a part, which may fall short', () => {
    expect(errors('全市一般公共预算收入842.6亿元，其中地方税收收入601.3亿元。')).toEqual([]);
  });
});

describe('三公 wordings', () => {
  it('“三公”经费总支出 and 三公经费决算总额 are the 三公 total; 接待费决算支出 is the item', () => {
    expect(conceptOf('“三公”经费总支出')).toBe('threePublic');
    expect(conceptOf('三公经费决算总额')).toBe('threePublic');
    expect(conceptOf('公务接待费决算支出')).toBe('reception');
    expect(conceptOf('因公出国（境）决算支出')).toBe('abroad');
    expect(conceptOf('因公出国（境）团组数')).toBeNull();
  });
});

describe('a flattened hierarchy under its total', () => {
  const text = '2、支出：520.40万元。其中：人员经费支出300.10万元，公用经费支出60.30万元，项目支出160.00万元。';
  it('人员 + 公用 stand for 基本支出, and with 项目支出 they complete 支出 (the name before a colon labels the figure)', () => {
    expect(rel(text)).toEqual([['sum', 'ok', 520.4, 520.4]]);
    expect(errors(text.replace('60.30', '66.30'))).toEqual([['sum', 520.4, 526.4]]);
  });
  it('without 公用经费 the inner set is not complete: a subset that may fall short', () => {
    expect(errors('2、支出：520.40万元。其中：人员经费支出300.10万元，项目支出160.00万元。')).toEqual([]);
  });
});

describe('levels of government', () => {
  const text = '1-6月，全市一般公共预算收入512.8亿元，增长2.3%。其中：市本级收入230.4亿元，下降1.2%；区级收入282.4亿元，增长5.1%。';
  it('市本级 + 区级 is the whole of a city income or expenditure', () => {
    expect(rel(text)).toContainEqual(['sum', 'ok', 512.8, 512.8]);
    expect(errors(text.replace('282.4', '228.4'))).toEqual([['sum', 512.8, 458.8]]);
  });
  it('省级 + 市县 under an investment of unknown kind is only a subset (central money may be missing)', () => {
    expect(errors('项目总投资900万元，其中省级补助300万元，市县配套200万元。')).toEqual([]);
    expect(errors('全省一般公共预算支出900亿元，其中省级支出300亿元，市县支出500亿元。')).toEqual([['sum', 900, 800]]);
  });
});

describe('procurement wordings', () => {
  const text =
    '2024年，本级纳入政府集中采购的预算规模为5000.00万元，其中：货物类采购预算金额2100.00万元；工程类采购预算金额1900.00万元；服务类采购预算金额1000.00万元。实际采购规模为4600.00万元，其中：货物类实际采购规模1950.00万元；工程类实际采购规模1800.00万元；服务类实际采购规模850.00万元。';
  it('纳入政府集中采购的预算规模 and 实际采购规模 split into 货物 + 工程 + 服务', () => {
    expect(rel(text).filter((r) => r[0] === 'sum')).toEqual([
      ['sum', 'ok', 5000, 5000],
      ['sum', 'ok', 4600, 4600],
    ]);
    expect(errors(text.replace('1800.00', '1700.00'))).toEqual([['sum', 4600, 4500]]);
  });
  it('a 采购 figure of another kind is no part', () => {
    expect(conceptOf('节能产品实际采购规模')).toBeNull();
  });
});

describe('converted pages and nested breakdowns', () => {
  const text =
    '省級“三公”經(jīng)費支出6億元，其中：因公出國(境)經(jīng)費0.5億元；公務(wù)用車購(gòu)置及運(yùn)行費4億元（公務(wù)用車購(gòu)置費1.2億元、公務(wù)用車運(yùn)行維護(hù)費2.8億元）；公務(wù)接待費1.5億元。';
  it('pinyin glosses are blanks; an item of a list is the total of its own complete parenthesis', () => {
    expect(rel(text).filter((r) => r[0] === 'sum')).toEqual([
      ['sum', 'ok', 6, 6],
      ['sum', 'ok', 4, 4],
    ]);
    expect(errors(text.replace('2.8億元', '3.8億元'))).toEqual([['sum', 4, 5]]);
  });
  it('an item of a list is no total of an incomplete parenthesis (a subset is its own list’s business)', () => {
    const one = text.replace('公務(wù)用車購(gòu)置費1.2億元、', '');
    expect(rel(one).filter((r) => r[0] === 'sum' && r[2] === 4)).toEqual([]);
  });
});

describe('head-counts of a unit', () => {
  const text = '本单位2024年末实有人数23人，其中：在职人员17人，离休人员1人，退休人员5人。';
  it('实有人数 = 在职 + 离休 + 退休', () => {
    expect(rel(text).filter((r) => r[0] === 'sum')).toEqual([['sum', 'ok', 23, 23]]);
    expect(errors(text.replace('退休人员5人', '退休人员6人'))).toEqual([['sum', 23, 24]]);
    // a total too large is seen too (a subset would not see it)
    expect(errors(text.replace('实有人数23人', '实有人数25人'))).toEqual([['sum', 25, 23]]);
  });
  it('traditional script and 离退休 as one item', () => {
    expect(errors('實有人數23人，其中：在職人員17人，離退休人員6人。')).toEqual([]);
    expect(errors('實有人數23人，其中：在職人員17人，離退休人員8人。')).toEqual([['sum', 23, 25]]);
  });
  it('编制数 is no 实有人数: the list stays a subset', () => {
    expect(rel('本单位编制数25人，其中：在职人员17人，退休人员5人。')).toEqual([['subset', 'ok', 25, 22]]);
  });
});

describe('funding sources with 州 and 自筹', () => {
  const text = '项目计划总投资860.00万元，其中：中央补助320.00万元，省级配套210.00万元，州80.00万元，县50.00万元，农户自筹200.00万元。';
  it('中央 + 省级 + 州 + 县 + 自筹 make up the investment', () => {
    expect(rel(text).filter((r) => r[0] === 'sum')).toEqual([['sum', 'ok', 860, 860]]);
    expect(errors(text.replace('农户自筹200.00', '农户自筹220.00'))).toEqual([['sum', 860, 880]]);
    // a total too large is seen (a subset would not see it)
    expect(errors(text.replace('总投资860.00', '总投资890.00'))).toEqual([['sum', 890, 860]]);
  });
  it('中央 and 自筹 alone stay a subset', () => {
    expect(rel('项目计划总投资860.00万元，其中：中央补助320.00万元，农户自筹200.00万元。')).toEqual([['subset', 'ok', 860, 520]]);
  });
});

describe('累计完成 after the head noun', () => {
  const text =
    '1—9月，全县一般公共预算收入累计完成52000万元，增长6.1%，其中：税收收入累计完成36400万元，增长3.2%；非税收入累计完成15600万元，增长13.5%。全县一般公共预算支出累计完成80000万元，其中民生支出累计完成60000万元，占一般公共预算支出的75.0%。';
  it('税收 + 非税 split the income; the share names the expenditure', () => {
    expect(rel(text)).toContainEqual(['sum', 'ok', 52000, 52000]);
    expect(rel(text)).toContainEqual(['share', 'ok', 75, 75]);
    expect(errors(text.replace('52000万元', '55000万元'))).toEqual([['sum', 55000, 52000]]);
    expect(errors(text.replace('75.0%', '57.0%'))).toEqual([['share', 57, 75]]);
  });
});

describe('a budget as adopted plus its adjustment', () => {
  const text = '2024年项目预算资金48.50万元，其中年初预算36.00万元，调整追加12.50万元。';
  it('年初预算 + 追加 = 全年预算', () => {
    expect(rel(text)).toEqual([['sum', 'ok', 48.5, 48.5]]);
    expect(errors(text.replace('12.50', '14.50'))).toEqual([['sum', 48.5, 50.5]]);
    expect(errors(text.replace('48.50', '52.50'))).toEqual([['sum', 52.5, 48.5]]);
  });
  it('a cut (调减) is no addition: the list stays a subset', () => {
    expect(rel('2024年项目预算资金23.50万元，其中年初预算36.00万元，调减12.50万元。').filter((r) => r[0] === 'sum')).toEqual([]);
  });
});

describe('三公经费支出决算汇总数 is the 三公 total', () => {
  it('names the concept, so its items are checked against it', () => {
    expect(conceptOf('全县“三公”经费支出决算汇总数')).toBe('threePublic');
    const text =
      '2024年度，全县“三公”经费支出决算汇总数为50万元，较上年60万元减少10万元。其中：因公出国（境）费为0万元，公务接待费为20万元，公务用车购置及运行维护费为30万元。';
    expect(errors(text)).toEqual([]);
    expect(errors(text.replace('公务接待费为20万元', '公务接待费为25万元'))).toContainEqual(['sum', 50, 55]);
  });
});

describe('the vehicle item given by its two halves', () => {
  const text = '全年三公经费支出90万元。其中：因公出国（境）费支出0万元。公务用车购置费支出20万元；公务用车运行维护费支出40万元。公务接待费支出30万元。';
  it('购置费 alone does not stand for the vehicle class: a list missing 运行维护费 is a subset, not a short sum', () => {
    expect(errors(text)).toEqual([]);
    expect(errors('全年三公经费支出90万元，其中：因公出国（境）费0万元，公务用车购置费20万元，公务接待费30万元。')).toEqual([]);
  });
  it('with both halves listed the set is complete and a wrong total is still an error', () => {
    expect(errors('全年三公经费支出95万元，其中：因公出国（境）费0万元，公务用车购置费20万元，公务用车运行维护费40万元，公务接待费30万元。')).toEqual([
      ['sum', 95, 90],
    ]);
  });
});

describe('人员经费 by economic class', () => {
  const text = '2024年人员经费支出412.60万元，其中工资福利支出350.40万元，对个人和家庭的补助62.20万元；公用经费支出38.90万元。';
  it('工资福利支出 and 对个人和家庭的补助 make up all of it', () => {
    expect(errors(text)).toEqual([]);
    expect(errors(text.replace('62.20万元', '60.20万元'))).toEqual([['sum', 412.6, 410.6]]);
  });
  it('look-alike: one class alone stays a part', () => {
    expect(errors('2024年人员经费支出412.60万元，其中工资福利支出350.40万元；公用经费支出38.90万元。')).toEqual([]);
  });
});

describe('the two banks of a river stretch', () => {
  it('左岸 + 右岸 make up the stretch; one bank alone is a subset', () => {
    const text = '新建堤防工程2.36km：左岸1.18km，右岸1.18km，已全部完工。';
    expect(rel(text)).toEqual([['sum', 'ok', 2.36, 2.36]]);
    expect(errors(text.replace('2.36km', '2.46km'))).toEqual([['sum', 2.46, 2.36]]);
    expect(errors('新建堤防工程2.36km，其中左岸1.18km。')).toEqual([]);
  });
  it('a length after a count of stretches (左岸1段，长a) is the length of those stretches', () => {
    const text = '新建护岸工程共3段，长2.36km：左岸1段，长1.16km，右岸2段，长1.20km。';
    expect(rel(text)).toEqual([['sum', 'ok', 2.36, 2.36]]);
    expect(errors(text.replace('长1.16km', '长1.26km'))).toEqual([['sum', 2.36, 2.46]]);
    // a length after a count with another name stays unnamed: no split of the stretch
    expect(errors('新建护岸工程共3段，长2.36km：新建护坡1段，长1.16km，加固2段，长1.03km。')).toEqual([]);
  });
});

describe('政府采购货物/工程/服务预算: the parts repeat their total’s name', () => {
  const text = '2025年本单位政府采购预算320.50万元，其中：政府采购货物预算40.20万元、政府采购工程预算0万元、政府采购服务预算280.30万元。';
  it('goods, works and services are the complete split of the procurement budget', () => {
    expect(conceptOf('政府采购货物')).toBe('procGoods');
    expect(conceptOf('政府采购服务预算')).toBe('procServices');
    expect(rel(text)).toContainEqual(['sum', 'ok', 320.5, 320.5]);
    expect(errors(text.replace('40.20', '42.00'))).toEqual([['sum', 320.5, 322.3]]);
  });
  it('a share set aside for small firms is no procurement class: no sum', () => {
    const aside = '2025年本单位政府采购预算320.50万元，其中：面向中小企业预留政府采购项目预算150.00万元、政府采购服务预算100.00万元。';
    expect(errors(aside)).toEqual([]);
  });
});
