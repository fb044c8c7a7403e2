// Figures written with a sign in prose (−1.83, -1.83, －1.83, 负1.83) and dashes that are ranges, not signs.
// Our own sentences, invented figures.
import { describe, expect, it } from 'vitest';
import { errors, ofKind, rel } from '../../../test/helpers/relations.js';

const balance = (total: string, part: string) => `2024年末，本单位年末结转和结余为${total}万元，其中：基本支出结转2.17万元，项目支出结转和结余${part}万元。`;

describe('a balance with a negative part: added with its sign', () => {
  it('the sum holds with the sign, whichever minus is written', () => {
    for (const [t, p] of <[string, string][]>[
      ['-1.83', '-4.00'],
      ['−1.83', '−4.00'],
      ['－1.83', '－4.00'],
      ['-1.83', '为负4.00'],
    ])
      expect(ofKind(balance(t, p), 'sum')).toEqual([['ok', -1.83, -1.83]]);
  });
  it('the sign of a part dropped by the writer is an error where the text asserts the sum', () => {
    expect(errors(balance('-1.83', '4.00'))).toEqual([['sum', -1.83, 6.17]]);
    expect(errors(balance('-1.83', '为-3.00'))).toEqual([['sum', -1.83, -0.83]]);
  });
  it('a hyphen right after a label may be a separator: the sign cannot be told, unsure', () => {
    const text = balance('-1.83', '4.00').replace('结余为-1.83', '结余-1.83');
    expect(ofKind(text, 'sum')).toEqual([['unsure', -1.83, 6.17]]);
    expect(ofKind(text.replace('余4.00', '余-4.00'), 'sum')).toEqual([['ok', -1.83, -1.83]]);
  });
  it('a part list with a negative member bounds nothing: its other parts may exceed the total', () => {
    const text = '本年收支结余为-1.83万元，其中：甲项目结余为2.17万元，乙项目结余为-6.00万元。';
    expect(errors(text)).toEqual([]);
  });
});

describe('a total below zero cut to fewer decimals', () => {
  it('truncated toward zero like a positive one: -1.88 written -1.8 holds, -1.72 written -1.8 does not', () => {
    expect(ofKind(balance('-1.8', '为-4.00').replace('2.17', '2.12'), 'sum')).toEqual([['ok', -1.8, -1.88]]);
    expect(ofKind(balance('1.8', '为4.00').replace('2.17', '-2.12').replace('结转-2.12', '结转为-2.12'), 'sum')).toEqual([['ok', 1.8, 1.88]]);
    expect(ofKind(balance('-1.8', '为-4.00').replace('2.17', '2.28'), 'sum')).not.toContainEqual(['ok', -1.8, -1.72]);
  });
});

describe('a balance below zero and its change on the year before', () => {
  it('a prior below zero is no error for a balance; the rate is checked against it', () => {
    expect(errors('年末结转和结余为-1.83万元，比上年增加2.00万元，增长52.20%。')).toEqual([]);
    expect(rel('年末结转和结余为-3.00万元，比上年减少5.00万元，下降250.00%。', ['yoy'])).toEqual([['yoy', 'ok', -250, -250]]);
    expect(errors('年末结转和结余为-3.00万元，比上年减少5.00万元，下降240.00%。')).toEqual([['yoy', -240, -250]]);
  });
  it('an amount that cannot be below zero keeps its error', () => {
    expect(errors('2024年“三公”经费支出3.00万元，比上年增加5.00万元，增长250.00%。')).toEqual([['yoy', 5, 3]]);
  });
});

describe('a rate written with a minus after a word of rise', () => {
  const text = '2024年“三公”经费支出50.00万元，比上年减少5.00万元，增长-9.09%。';
  it('增长-9.09% goes down with 减少: it agrees', () => {
    expect(ofKind(text, 'yoy')).toEqual([['ok', -9.09, -9.09]]);
  });
  it('a rise written without its minus is an error; a wrong size too', () => {
    expect(errors(text.replace('增长-9.09%', '增长9.09%'))).toEqual([['yoy', 9.09, -9.09]]);
    expect(errors(text.replace('增长-9.09%', '增长-8.09%'))).toEqual([['yoy', -8.09, -9.09]]);
  });
});

describe('dashes that are ranges or dates stay quiet', () => {
  it('years, months and batches joined by a dash are no negative figures', () => {
    expect(errors('2021-2023年累计安排资金30.00万元，其中：2021年10.00万元，2022年8.00万元，2023年12.00万元。')).toEqual([]);
    expect(errors('第1-2批资金共下达60.00万元，其中：第1批20.00万元，第2批40.00万元。')).toEqual([]);
    expect(errors('1-3月，全县一般公共预算收入3.20亿元，比上年同期减少0.17亿元，下降5.0%。')).toEqual([]);
    expect(errors('2024-12-31前拨付资金12.50万元，其中：省级资金10.00万元，县级资金2.50万元。')).toEqual([]);
  });
});
