// 由X调整为Y，调增Z: the amount of a move is the difference of the two levels (our sentences, invented figures).
import { describe, expect, it } from 'vitest';
import { errors, ofKind } from '../../../test/helpers/relations.js';

const UP = '一般公共预算收入由年初预算45236.18万元调整为47105.42万元，调增1869.24万元。';
const DOWN = '调入资金由年初预算8640.50万元调整为8215.30万元，调减425.20万元。';

describe('from one amount to another, then the move', () => {
  it('调增 = the later − the earlier: ok', () => {
    expect(ofKind(UP, 'difference')).toEqual([['ok', 1869.24, 1869.24]]);
  });
  it('调减 = the earlier − the later: ok', () => {
    expect(ofKind(DOWN, 'difference')).toEqual([['ok', 425.2, 425.2]]);
  });
  it('a move that is not the difference: an error', () => {
    expect(errors(UP.replace('1869.24', '1896.24'))).toEqual([['difference', 1896.24, 1869.24]]);
    expect(errors(UP.replace('45236.18', '45263.18'))).toHaveLength(1);
  });
  it('the wrong direction word (调增 for a fall): an error', () => {
    expect(errors(DOWN.replace('调减', '调增'))).toHaveLength(1);
  });
  it('traditional characters read the same', () => {
    expect(ofKind('一般公共預算收入由年初預算45236.18萬元調整為47105.42萬元,調增1869.24萬元。', 'difference')).toEqual([['ok', 1869.24, 1869.24]]);
  });
  it('look-alike: 其中调增 … 调减 … names parts of the move, not the move: no relation', () => {
    expect(ofKind('项目支出由年初预算5200万元调整为5600万元，其中调增900万元，调减500万元。', 'difference')).toEqual([]);
  });
  it('look-alike: an unchanged line (年初预算X万元不变) is no move', () => {
    expect(ofKind('上年结余年初预算9120.66万元不变，调增部分另行安排。', 'difference')).toEqual([]);
  });
});
