// Review cuts (our own sentences, invented figures): 送审 − 审定 = 审减, 审减率 = 审减 ÷ 送审, and look-alikes.
import { describe, expect, it } from 'vitest';
import { errors, rel } from '../../../test/helpers/relations.js';

const cuts = (text: string) => rel(text, ['difference', 'rate']);

describe('审减金额 = 送审金额 − 审定金额, 审减率 = 审减金额 ÷ 送审金额', () => {
  const text = '全年完成财政投资评审项目86个，送审金额52340万元，审定金额47120万元，审减金额5220万元，审减率9.97%。';
  it('holds', () => {
    expect(cuts(text)).toEqual([
      ['difference', 'ok', 5220, 5220],
      ['rate', 'ok', 9.97, 9.97],
    ]);
  });
  it('a cut that is not the difference is an error, and so is a rate that fits no figure', () => {
    expect(errors(text.replace('审减金额5220', '审减金额5320'))).toEqual([
      ['difference', 5320, 5220],
      ['rate', 9.97, 10.16],
    ]);
    expect(errors(text.replace('9.97%', '9.79%'))).toEqual([['rate', 9.79, 9.97]]);
  });
  it('without the cut written, the rate is (送审 − 审定) ÷ 送审', () => {
    const t = '核减工程结算评审18项，送审金额8650万元，审定金额7830万元，审减率9.48%。';
    expect(cuts(t)).toEqual([['rate', 'ok', 9.48, 9.48]]);
    expect(errors(t.replace('7830', '7930'))).toEqual([['rate', 9.48, 8.32]]);
  });
  it('look-alikes: a cut in another sentence, or two submitted amounts, assert nothing', () => {
    expect(cuts('送审金额52340万元，审定金额47120万元。全年审减金额5320万元。')).toEqual([]);
    expect(cuts('一季度送审金额2300万元，二季度送审金额3100万元，审定金额4800万元，审减金额700万元。')).toEqual([]);
  });
});
