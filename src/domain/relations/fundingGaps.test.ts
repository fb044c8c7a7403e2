// A cost, the money raised for it and the gap left, in one sentence (our sentences, invented figures).
import { describe, expect, it } from 'vitest';
import { errors, ofKind } from '../../../test/helpers/relations.js';

describe('缺口 = 造价 − the money raised', () => {
  const t = '新建便民桥一座，长24米，工程总造价63.5万元，上级补助资金40万元，村集体自筹6万元，尚有缺口资金17.5万元。';
  it('holds', () => {
    expect(errors(t)).toEqual([]);
    expect(ofKind(t, 'difference')).toEqual([['ok', 17.5, 17.5]]);
  });
  it('the cost, a fund or the gap changed: error', () => {
    expect(errors(t.replace('63.5', '73.5'))).toEqual([['difference', 17.5, 27.5]]);
    expect(errors(t.replace('自筹6万元', '自筹9万元'))).toEqual([['difference', 17.5, 14.5]]);
    expect(errors(t.replace('17.5万元', '18.5万元'))).toEqual([['difference', 18.5, 17.5]]);
  });
  it('计 after the description names the cost', () => {
    const u = '硬化村道2公里，每公里造价30万元，计60万元，争取补助35万元，还有缺口25万元。';
    expect(ofKind(u, 'difference')).toEqual([['ok', 25, 25]]);
    expect(errors(u.replace('计60', '计70'))).toEqual([['difference', 25, 35]]);
  });
  it('look-alike: no cost named before the funds, nothing asserted', () => {
    const u = '上级补助资金40万元，村集体自筹6万元，尚有缺口资金27.5万元。';
    expect(ofKind(u, 'difference')).toEqual([]);
  });
  it('look-alike: an amount that is not money raised between them, nothing asserted', () => {
    const u = t.replace('村集体自筹6万元', '已支付工程款6万元');
    expect(ofKind(u, 'difference')).toEqual([]);
  });
});
