// A figure corrected in the text: the amount reported less what was taken off is the actual one (our sentences,
// invented figures).
import { describe, expect, it } from 'vitest';
import { errors, rel } from '../../../test/helpers/relations.js';

const diff = (text: string) => rel(text, ['difference']);

describe('上报A，核减d，实际B: B = A − d', () => {
  const text = '经各村审核，共上报补助对象3260户8415人。复核时因迁出等原因核减12户31人，实际享受补助3248户8384人，资金已发放到户。';
  it('holds unit by unit, and a wrong actual figure or cut is an error', () => {
    expect(diff(text)).toEqual([
      ['difference', 'ok', 3248, 3248],
      ['difference', 'ok', 8384, 8384],
    ]);
    expect(errors(text.replace('实际享受补助3248户', '实际享受补助3258户'))).toEqual([['difference', 3258, 3248]]);
    expect(errors(text.replace('核减12户31人', '核减12户21人'))).toEqual([['difference', 8384, 8394]]);
    expect(errors(text.replace('上报补助对象3260户', '上报补助对象3360户'))).toEqual([['difference', 3248, 3348]]);
  });
  it('money: 下达A，其中…，调减d，全年实际下达B (the 其中 parts passed over)', () => {
    const money =
      '2024年省级救助资金下达我县86万元（某财〔2023〕12号），其中临时救助资金60万元，孤儿保障资金26万元，调减15万元（某财〔2024〕3号），全年实际下达71万元。';
    expect(diff(money)).toContainEqual(['difference', 'ok', 71, 71]);
    expect(errors(money.replace('实际下达71', '实际下达81'))).toEqual([['difference', 81, 71]]);
  });
  it('look-alikes: a comparison, no 实际 word, a cut of a 其中 part, a range or a date', () => {
    expect(diff('全年上报补助对象3260户，比上年减少12户，实际发放3248户。')).toEqual([]);
    expect(diff('共上报补助对象3260户，因迁出核减12户，余下3000户于年底前发放。')).toEqual([]);
    expect(diff('计划资金500万元（其中设备300万元，调减20万元），实际支付480万元。')).toEqual([]);
    expect(diff('计划补助3000—3200户，核减12户，实际补助3100户。')).toEqual([]);
    // what was spent of a cut allocation is progress, not the corrected allocation
    expect(diff('上级下达资金500万元，因项目调整调减20万元，实际支出450万元。')).toEqual([]);
    expect(diff('计划发放补助资金500万元，调减20万元，实际发放480万元。')).toEqual([['difference', 'ok', 480, 480]]);
    expect(diff('计划于2024年3月下达，核减12户，实际2024年6月发放。')).toEqual([]);
  });
});
