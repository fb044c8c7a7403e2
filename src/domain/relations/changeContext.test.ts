// Changes whose level or comparison is stated in another clause (our own sentences, invented figures):
// a 其中 sentence going on with the comparison before it, "X支出预算为A，支出决算为B", a change on the
// budget before the change on the year, amounts in 元 with thousands separators.
import { describe, expect, it } from 'vitest';
import { rel } from '../../../test/helpers/relations.js';

describe('X预算为A，决算为B。X决算比上年增加c，增长r%。其中：a增加x，增长p%', () => {
  const text =
    '本局2023年度“三公”经费支出预算为12,000.00元，支出决算为30,000.00元。其中：公务用车运行费支出决算为21,000.00元；公务接待费支出决算为9,000.00元。\n' +
    '2023年度“三公”经费支出决算数比2022年增加18,000.00元，增长150.00%。其中：公务用车运行费支出决算增加14,000.00元，增长200.00%；公务接待费支出决算增加4,000.00元，增长80.00%。';
  it('the total change is over the 决算 stated before, each part over its own level, and the changes add up', () => {
    expect(rel(text, ['yoy', 'changeSum'])).toEqual([
      ['changeSum', 'ok', 18000, 18000],
      ['yoy', 'ok', 150, 150],
      ['yoy', 'ok', 200, 200],
      ['yoy', 'ok', 80, 80],
    ]);
  });
  it('planted errors: the total’s rate, a part’s rate, a part’s change', () => {
    expect(rel(text.replace('增长150.00%', '增长160.00%'), ['yoy']).filter((r) => r[1] === 'error')).toEqual([['yoy', 'error', 160, 150]]);
    expect(rel(text.replace('增长80.00%', '增长60.00%'), ['yoy']).filter((r) => r[1] === 'error')).toEqual([['yoy', 'error', 60, 80]]);
    expect(rel(text.replace('增加4,000.00元', '增加5,000.00元'), ['changeSum']).filter((r) => r[1] === 'error')).toEqual([
      ['changeSum', 'error', 18000, 19000],
    ]);
  });
  it('a 其中 sentence that opens with 负增长 keeps the sign', () => {
    const t =
      '全县财政收入完成50.0亿元，比上年增加1.0亿元，增长2.0%。其中：税收收入完成36.0亿元，减少0.5亿元，负增长1.37%；非税收入完成14.0亿元，增加1.5亿元，增长12.0%。';
    expect(rel(t, ['yoy'])).toEqual([
      ['yoy', 'ok', 2, 2.04],
      ['yoy', 'ok', -1.37, -1.37],
      ['yoy', 'ok', 12, 12],
    ]);
    expect(rel(t.replace('负增长1.37%', '负增长1.73%'), ['yoy'])[1]).toEqual(['yoy', 'error', -1.73, -1.37]);
  });
  it('a list cut by a part with no change word is not all the changes', () => {
    const t =
      '本局“三公”经费支出决算30,000.00元，比上年增加18,000.00元，增长150.00%。其中：因公出国（境）费支出决算增加0元；公务用车运行费支出决算14,000.00元，增长200.00%；公务接待费支出决算增加4,000.00元，增长80.00%。';
    expect(rel(t, ['changeSum']).filter((r) => r[1] === 'error')).toEqual([]);
  });
});

describe('比预算增加a，比去年增加c，增长r%: the rate is of the change on the year', () => {
  const text = '本单位“三公”经费支出决算总额为6.00万元，比预算增加0万元，比去年增加1.50万元，增长33.3%。';
  it('the level before both changes is the subject', () => {
    expect(rel(text, ['yoy'])).toEqual([['yoy', 'ok', 33.3, 33.33]]);
    expect(rel(text.replace('33.3%', '39.3%'), ['yoy'])).toEqual([['yoy', 'error', 39.3, 33.33]]);
    expect(rel(text.replace('比去年增加1.50', '比去年增加2.50'), ['yoy'])).toEqual([['yoy', 'error', 33.3, 71.43]]);
  });
  it('two changes on the same basis stay ambiguous', () => {
    expect(rel('本单位支出决算6.00万元，比上年增加0.50万元，比去年增加1.50万元，增长33.3%。', ['yoy'])).toEqual([]);
  });
});
