// Shares that name no whole (占X%) of parts listed before their total, the total stated in a later sentence of the
// paragraph (our sentences, invented figures).
import { describe, expect, it } from 'vitest';
import { errors, ofKind } from '../../../test/helpers/relations.js';

describe('A a，占p%；B b，占q%。X合计T', () => {
  const t =
    '按经济分类，工资福利支出520.00万元，占52.00%；商品和服务支出300.00万元，占30.00%；对个人和家庭的补助180.00万元，占18.00%。本年支出合计1,000.00万元。';
  it('each share is of the total stated after the list: ok', () => {
    expect(errors(t)).toEqual([]);
    expect(ofKind(t, 'share')).toEqual([
      ['ok', 52, 52],
      ['ok', 30, 30],
      ['ok', 18, 18],
    ]);
  });
  it('a share or the total altered: error naming it', () => {
    expect(errors(t.replace('30.00%', '32.00%'))).toEqual([['share', 32, 30]]);
    expect(errors(t.replace('1,000.00万元', '1,250.00万元')).map((e) => e[0])).toEqual(['share', 'share', 'share']);
  });
  it('a later amount of last year or of income is not the whole (look-alikes)', () => {
    const prior = t.replace('本年支出合计1,000.00万元', '上年支出合计950.00万元');
    expect(errors(prior)).toEqual([]);
    const income = t.replace('本年支出合计1,000.00万元', '本年收入合计1,200.00万元');
    expect(errors(income)).toEqual([]);
  });
});
