// The other-reading guard on its own: each case hands it the error a finder bound one step off (the shapes of
// the false errors of past held-out sets, in our own words with invented figures) and asks whether a small
// re-reading of the text holds. The same shape with a wrong figure keeps its error.
import { describe, expect, it } from 'vitest';
import { parseText } from '../../documents/import/structure.js';
import { mul, div, sub, sum } from '../decimal.js';
import { buildContext, type Ctx } from './context.js';
import { written } from './compare.js';
import type { Figure } from './figures.js';
import { otherReading } from './otherReadings.js';
import type { RelationKind } from './types.js';

const ctxOf = (text: string): Ctx => buildContext(parseText(text));

function fig(ctx: Ctx, text: string, nth = 0): Figure {
  const f = ctx.figs.filter((x) => written(x.q) === text)[nth];
  if (!f) throw new Error(`no figure ${text}`);
  return f;
}

/** The guard's answer for an error over these figures: the reading found, or null. */
function reread(text: string, kind: RelationKind, stated: string, parts: string[], computed?: (v: string[]) => string): string | null {
  const ctx = ctxOf(text);
  const ps = parts.map((p) => (p.includes('#') ? fig(ctx, p.split('#')[0]!, Number(p.split('#')[1])) : fig(ctx, p)));
  const s = stated.includes('#') ? fig(ctx, stated.split('#')[0]!, Number(stated.split('#')[1])) : fig(ctx, stated);
  const values = ps.map((p) => p.q.value);
  const r = { kind, verdict: 'error' as const, stated: s, parts: ps, computed: computed ? computed(values) : sum(values), reason: '', reasonEn: '' };
  return otherReading(ctx, r)?.zh ?? null;
}

const pct = (a: string, b: string) => mul(div(a, b), 100);

describe('a part too many: a parent listed beside its sub-items (a flattened table)', () => {
  const t =
    '某厅2025年度三公经费支出决算为50.30万元。其中：因公出国（境）费支出决算为10.10万元；公务用车购置及运行维护费支出决算为25.20万元；其中：公务用车购置支出决算为0.00万元；公务用车运行维护费支出决算为25.20万元；公务接待费支出决算为15.00万元。';
  const parts = ['10.10万元', '25.20万元#0', '0.00万元', '25.20万元#1', '15.00万元'];
  it('holds once the parent (or its one sub-item) is dropped: unsure', () => {
    expect(reread(t, 'sum', '50.30万元', parts)).toMatch(/若不计“.*25.20万元”/);
  });
  it('a total that fits no reading keeps its error', () => {
    expect(reread(t.replace('50.30万元', '52.30万元'), 'sum', '52.30万元', parts)).toBeNull();
  });
  it('a part that is no subtotal of its neighbours is never dropped', () => {
    const u = '某单位收入合计40万元，其中：甲收入10万元，乙收入20万元，丙收入20万元。';
    expect(reread(u, 'sum', '40万元', ['10万元', '20万元#0', '20万元#1'])).toBeNull();
  });
});

describe('a parent counted with its sub-items while the last item stands after them (a flattened table)', () => {
  const t =
    '某厅三公经费支出50.30万元。其中：因公出国（境）费10.10万元，公务用车购置及运行维护费25.20万元，公务用车购置费0.00万元，公务用车运行维护费25.20万元，公务接待费15.00万元。';
  const parts = ['10.10万元', '25.20万元#0', '0.00万元', '25.20万元#1'];
  it('holds with the parent dropped and the next item counted: unsure', () => {
    expect(reread(t, 'sum', '50.30万元', parts)).toMatch(/而计入“.*15.00万元”/);
  });
  it('a total that fits no such reading keeps its error', () => {
    expect(reread(t.replace('50.30万元', '51.30万元'), 'sum', '51.30万元', parts)).toBeNull();
  });
});

describe('a subtotal listed among its items (加上…一般预算总收入…再加…)', () => {
  const t = '全县收入100万元，加上级补助收入300万元，加债券转贷收入50万元，全县一般预算总收入450万元，加上年结余10万元，收入总计460万元。';
  const parts = ['100万元', '300万元', '50万元', '450万元', '10万元'];
  it('holds without the subtotal: unsure', () => {
    expect(reread(t, 'sum', '460万元', parts)).toMatch(/若不计“.*450万元”/);
  });
  it('a wrong grand total keeps its error', () => {
    expect(reread(t.replace('460万元', '480万元'), 'sum', '480万元', parts)).toBeNull();
  });
});

describe('a 其中 list that ran on into another item after a ；', () => {
  const t = '全年油料产量30.2万吨，增长2.1%，其中：油菜籽产量12.1万吨，增长3.1%；瓜果类总产量52.6万吨，增长2.0%。';
  it('a part alone well above the total is no part of it: unsure', () => {
    expect(reread(t, 'subset', '30.2万吨', ['12.1万吨', '52.6万吨'])).toMatch(/若不计“.*52.6万吨”/);
  });
  it('a total that is the sum of its parts but for one keystroke (1064 for 1964) is a typo: the error is kept', () => {
    const u = '建筑物1064座，其中桥梁2座，管涵18座，闸门44座，田口1900座。';
    expect(reread(u, 'subset', '1064座', ['2座', '18座', '44座', '1900座'])).toBeNull();
    expect(reread(u.replace('1064座', '1096座'), 'subset', '1096座', ['2座', '18座', '44座', '1900座'])).toMatch(/1900座/);
  });
  it('a part above the total that is not the last (a figure mistyped large) keeps the error', () => {
    const u = '全年油料产量30.2万吨，其中：油菜籽产量121.0万吨，花生产量9.6万吨。';
    expect(reread(u, 'subset', '30.2万吨', ['121.0万吨', '9.6万吨'])).toBeNull();
  });
  it('parts that merely add up to more than the total keep the error', () => {
    const u = t.replace('52.6万吨', '20.6万吨');
    expect(reread(u, 'subset', '30.2万吨', ['12.1万吨', '20.6万吨'])).toBeNull();
  });
});

describe('a part missing: the list named one item before the parts the finder took', () => {
  const t =
    '上级补助收入8.60亿元，完成年初预算50.10%。其中返还性收入6.20亿元（税收返还3.90亿元，非税返还2.30亿元），一般性转移支付收入2.10亿元，专项转移支付收入0.30亿元。';
  it('holds with the item the list goes on to: unsure', () => {
    expect(reread(t, 'sum', '8.60亿元', ['2.10亿元', '0.30亿元'])).toMatch(/列举延续到“.*6.20亿元”/);
  });
  it('a total no nearby item completes keeps its error', () => {
    expect(reread(t.replace('8.60亿元', '8.90亿元'), 'sum', '8.90亿元', ['2.10亿元', '0.30亿元'])).toBeNull();
  });
});

describe('the parts against the wrong total of the sentence (年初预算 instead of 支出决算)', () => {
  const t = '某局2025年度公务经费年初预算为40.00万元，支出决算为12.50万元，其中：会议费决算为2.00万元；培训费决算为10.20万元；差旅费决算为0.30万元。';
  const parts = ['2.00万元', '10.20万元', '0.30万元'];
  it('the parts add up to the other total before them: unsure', () => {
    expect(reread(t, 'sum', '40.00万元', parts)).toMatch(/等于同段的“.*12.50万元”/);
  });
  it('parts that add up to neither keep the error', () => {
    const u = t.replace('10.20万元', '11.20万元');
    expect(reread(u, 'sum', '40.00万元', ['2.00万元', '11.20万元', '0.30万元'])).toBeNull();
  });
});

describe('one part above its total: the whole-area total of the paragraph', () => {
  const t = '全县基金收入38.80亿元，同比减收4.10亿元。县本级基金收入29.60亿元，同比减收2.20亿元。其中，全县土地基金收入38.30亿元，同比减收4.00亿元。';
  it('the part fits under the total whose name it holds: unsure', () => {
    expect(reread(t, 'subset', '38.30亿元', ['29.60亿元', '38.30亿元'], (v) => v[0]!)).toMatch(/同段“.*38.80亿元”的部分/);
  });
  it('a figure of the same name elsewhere (the item in another stage) is not its whole: the error is kept', () => {
    const u = '计划投资中，建筑工程602.5万元。本年完成投资337.4万元。其中，建筑工程339.2万元。';
    expect(reread(u, 'subset', '339.2万元', ['337.4万元', '339.2万元'], (v) => v[0]!)).toBeNull();
  });
  it('a part above that total too keeps the error', () => {
    const u = t.replace('38.30亿元', '39.30亿元');
    expect(reread(u, 'subset', '39.30亿元', ['29.60亿元', '39.30亿元'], (v) => v[0]!)).toBeNull();
  });
});

describe('a rate bound to a figure of the clause before, its own base nearer', () => {
  const t =
    '二是小学教育支出，即改善办学条件经费合计50万元，已于本年度支出50万元，预算完成率100%；三是高中教育支出，即高中公用经费合计812.36万元，于本年度支出812.36万元，预算完成率100%。';
  it('100% holds with the 合计 of its own clause: unsure', () => {
    expect(reread(t, 'rate', '100%#1', ['812.36万元#1', '50万元#0'], (v) => pct(v[0]!, v[1]!))).toMatch(/812.36万元/);
  });
  it('a spending that is not all of its own budget keeps the error', () => {
    const u = t.replace('于本年度支出812.36万元', '于本年度支出822.36万元');
    expect(reread(u, 'rate', '100%#1', ['822.36万元', '50万元#0'], (v) => pct(v[0]!, v[1]!))).toBeNull();
  });
});

describe('a rate of change bound to the wrong amount of change (超收 before, 增收 after)', () => {
  const t = '全区税收收入5200万元，完成预算4800万元的108.3%，超收400万元，同比增长12.5%，增收578万元。';
  const rate = (v: string[]) => pct(v[1]!, sub(v[0]!, v[1]!));
  it('12.5% holds with the 增收 right after it: unsure', () => {
    expect(reread(t, 'yoy', '12.5%', ['5200万元', '400万元'], rate)).toMatch(/578万元/);
  });
  it('a rate neither amount gives keeps the error', () => {
    expect(reread(t.replace('12.5%', '13.5%'), 'yoy', '13.5%', ['5200万元', '400万元'], rate)).toBeNull();
  });
});

describe('swapped shares (甲a，占p%；乙b，占q% with p and q the other way round) are real errors', () => {
  const t = '某单位三公经费支出2.00万元，其中公务接待费支出0.40万元，占80%；公务用车运行维护费支出1.60万元，占20%。';
  it('the share stays bound to the figure it is said of: the error is kept', () => {
    expect(reread(t, 'share', '80%', ['0.40万元', '2.00万元'], (v) => pct(v[0]!, v[1]!))).toBeNull();
    expect(reread(t, 'share', '20%', ['1.60万元', '2.00万元'], (v) => pct(v[0]!, v[1]!))).toBeNull();
  });
});

describe('a rate of change over the wrong base (the closing balance for the opening one) is a real error', () => {
  const t = '年初结余资金为400.00万元，年末结余资金为300.00万元，年末比年初减少100.00万元，下降33.33%。';
  it('the prior is never read again: the error is kept', () => {
    expect(reread(t, 'yoy', '33.33%', ['100.00万元', '400.00万元'], (v) => pct(v[0]!, v[1]!))).toBeNull();
  });
});

describe('look-alikes a re-reading must not excuse', () => {
  it('a total written twice, one copy one keystroke off, is a real error (6450 / 6540)', () => {
    const t = '本年收入6450万元。其中：甲收入2150万元，乙收入4300万元。收入合计6540万元，与上年持平。';
    expect(reread(t, 'sum', '6540万元', ['2150万元', '4300万元'])).toBeNull();
  });
  it('the two copies far apart in value are two totals: the parts may belong to the other', () => {
    const t = '本年收入6450万元。其中：甲收入2150万元，乙收入4300万元。收入合计7540万元，与上年持平。';
    expect(reread(t, 'sum', '7540万元', ['2150万元', '4300万元'])).toMatch(/6450万元/);
  });
  it('a nearby figure equal to a listed part (the budget of that item) does not continue the list', () => {
    const t = '三公经费支出决算330万元，其中：出国费10万元，公务接待费240万元，公务用车费70万元。出国费支出预算10万元。';
    expect(reread(t, 'sum', '330万元', ['10万元#0', '240万元', '70万元'])).toBeNull();
  });
  it('a figure of two significant digits (30项) is too easy a match to be another total', () => {
    const t = '全县重点项目30项，完成投资较多。在建项目27项，其中：交通类6项，水利类5项，民生类19项。';
    expect(reread(t, 'sum', '27项', ['6项', '5项', '19项'])).toBeNull();
  });
  it('a figure written in another scale (每户700元 beside 万元 items) does not continue the list', () => {
    const t = '项目收入40.83万元，其中：租金12.01万元，分红18.80万元，补贴6.75万元，其他3.20万元，每户可分得700元。';
    expect(reread(t, 'sum', '40.83万元', ['12.01万元', '18.80万元', '6.75万元', '3.20万元'])).toBeNull();
  });
  it('a whole named by a bare 收入 is no whole of a part above its total', () => {
    const t = '收入164.0亿元，增长2.1%。县级收入130.2亿元。其中，土地出让相关收入完成135.6亿元。';
    expect(reread(t, 'subset', '135.6亿元', ['130.2亿元', '135.6亿元'], (v) => v[0]!)).toBeNull();
  });
});

describe('a list complete only by the lexicon that runs on to an item outside the set', () => {
  const cut = (third: string) =>
    `全省一般公共预算总支出安排9000亿元。其中，省本级支出2100亿元，主要用于机关运转；对市县转移支付5800亿元，主要用于均衡财力；上解中央支出${third}。`;
  const lexical = (text: string) => {
    const ctx = ctxOf(text);
    const parts = [fig(ctx, '2100亿元'), fig(ctx, '5800亿元')];
    const r = {
      kind: 'sum' as const,
      verdict: 'error' as const,
      stated: fig(ctx, '9000亿元'),
      parts,
      computed: sum(parts.map((p) => p.q.value)),
      reason: '分类口径：支出 = 本级支出 + 对下级转移支付（+ 预备费）',
      reasonEn: '',
    };
    return otherReading(ctx, r)?.zh ?? null;
  };
  it('the third item keeps the parts within the total: unsure', () => {
    expect(lexical(cut('1050亿元'))).toMatch(/列举延续到分类之外的“.*1050亿元”/);
  });
  it('parts above the total even with the third item: the error stands', () => {
    expect(lexical(cut('1500亿元'))).toBeNull();
  });
  it('a cue-word list (not the lexicon) is not excused by a figure after it', () => {
    expect(reread(cut('1050亿元'), 'sum', '9000亿元', ['2100亿元', '5800亿元'])).toBeNull();
  });
});
