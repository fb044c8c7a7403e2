// Review cuts (our own sentences, invented figures): 送审 − 审定 = 审减, 审减率 = 审减 ÷ 送审, and look-alikes.
import { describe, expect, it } from 'vitest';
import { errors, ofKind, rel } from '../../../test/helpers/relations.js';

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

describe('several reviews in one sentence, each from its submitted amount to the next', () => {
  const text =
    '全年审定工程126宗，送审金额8.40亿元，审定金额7.90亿元，核减0.50亿元，核减率5.95%，其中预算60宗，送审金额5.10亿元，审定金额4.80亿元，核减0.30亿元，核减率5.88%，结算66宗，送审金额3.30亿元，审定金额3.10亿元，核减0.20亿元，核减率6.06%。';
  it('each cut and its rate are checked within its own review', () => {
    expect(errors(text)).toEqual([]);
    expect(ofKind(text, 'difference')).toEqual([
      ['ok', 0.5, 0.5],
      ['ok', 0.3, 0.3],
      ['ok', 0.2, 0.2],
    ]);
    expect(ofKind(text, 'rate').map((r) => r[0])).toEqual(['ok', 'ok', 'ok']);
  });
  it('a wrong cut or rate of the second review is an error', () => {
    expect(errors(text.replace('核减0.30亿元', '核减0.40亿元'))).toContainEqual(['difference', 0.4, 0.3]);
    expect(errors(text.replace('核减率5.88%', '核减率6.88%'))).toContainEqual(['rate', 6.88, 5.88]);
  });
  it('a review missing its approved amount relates nothing (look-alike)', () => {
    const t = text.replace('，审定金额4.80亿元', '');
    expect(errors(t)).toEqual([]);
    expect(ofKind(t, 'difference')).toEqual([
      ['ok', 0.5, 0.5],
      ['ok', 0.2, 0.2],
    ]);
  });
});
