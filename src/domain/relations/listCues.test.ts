// Lists named by what they are rather than by 其中 (our own sentences, invented figures): 资金来源：
// with every level of government, and a 分别 list closed by 共完成/共下达. Both verdicts and look-alikes.
import { describe, expect, it } from 'vitest';
import { rel } from '../../../test/helpers/relations.js';

const sums = (text: string) => rel(text, ['sum', 'subset']);

describe('资金来源： listing every level', () => {
  it('the sources are all of the figure right before, in the sentence or the one before', () => {
    const same = '该水厂改造项目总投资640万元，资金来源为：中央资金320万元，省级资金160万元，市级配套100万元，县级配套60万元。';
    expect(sums(same)).toEqual([['sum', 'ok', 640, 640]]);
    expect(sums(same.replace('县级配套60', '县级配套90'))).toEqual([['sum', 'error', 640, 670]]);
    const next = '该水厂改造项目总投资640万元。资金来源：中央补助320万元、省级补助160万元、县级配套160万元。';
    expect(sums(next)).toEqual([['sum', 'ok', 640, 640]]);
  });
  it('some levels only, a list ending in 等, or a total that is itself a part: no sum', () => {
    expect(sums('项目总投资640万元，资金来源为：中央资金320万元，省级资金160万元。')).toEqual([]);
    expect(sums('项目总投资640万元，资金来源为：中央资金320万元，省级资金160万元，县级配套100万元等。')).toEqual([]);
    const nested = '项目总投资900万元，其中水厂改造640万元，管网延伸260万元。资金来源：中央补助320万元、省级补助160万元、县级配套100万元。';
    expect(sums(nested).filter(([, v]) => v === 'error')).toEqual([]);
  });
});

describe('a 分别 list closed by 共完成', () => {
  const text = '东村、西村、南村三个村分别完成改厕投资42万元、35万元、23万元，共完成投资100万元。';
  it('the items add up to the total that closes the sentence', () => {
    expect(sums(text)).toEqual([['sum', 'ok', 100, 100]]);
    expect(sums(text.replace('35万元', '53万元'))).toEqual([['sum', 'error', 100, 118]]);
  });
  it('a total of another measure (亩 after 万元) is not their sum', () => {
    expect(sums('东村、西村分别完成投资42万元、35万元，共完成造林300亩。')).toEqual([]);
  });
});

describe('revenue by collector named by the bare 国税 / 地税 / 财政', () => {
  const text = '一季度全县完成财政收入5200万元，增长6.1%。其中，国税完成2100万元，增长8.2%；地税完成2400万元，增长5.3%；财政完成700万元，下降2.0%。';
  it('the three collectors are all of the revenue', () => {
    expect(sums(text)).toEqual([['sum', 'ok', 5200, 5200]]);
    expect(sums(text.replace('地税完成2400', '地税完成2700'))).toEqual([['sum', 'error', 5200, 5500]]);
  });
  it('国税 and 地税 without 财政 are a subset; 财政收入 is the total, not a collector', () => {
    expect(sums('全县完成财政收入5200万元，其中，国税完成2100万元；地税完成2400万元。')).toEqual([['subset', 'ok', 5200, 4500]]);
    expect(sums('全县财政收入5200万元，其中：税收收入4100万元；非税收入1100万元。')).toEqual([['sum', 'ok', 5200, 5200]]);
  });
});
