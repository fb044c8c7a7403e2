// 包括 items set off by ；, one of them explained by its own 主要是 list (our own text, invented figures).
import { describe, expect, it } from 'vitest';
import { errors, relations } from '../../../test/helpers/relations.js';

const t =
  '（1）政府投资项目支出调增12.5亿元，包括排水治理项目6.2亿元，主要是管网改造工程3.1亿元、河道整治工程2.0亿元及雨污分流工程1.1亿元；' +
  '老旧小区改造4.1亿元；市容提升项目1.8亿元；零星应急工程0.4亿元。';
const of = (text: string, stated: number) => relations(text).filter((r) => r.stated === stated && (r.kind === 'sum' || r.kind === 'subset'));

describe('包括 items set off by ；, one explained by 主要是', () => {
  it('ok: the outer list runs past the explanation, and the explanation is a part of its item', () => {
    expect(errors(t)).toEqual([]);
    expect(of(t, 12.5).map((r) => r.parts.length)).toEqual([4]);
    expect(of(t, 6.2).map((r) => [r.kind, r.verdict, r.parts.length])).toEqual([['subset', 'ok', 3]]);
  });
  it('error: an item of either list raised past its total', () => {
    expect(errors(t.replace('老旧小区改造4.1亿元', '老旧小区改造41亿元'))).toContainEqual(['subset', 12.5, 49.4]);
    expect(errors(t.replace('河道整治工程2.0亿元', '河道整治工程20亿元'))).toContainEqual(['subset', 6.2, 24.2]);
  });
  it('look-alike: 主要是 after a change gives its reasons, no list of an amount', () => {
    const c = '教育支出8.5亿元，比上年增加1.2亿元，主要是新建学校投入0.9亿元、教师培训0.5亿元。';
    expect(relations(c).filter((r) => r.kind === 'subset' && r.stated === 1.2)).toEqual([]);
    expect(errors(c)).toEqual([]);
  });
});

describe('an explanation of one item that goes on past the ；', () => {
  it('look-alike: 其中：A a，主要为x；y；z — the items after ； are A’s, not siblings of A', () => {
    const c =
      '2031年，转移性补助收入8.60亿元，其中：一般转移支付补助收入8.50亿元，主要为税收返还收入0.60亿元；均衡性转移支付收入5.40亿元；专项转移收入2.50亿元。';
    expect(errors(c)).toEqual([]);
  });
});
