// 与上年相比较 / 与2031年决算数比较 / 同上年对比 / 和上年相比: a comparison closed by its own word, then a comma and
// the verb (our sentences, invented figures).
import { describe, expect, it } from 'vitest';
import { errors, rel } from '../../../test/helpers/relations.js';
import { basisOfLead, basisWords } from './changeBasis.js';

describe('the closing words of a comparison name its basis', () => {
  it('basisWords and basisOfLead read 相比较 / 比较 / 对比 and a comma after them', () => {
    for (const lead of ['与上年相比较，增加', '同上年对比，增加', '和上年相比，减少', '与上年比较下降'])
      expect([basisWords(lead, { strict: true }), basisWords(lead, { strict: false }), basisOfLead(lead)], lead).toEqual(['year', 'year', 'period']);
    expect(basisWords('与2031年决算数比较，减少', { strict: false })).toEqual('year 决算');
    expect(basisOfLead('与年初预算相比较，减少')).toBe('budget');
    // 和 with no closing word is no comparison; a comma with no closing word stays loose-only
    expect(basisWords('收入和支出增加', { strict: false })).toBeNull();
    expect(basisWords('比上年，增加', { strict: true })).toBeNull();
  });
});

describe('changes stated with a closed comparison', () => {
  const total = '本单位2032年支出合计100.00万元，与上年相比较，增加20.00万元';
  it('numbered causes: each part’s change against the total’s', () => {
    const t = `${total}，主要原因：一是基本支出与上年相比较，增加12.00万元；二是项目支出与上年相比较，增加8.00万元。`;
    expect(rel(t, ['changeSum'])).toEqual([['changeSum', 'ok', 20, 20]]);
    expect(errors(t.replace('增加8.00', '增加9.00'))).toEqual([['changeSum', 20, 21]]);
  });
  it('与2031年决算数比较，减少: the same with a named year’s accounts', () => {
    const t =
      '本单位2032年支出合计100.00万元，与2031年决算数比较，减少20.00万元，主要原因：一是基本支出与2031年决算数比较，减少12.00万元；二是项目支出与2031年决算数比较，减少8.00万元。';
    expect(rel(t, ['changeSum'])).toEqual([['changeSum', 'ok', 20, 20]]);
    expect(errors(t.replace('减少8.00', '减少9.00')).length).toBe(1);
  });
  it('a prior stated in the sentence before: level − prior = change', () => {
    const t = '2031年本单位支出合计为80.00万元。2032年本单位支出合计100.00万元，与上年相比较，增加20.00万元。';
    expect(errors(t)).toEqual([]);
    expect(errors(t.replace('增加20.00', '增加25.00'))).toEqual([['difference', 25, 20]]);
    expect(errors(t.replace('2032年本单位支出合计100.00万元，与上年相比较', '2032年本单位支出合计100.00万元，同上年对比'))).toEqual([]);
  });
  it('look-alike: a part compared with the budget under a total compared with last year is not summed', () => {
    const t = `${total}，主要原因：一是基本支出与年初预算相比较，增加12.00万元；二是项目支出与年初预算相比较，增加9.00万元。`;
    expect(errors(t)).toEqual([]);
  });
});
