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
