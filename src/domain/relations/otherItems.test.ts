// 甲费2031年度财政拨款决算 and 乙费2031年度财政拨款决算 in two paragraphs share the words a concept is read
// from, but name two items: not one quantity stated twice (our own sentences, invented figures).
import { describe, expect, it } from 'vitest';
import { errors } from '../../../test/helpers/relations.js';

const head = '2031年三公经费财政拨款决算数为500.00万元，其中：因公出国（境）费2031年决算数120.00万元，公务接待费2031年决算数30.00万元。\n';
const item = (name: string, v: string) => `${name}2031年度财政拨款决算数为${v}万元，占三公经费财政拨款决算总数的${(Number(v) / 5).toFixed(1)}%。\n`;

describe('two items each with the same 年度财政拨款决算 words', () => {
  it('ok: the reception cost is not read as a second value of the travel cost', () => {
    expect(errors(head + item('（一）因公出国（境）费', '120.00') + item('（二）公务接待费', '30.00'))).toEqual([]);
  });
  it('error: one item stated with another value in its own paragraph still fires', () => {
    const t = head + item('（一）因公出国（境）费', '120.00') + item('（二）因公出国（境）费', '150.00');
    expect(errors(t).filter((e) => e[0] === 'same')).toEqual([['same', 150, 120]]);
  });
  it('look-alike: a third item of the same words, written with the second item’s value, gives no error', () => {
    const t = head + item('（一）公务用车购置及运行费', '350.00') + item('（二）公务接待费', '30.00') + item('（三）因公出国（境）费', '120.00');
    expect(errors(t)).toEqual([]);
  });
});
