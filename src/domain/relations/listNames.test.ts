// 其中 lists whose items or total are named in ways the list rules used to stop at (our sentences, invented figures).
import { describe, expect, it } from 'vitest';
import { errors, ofKind } from '../../../test/helpers/relations.js';

describe('其中：A资金a；县级…资金b — items ending in one money noun go on across ；', () => {
  const t = '本批共拨付帮扶资金3100万元，其中：2024年度对口协作资金1800万元；县级财政衔接资金1300万元（含债券资金400万元）。';
  it('holds', () => {
    expect(errors(t)).toEqual([]);
    expect(ofKind(t, 'subset')).toEqual([['ok', 3100, 3100]]);
  });
  it('the second item made larger: error', () => {
    expect(errors(t.replace('1300万元', '1400万元'))).toEqual([['subset', 3100, 3200]]);
  });
  it('look-alike: after ； a new whole (全县…) ends the list', () => {
    const u = '本批共拨付帮扶资金3100万元，其中：对口协作资金1800万元；全县财政衔接资金9300万元。';
    expect(errors(u)).toEqual([]);
  });
});

describe('向各地下达了X资金，其中A a，B b — the object of a done verb names the total stated before', () => {
  const t =
    '今年向各县下达的2025年专项衔接资金31.75亿元将全部切块使用。\n近日两部门联合发文，向各县下达了2025年专项衔接资金，其中中央资金20.14亿元，省级资金11.61亿元。';
  it('holds', () => {
    expect(errors(t)).toEqual([]);
    expect(ofKind(t, 'subset')).toEqual([['ok', 31.75, 31.75]]);
  });
  it('an item made larger: error', () => {
    expect(errors(t.replace('11.61', '12.61'))).toEqual([['subset', 31.75, 32.75]]);
  });
  it('look-alike: a name the figures before do not carry binds nothing', () => {
    const u = t.replace('向各县下达了2025年专项衔接资金，', '向各县下达了2025年以工代赈资金，').replace('11.61', '19.61');
    expect(errors(u)).toEqual([]);
  });
});
