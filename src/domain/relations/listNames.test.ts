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

describe('a count list whose items each carry a length, area or count of other things', () => {
  const t = '全镇共申报项目58个，其中：道路硬化项目41个，长度26公里，文化广场5个，面积1800平方米，路灯项目12个，安装路灯350盏。';
  it('holds: the three counts are read past the measures', () => {
    expect(errors(t)).toEqual([]);
    expect(ofKind(t, 'subset')).toEqual([['ok', 58, 58]]);
  });
  it('a count made larger: error', () => {
    expect(errors(t.replace('文化广场5个', '文化广场8个'))).toEqual([['subset', 58, 61]]);
  });
  it('look-alike: money after a counted item still ends the count list', () => {
    const u = '全镇共申报项目58个，其中：道路硬化项目41个，投资260万元，文化广场25个。';
    expect(errors(u)).toEqual([]);
  });
});

describe('X a。主要用于A b；B c — a sentence opening with 主要用于 lists uses of the figure before (a subset)', () => {
  const t = '文化体育支出14.62亿元，增长6.3%。主要用于对公共文化场馆的补助5.2亿元；安排群众体育、文物保护等支出9.42亿元。';
  it('holds', () => {
    expect(errors(t)).toEqual([]);
    expect(ofKind(t, 'subset')).toEqual([['ok', 14.62, 14.62]]);
  });
  it('a use made larger: error', () => {
    expect(errors(t.replace('5.2亿元', '6.2亿元'))).toEqual([['subset', 14.62, 15.62]]);
  });
  it('look-alike: uses short of the total are no error (主要 lists the main ones only, …等 or not)', () => {
    expect(errors(t.replace('9.42亿元', '6.42亿元'))).toEqual([]);
  });
  it('look-alike: a remainder after ； is no use', () => {
    const u = '文化体育支出14.62亿元。主要用于对公共文化场馆的补助5.2亿元；年末结余资金11.5亿元。';
    expect(errors(u)).toEqual([]);
  });
});
