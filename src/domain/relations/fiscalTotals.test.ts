// A government's budget report (预算执行 / 决算草案): the halves of its balance, the transfers it receives,
// and a bracket after the rate of change. Our own sentences and invented figures.
import { describe, expect, it } from 'vitest';
import { errors, rel } from '../../../test/helpers/relations.js';
import { conceptOf } from './figures.js';

describe('收入总计 = 本级收入 + 转移性收入; 支出总计 = 本级支出 + 转移性支出', () => {
  const income = '2023年一般公共预算收入总计58.40亿元，其中：本级收入32.10亿元，转移性收入26.30亿元。';
  const spending = '一般公共预算支出总计58.40亿元，其中：本级支出47.20亿元，转移性支出11.20亿元。';
  it('the two halves are the whole', () => {
    expect(conceptOf('本级收入')).toBe('ownRevenue');
    expect(conceptOf('转移性收入')).toBe('transferRevenue');
    expect(conceptOf('转移性支出')).toBe('transferOutExp');
    expect(rel(income)).toEqual([['sum', 'ok', 58.4, 58.4]]);
    expect(rel(spending)).toEqual([['sum', 'ok', 58.4, 58.4]]);
  });
  it('a changed total or half is an error', () => {
    expect(errors(income.replace('58.40', '62.40'))).toEqual([['sum', 62.4, 58.4]]);
    expect(errors(spending.replace('11.20', '12.20'))).toEqual([['sum', 58.4, 59.4]]);
  });
  it('one half alone, or taxes of one kind, are only a part', () => {
    expect(errors('全区收入58.40亿元，其中：本级收入32.10亿元。')).toEqual([]);
    expect(errors('税收收入32.10亿元，其中：增值税12.00亿元，企业所得税6.50亿元。')).toEqual([]);
    expect(errors('一般公共预算支出58.40亿元，其中：本级支出47.20亿元，教育支出9.00亿元。')).toEqual([]);
  });
});

describe('transfers received, named from the giver (上级财政对本区转移支付)', () => {
  const text = '上级财政对本区转移支付120.5亿元，其中：返还性收入10.2亿元；一般性转移支付95.0亿元；专项转移支付15.3亿元。';
  it('返还性 + 一般性 + 专项 make it up', () => {
    expect(conceptOf('上级财政对本区转移支付')).toBe('transferIncome');
    expect(conceptOf('一般性转移支付')).toBe('generalTransfer');
    expect(rel(text)).toContainEqual(['sum', 'ok', 120.5, 120.5]);
    expect(errors(text.replace('95.0', '59.0'))).toEqual([['sum', 120.5, 84.5]]);
  });
  it('spending on transfers to the levels below is not what the unit received', () => {
    expect(conceptOf('对下级转移支付')).toBe('transferExp');
    expect(errors('转移支付支出120.5亿元，其中：一般性转移支付95.0亿元，专项转移支付15.3亿元。')).toEqual([]);
  });
});

describe('X，同比下降p%（a、b）: the bracket after the rate still breaks down X', () => {
  const text = '地方一般公共预算收入完成52000万元，同比下降1.20%（税收收入30000万元、政府非税收入22000万元）。';
  it('税收 + 非税 add up to X', () => {
    expect(conceptOf('政府非税收入')).toBe('nonTaxRevenue');
    expect(rel(text)).toContainEqual(['sum', 'ok', 52000, 52000]);
    expect(errors(text.replace('22000', '21000'))).toEqual([['sum', 52000, 51000]]);
  });
  it('a bracket of some taxes, or of another rate, is no breakdown', () => {
    expect(errors('税收收入完成30000万元，增长5.0%（增值税12000万元、企业所得税8000万元）。')).toEqual([]);
    expect(rel('一般公共预算收入完成52000万元，增长1.2%（剔除留抵退税因素后增长3.5%）。').filter((r) => r[0] === 'sum')).toEqual([]);
  });
});

describe('收入总计 item by item: own revenue, what the level above gives, … and the carry-in last', () => {
  const clauses =
    '全区一般公共预算收入完成70.00亿元，其中：税收收入完成21.30亿元，同比下降10.5%；非税收入完成14.20亿元，增长9%；上级转移支付补助收入24.60亿元，增长7.1%；动用预算稳定调节基金1.10亿元，下降5.2%；债务转贷收入3.90亿元，增长8.8%；上年结转4.90亿元，增长11.4%。';
  const numbered =
    '一般公共预算收入完成90000万元，其中：（1）地方一般公共预算收入完成40000万元；（2）上级补助收入完成30000万元；（3）调入资金1000万元；（4）地方政府一般债务转贷收入9000万元；（5）上年结余收入10000万元。';
  const estimated =
    '调整后，一般公共预算总收入预计60.50亿元，其中：一般公共预算收入30.20亿元，上级转移支付补助收入20.10亿元，一般债券转贷收入1.20亿元，调入资金4.00亿元，上年结余5.00亿元。';
  it('every item counts', () => {
    expect(conceptOf('地方政府一般债务转贷收入')).toBe('debtTransferIn');
    expect(conceptOf('上年结余收入')).toBe('carryIn');
    expect(rel(clauses)).toContainEqual(['sum', 'ok', 70, 70]);
    expect(rel(numbered)).toContainEqual(['sum', 'ok', 90000, 90000]);
    expect(rel(estimated)).toContainEqual(['sum', 'ok', 60.5, 60.5]);
  });
  it('a changed total or item is an error', () => {
    expect(errors(clauses.replace('70.00', '74.90'))).toEqual([['sum', 74.9, 70]]);
    expect(errors(numbered.replace('9000万元', '90000万元'))).toEqual([['sum', 90000, 171000]]);
    expect(errors(estimated.replace('4.00', '4.40'))).toEqual([['sum', 60.5, 60.9]]);
  });
  it('税收 + 非税 that add up to the total end the list; without the carry-in it is no balance', () => {
    const ranOn = '全市一般公共预算收入50.00亿元，其中：税收收入35.00亿元，非税收入15.00亿元；上级补助收入40.00亿元，上年结余5.00亿元。';
    expect(errors(ranOn)).toEqual([]);
    expect(errors('全市一般公共预算收入50.00亿元，其中：税收收入35.00亿元，非税收入15.00亿元；上级补助收入40.00亿元。')).toEqual([]);
    expect(errors('一般公共预算收入90000万元，其中：上级补助收入30000万元，调入资金1000万元，上年结余收入10000万元。')).toEqual([]);
  });
});

describe('根据上述X，加A；B；C；财政总收入为T: the items added one clause each', () => {
  const text =
    '全年全县完成地方财政收入11000万元，比上年增长3.0%。根据上述地方财政收入，加返还性收入3000万元；一般性转移支付收入40000万元；上年结余结转5000万元；财政总收入为59000万元。';
  it('X and the items add up to the 总收入', () => {
    expect(rel(text)).toContainEqual(['sum', 'ok', 59000, 59000]);
    expect(errors(text.replace('59000', '59500'))).toEqual([['sum', 59500, 59000]]);
  });
  it('a ； before the other side ends the chain', () => {
    const sides = '全县一般公共预算收入11000万元，加上级补助收入3000万元；一般公共预算支出13000万元；上解支出500万元；支出合计13500万元。';
    expect(errors(sides)).toEqual([]);
    expect(errors('全县一般公共预算收入11000万元，加上级补助收入3000万元，收入合计14000万元；一般公共预算支出13000万元。')).toEqual([]);
  });
});

describe('X。加A、B，扣除C、D。总收入T: the items added and taken off, the total in the sentence after', () => {
  const text =
    '全年一般公共预算收入完成40.00亿元，较上年增长3.4%。加税收返还和转移支付20.00亿元、上年结余3.00亿元、调入资金5.00亿元，扣除上解支出8.00亿元、债务还本支出10.00亿元。全年一般公共预算总收入完成50.00亿元，待体制结算后据实确定。';
  it('X + A + B − C − D = T (both items after 扣除 taken away)', () => {
    expect(rel(text)).toContainEqual(['difference', 'ok', 50, 50]);
    expect(errors(text.replace('50.00', '66.00'))).toEqual([['difference', 66, 50]]);
    expect(errors(text.replace('8.00', '9.00'))).toEqual([['difference', 50, 49]]);
  });
  it('no total after the items, or one of the other side: nothing', () => {
    const noTotal = text.replace('全年一般公共预算总收入完成50.00亿元', '全年一般公共预算支出完成45.00亿元');
    expect(rel(noTotal).filter((r) => r[0] !== 'rate' && r[2] !== 40)).toEqual([]);
    expect(errors('全年一般公共预算收入完成40.00亿元。加上级补助20.00亿元，扣除留抵退税因素后增长5.0%。全年总收入完成61.00亿元。')).toEqual([]);
  });
});

describe('非税收入 by kind: 专项、行政事业性收费、罚没、国有资源（资产）有偿使用、其他', () => {
  const text =
    '非税收入8200万元，增长5.1%。其中，专项收入3100万元，增长2.0%；行政事业性收费900万元，增长1.2%；罚没收入1200万元，下降3.5%；国有资源（资产）有偿使用收入2000万元，增长8.8%；其他收入1000万元，增长4.0%。';
  it('the kinds make up the whole', () => {
    expect(conceptOf('行政事业性收费')).toBe('adminFees');
    expect(conceptOf('国有资源（资产）有偿使用收入')).toBe('stateResourceRevenue');
    expect(rel(text)).toContainEqual(['sum', 'ok', 8200, 8200]);
    expect(errors(text.replace('1200万元', '1300万元'))).toEqual([['sum', 8200, 8300]]);
  });
  it('some kinds only are a subset', () => {
    expect(errors('非税收入8200万元，其中：专项收入3100万元，罚没收入1200万元。')).toEqual([]);
    expect(errors('税收收入9000万元，其中：增值税3100万元，企业所得税1200万元。')).toEqual([]);
  });
});

describe('X。其中：⏎1.A a…⏎2.B b…: numbered lines that complete a set of the lexicon are the whole of X', () => {
  const text = [
    '（一）收入情况',
    '全年一般公共预算收入实际完成50000万元，比上年增长5.0%。其中：',
    '1.税收收入40000万元，比上年增长4.0%。其中，增值税15000万元，比上年增长3.0%。',
    '其他税种8000万元，比上年增长2.0%。',
    '2.非税收入10000万元，比上年增长9.0%。',
    '（二）支出情况',
    '全年一般公共预算支出60000万元。',
  ].join('\n');
  it('税收 + 非税 on their numbered lines add up', () => {
    expect(rel(text)).toContainEqual(['sum', 'ok', 50000, 50000]);
    expect(errors(text.replace('10000万元', '11000万元'))).toEqual([['sum', 50000, 51000]]);
  });
  it('numbered lines of no complete set may fall short', () => {
    const some = text.replace('1.税收收入40000万元', '1.专项收入30000万元').replace('2.非税收入10000万元', '2.罚没收入10000万元');
    expect(errors(some)).toEqual([]);
  });
});
