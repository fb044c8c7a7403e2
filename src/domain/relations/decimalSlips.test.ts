// A part written ten times too large (our own sentences, invented figures): the guards that take a part above
// its whole for a binding gone wrong stand down when moving one decimal point makes the relation hold.
import { describe, expect, it } from 'vitest';
import { rel } from '../../../test/helpers/relations.js';

describe('a share of a whole named in another sentence', () => {
  const text = '本年全市政府采购规模为50.00亿元。其中，货物类采购金额为20.00亿元，占全市政府采购规模的40.00%。';
  const share = (t: string) => rel(t, ['share']);
  it('holds, and a part off by a few percent is an error', () => {
    expect(share(text)).toEqual([['share', 'ok', 40, 40]]);
    expect(share(text.replace('20.00亿元', '21.40亿元'))).toEqual([['share', 'error', 40, 42.8]]);
  });
  it('a part ten times too large is an error too: the share is the stated one but for the decimal point', () => {
    expect(share(text.replace('20.00亿元', '200.00亿元'))).toEqual([['share', 'error', 40, 400]]);
  });
  it('…within the rounding of the amounts too (a share at the edge of its rounding)', () => {
    const edge = '本年全市政府采购规模为40.08亿元。其中，货物类采购金额为15.00亿元，占全市政府采购规模的37.42%。';
    expect(share(edge)[0]![1]).not.toBe('error');
    expect(share(edge.replace('15.00亿元', '150.00亿元'))[0]!.slice(0, 3)).toEqual(['share', 'error', 37.42]);
  });
  it('a part far above the whole that no moved point explains stays unsure (perhaps another whole)', () => {
    expect(share(text.replace('20.00亿元', '170.00亿元'))).toEqual([['share', 'unsure', 40, 340]]);
  });
});

describe('the last part of a 其中 list above its total', () => {
  const text = '本年单位收入为300.00万元，其中：甲项收入120.00万元，乙项收入80.00万元，丙项收入100.00万元。';
  const subset = (t: string) => rel(t, ['subset', 'sum']);
  it('a list within its total is quiet, a part a few percent larger an error', () => {
    expect(subset(text)).toEqual([['subset', 'ok', 300, 300]]);
    expect(subset(text.replace('丙项收入100.00', '丙项收入107.00'))).toEqual([['subset', 'error', 300, 307]]);
  });
  it('the last part ten times too large: the list adds up once its point moves back — an error', () => {
    expect(subset(text.replace('丙项收入100.00', '丙项收入1000.00'))).toEqual([['subset', 'error', 300, 1200]]);
  });
  it('a last part far above the total that no moved point fits stays unsure (the list may have run on)', () => {
    expect(subset(text.replace('丙项收入100.00', '丙项收入950.00'))).toEqual([['subset', 'unsure', 300, 1150]]);
  });
});
