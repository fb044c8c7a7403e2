// 上述收支相抵，年终结余C after a fund's income and spending (our own sentences, invented figures).
import { describe, expect, it } from 'vitest';
import { errors, ofKind } from '../../../test/helpers/relations.js';

describe('both sides totalled in the paragraphs before', () => {
  const text = [
    '1.一般公共预算收支情况',
    '全县一般公共预算收入80000万元，加上级补助收入50000万元，上年结余收入6000万元，收入合计136000万元。',
    '一般公共预算支出120000万元，加上解上级支出3000万元，支出合计123000万元。',
    '上述收支相抵，年终结余13000万元，全部结转下年使用。',
  ].join('\n');
  it('the balance is total income less total spending', () => {
    expect(ofKind(text, 'difference')).toEqual([['ok', 13000, 13000]]);
    expect(errors(text.replace('年终结余13000万元', '年终结余14000万元'))).toEqual([['difference', 14000, 13000]]);
  });
  it('a balance without 收支相抵 is left to the other rules', () => {
    expect(ofKind(text.replace('上述收支相抵，', ''), 'difference')).toEqual([]);
  });
});

describe('the fund’s money listed plainly in the sentence before', () => {
  const text = ['国有资本经营收入900万元，上级补助收入60万元，上年结余40万元，国有资本经营支出700万元。', '上述收支相抵，年终结余300万元。'].join('\n');
  it('income in, spending out', () => {
    expect(ofKind(text, 'difference')).toEqual([['ok', 300, 300]]);
    expect(errors(text.replace('上级补助收入60万元', '上级补助收入70万元'))).toEqual([['difference', 300, 310]]);
  });
  it('a list with a 其中 part, or an amount that is neither in nor out, is not read', () => {
    const part = text.replace('国有资本经营支出700万元', '国有资本经营支出700万元，其中基本建设支出200万元');
    expect(errors(part.replace('年终结余300万元', '年终结余500万元'))).toEqual([]);
    const other = text.replace('上年结余40万元', '债务余额40万元');
    expect(errors(other.replace('年终结余300万元', '年终结余500万元'))).toEqual([]);
  });
});

describe('the balance spelled out with 加 and 减 in one sentence', () => {
  const text = '上年结转结余1.20亿元，加一般公共预算总收入25.40亿元，减一般公共预算总支出24.90亿元，年末结余1.70亿元。';
  it('the words do the arithmetic', () => {
    expect(ofKind(text, 'difference')).toEqual([['ok', 1.7, 1.7]]);
    expect(errors(text.replace('1.70亿元', '1.80亿元'))).toEqual([['difference', 1.8, 1.7]]);
  });
  it('加 alone (no 减) is a sum said otherwise: not read here', () => {
    expect(ofKind('上年结转1.20亿元，加本年收入25.40亿元，年末结余3.00亿元。', 'difference')).toEqual([]);
  });
});

describe('a zero carried over is none at all', () => {
  const text = '上年结转结余0亿元，加一般公共预算总收入13.20亿元，减一般公共预算总支出13.05亿元，年末结余0.15亿元。';
  it('so a balance off by 0.1亿元 is an error, not rounding of the 0', () => {
    expect(ofKind(text, 'difference')).toEqual([['ok', 0.15, 0.15]]);
    expect(errors(text.replace('年末结余0.15亿元', '年末结余0.25亿元'))).toEqual([['difference', 0.25, 0.15]]);
  });
});

describe('A，剔除B后，…为C', () => {
  const text = '全年服务类采购规模为820.5亿元，剔除以购买服务方式实施的工程项目支出310.2亿元后，服务类采购同口径规模为510.3亿元，较上年增加60.3亿元。';
  it('what is left is A − B', () => {
    expect(ofKind(text, 'difference')).toContainEqual(['ok', 510.3, 510.3]);
    expect(errors(text.replace('510.3亿元', '520.3亿元'))).toContainEqual(['difference', 520.3, 510.3]);
  });
  it('剔除 an effect with a rate after it relates no amounts', () => {
    expect(errors('全年收入820.5亿元，剔除一次性收入310.2亿元后，同口径增长6.5%。')).toEqual([]);
  });
});

describe('剔除 / 扣除 inside a longer sum', () => {
  it('收入a，加结转b，扣除支出c后，结余d is not b − c', () => {
    const text = '本年收入150.00万元，加上年初结转和结余8.00万元，扣除本年支出145.50万元后，年末结转和结余12.50万元。';
    expect(ofKind(text, 'difference')).toEqual([]);
    expect(errors(text)).toEqual([]);
  });
});

describe('总收入 and 总支出 as the two sides, 结转结余 as what they leave', () => {
  const text = [
    '全镇一般公共预算收入21.40亿元，加上调入资金和上年结转结余后，一般公共预算总收入26.50亿元。',
    '全镇一般公共预算总支出25.80亿元，完成调整预算97.20%。其中，基本经费支出9.10亿元，专项经费支出16.70亿元。',
    '收支相抵，结转结余7000万元。',
  ].join('\n');
  it('the balance is 总收入 less 总支出, across units', () => {
    expect(ofKind(text, 'difference')).toEqual([['ok', 7000, 7000]]);
    expect(errors(text.replace('结转结余7000万元', '结转结余9000万元'))).toEqual([['difference', 9000, 7000]]);
    expect(errors(text.replace('总收入26.50亿元', '总收入27.00亿元'))).toEqual([['difference', 7000, 12000]]);
  });
  it('结转和结余 reads the same; a balance named otherwise (债务余额) is not read', () => {
    expect(ofKind(text.replace('结转结余7000', '结转和结余7000'), 'difference')).toEqual([['ok', 7000, 7000]]);
    expect(errors(text.replace('结转结余7000万元', '债务余额9000万元'))).toEqual([]);
  });
  it('look-alike: 总收入 with no 总支出 before the balance is not read', () => {
    const one = text.replace('一般公共预算总支出25.80亿元', '一般公共预算支出25.80亿元');
    expect(errors(one.replace('结转结余7000万元', '结转结余9000万元'))).toEqual([]);
  });
});
