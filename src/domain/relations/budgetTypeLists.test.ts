// The three budget types of one quantity as a list past ；(our sentences, invented figures): 其中，一般公共预算…a；
// 政府性基金…b；国有资本经营…c is all of the appropriation, and their changes add up to its change.
import { describe, expect, it } from 'vitest';
import { errors, find } from '../../../test/helpers/relations.js';

describe('budget types listed after 其中， and split by ；', () => {
  const text =
    '本部门财政拨款支出预算640万元，比上年预算增加70万元。其中，一般公共预算拨款支出预算410万元，比上年预算减少30万元；政府性基金拨款支出预算230万元，比上年预算增加100万元；国有资本经营预算拨款支出预算0万元，比上年预算增加0万元。';
  it('the three types add up to the total, and their changes to its change', () => {
    expect(errors(text)).toEqual([]);
    expect(find(text, 'sum', 640)?.parts.map((p) => p.value)).toEqual([410, 230, 0]);
    expect(find(text, 'changeSum', 70)?.verdict).toBe('ok');
  });
  it('changes that do not add up are an error', () => {
    expect(errors(text.replace('增加100万元', '增加120万元'))).toEqual([['changeSum', 70, 90]]);
  });
  it('a level that does not add up is an error', () => {
    expect(errors(text.replace('支出预算230万元', '支出预算260万元'))).toEqual([['sum', 640, 670]]);
  });
  it('the same list opened by “财政拨款支出预算中，” is read the same way', () => {
    const t = text.replace('。其中，', '。财政拨款支出预算中，').replace('增加100万元', '增加120万元');
    expect(errors(t)).toEqual([['changeSum', 70, 90]]);
  });
  it('after the ；, a class of another classification does not go on (look-alike)', () => {
    const t = '本部门财政拨款支出640万元。其中，一般公共预算财政拨款支出410万元；项目支出300万元；基本支出340万元。';
    expect(errors(t)).toEqual([]);
    expect(find(t, 'subset', 640)?.parts.map((p) => p.value)).toEqual([410]);
  });
  it('the same budget type twice is no split (look-alike)', () => {
    const t = '本部门财政拨款支出640万元。其中，一般公共预算财政拨款支出410万元；一般公共预算财政拨款支出300万元。';
    expect(errors(t)).toEqual([]);
  });
});
