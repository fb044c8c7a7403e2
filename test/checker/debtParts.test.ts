// 政府债务限额 / 余额 = 一般债务 + 专项债务 (the lexicon's split of a government's debt), also when the list goes
// on past a ； or a nested 其中. Our own sentences, invented figures: correct, a planted error, look-alikes.
import { describe, expect, it } from 'vitest';
import { errors, rel } from '../helpers/relations.js';

describe('债务 = 一般债务 + 专项债务', () => {
  const text = '2023年全县新增政府债务限额3.50亿元，其中一般债务1.20亿元，其中外债转贷0.02亿元；专项债务2.30亿元。';
  it('the list goes on past the nested 其中 and the ；', () => {
    expect(rel(text, ['sum'])).toEqual([['sum', 'ok', 3.5, 3.5]]);
  });
  it('a wrong total is an error', () => {
    expect(errors(text.replace('限额3.50亿元', '限额3.60亿元'))).toEqual([['sum', 3.6, 3.5]]);
    expect(errors('全县政府债务余额9.80亿元，其中：一般债务4.10亿元，专项债务5.60亿元。')).toEqual([['sum', 9.8, 9.7]]);
  });
  it('look-alikes: amounts repaid, or one kind alone, are no split of the balance', () => {
    expect(errors('全县政府债务余额9.80亿元，其中一般债务还本0.50亿元，专项债务还本0.40亿元。')).toEqual([]);
    expect(errors('全县政府债务余额9.80亿元，其中：一般债务4.10亿元。')).toEqual([]);
  });
});
