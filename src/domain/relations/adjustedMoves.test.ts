// An adjustment and the moves it makes, stated in two sentences (our own words, invented figures).
import { describe, expect, it } from 'vitest';
import { rel } from '../../../test/helpers/relations.js';

const found = (text: string) => rel(text, ['difference']);
const text = '年中经批准追加专项资金300万元，用于设备更新。调整后，本单位项目支出由1200万元增加到1500万元，支出总额由2000万元增加到2300万元。';

describe('moves after 调整后 rise by the amount added before', () => {
  it('B − A = the amount added, for each move', () => {
    expect(found(text)).toEqual([
      ['difference', 'ok', 300, 300],
      ['difference', 'ok', 300, 300],
    ]);
  });
  it('a move that rises by another amount is an error', () => {
    expect(found(text.replace('1500万元', '1550万元'))).toEqual([
      ['difference', 'error', 300, 350],
      ['difference', 'ok', 300, 300],
    ]);
  });
  it('the amount added in the same sentence before the moves', () => {
    expect(found('年中追加预算80万元，调整后全年支出由420万元增加到500万元。')).toEqual([['difference', 'ok', 80, 80]]);
  });
  it('no 调整后, two amounts added, or an increase word that is no adjustment: nothing related', () => {
    expect(found(text.replace('调整后，', ''))).toEqual([]);
    expect(found(text.replace('用于设备更新', '另追加运行经费50万元'))).toEqual([]);
    expect(found(text.replace('追加', '安排'))).toEqual([]);
  });
});
