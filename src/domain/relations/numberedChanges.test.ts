// A total's change explained by numbered paragraphs, one class of it each, with only its own change
// (our sentences, invented figures).
import { describe, expect, it } from 'vitest';
import { errors, ofKind } from '../../../test/helpers/relations.js';

const head = '（一）基本支出预算增减情况\n2032年基本支出预算较上年增加36.50万元，增幅12%。主要变动原因如下：\n';
const items = [
  '1.工资福利支出较上年增加40.20万元，增幅20%。主要原因是人员调入。',
  '2.商品和服务支出较上年增加1.60万元，增幅4%。主要原因是物业费上涨。',
  '3.对个人和家庭的补助支出较上年（减少）5.30万元，减幅30%。主要原因是遗属补助减少。',
];
const tail = '\n（二）项目支出预算增减情况\n2032年项目支出预算较上年（减）6万元，（减）幅10%。\n';
const doc = (xs: string[], h = head) => h + xs.join('\n') + tail;

describe('numbered class paragraphs after a total’s change', () => {
  it('the classes’ signed changes add up to the total’s: ok', () => {
    expect(errors(doc(items))).toEqual([]);
    expect(ofKind(doc(items), 'changeSum')).toEqual([['ok', 36.5, 36.5]]);
  });
  it('a class’s change that does not add up: error', () => {
    const t = doc(items.map((x) => x.replace('40.20万元', '43.40万元')));
    expect(errors(t)).toEqual([['changeSum', 36.5, 39.7]]);
  });
  it('具体情况如下 and （1） marks, a last 其他 closing the set: read too', () => {
    const h = head.replace('主要变动原因如下', '具体情况如下');
    const xs = ['（1）工资福利支出较上年增加40.20万元。', '（2）其他支出较上年减少3.70万元。'];
    expect(ofKind(doc(xs, h), 'changeSum')).toEqual([['ok', 36.5, 36.5]]);
    expect(
      errors(
        doc(
          xs.map((x) => x.replace('3.70', '4.70')),
          h,
        ),
      ),
    ).toEqual([['changeSum', 36.5, 35.5]]);
  });
  it('a level before the total’s change, a class named before a colon, the cue on its own line: read too', () => {
    const h = '2032年基本支出预算520.00万元，较上年增加36.50万元。\n主要变动情况如下：\n';
    const xs = [items[0]!.replace('工资福利支出较上年', '工资福利支出：较上年'), items[1]!, items[2]!];
    expect(ofKind(doc(xs, h), 'changeSum')).toEqual([['ok', 36.5, 36.5]]);
    expect(errors(doc(xs, h).replace('1.60万元', '2.60万元'))).toEqual([['changeSum', 36.5, 37.5]]);
  });
  it('a class said unchanged (较上年无增减) counts as no change; half-width brackets and 增 read too', () => {
    const h = '2032年基本支出预算较上年增 34.90万元,增幅11%。主要变动原因如下:\n';
    const xs = ['1.工资福利支出较上年增40.20万元,增 20 %。', '2.商品和服务支出较上年无增减。', '3. 对个人和家庭补助支出较上年(减少)5.30万元,减幅 30 %。'];
    expect(ofKind(doc(xs, h), 'changeSum')).toEqual([['ok', 34.9, 34.9]]);
    expect(errors(doc(xs, h).replace('5.30万元', '5.80万元'))).toEqual([['changeSum', 34.9, 34.4]]);
    // a standstill line saying more than that is not read
    const more = [xs[0]!, '2.商品和服务支出较上年无增减，其中办公费增加2.00万元。', xs[2]!];
    expect(ofKind(doc(more, h), 'changeSum').filter((r) => r[1] === 34.9)).toEqual([]);
    // 和上年持平 says the same as 较上年无增减
    const he = [xs[0]!, '2.商品和服务支出和上年持平。', xs[2]!];
    expect(ofKind(doc(he, h), 'changeSum')).toEqual([['ok', 34.9, 34.9]]);
  });
  it('the classes of “三公” 经费 the same way; its items stating their levels are not read (look-alike)', () => {
    const t =
      '2033年“三公”经费预算较上年减少0.80万元。具体情况如下：\n1.因公出国（境）费较上年无增减。\n2.公务用车购置及运行维护费较上年增加0.20万元。\n3.公务接待费较上年减少1.00万元。\n';
    expect(ofKind(t, 'changeSum')).toEqual([['ok', 0.8, -0.8]]);
    expect(errors(t.replace('0.20万元', '0.30万元'))).toEqual([['changeSum', 0.8, -0.7]]);
    const levels =
      '2033年“三公”经费预算数比2032年预算数减少0.80万元。具体情况如下：\n1.因公出国（境）费：0万元。\n2.公务用车购置及运行维护费1.20万元，与上年预算数相比无变化。\n3.公务接待费：2033年公务接待费预算数2.00万元，与上年预算数相比减少0.70万元。\n';
    expect(errors(levels)).toEqual([]);
    expect(ofKind(levels, 'changeSum')).toEqual([]);
  });
  it('the items in the cue’s own paragraph (如下：1.…。2.…) are read too; reasons with figures there are not', () => {
    const t = '2032年基本支出预算较上年增加36.50万元。主要变动原因如下：' + items.join('') + '\n';
    expect(ofKind(t, 'changeSum')).toEqual([['ok', 36.5, 36.5]]);
    expect(errors(t.replace('1.60万元', '1.10万元'))).toEqual([['changeSum', 36.5, 36]]);
    const reasons =
      '2032年基本支出预算较上年增加36.50万元。主要变动原因如下：1.工资福利支出较上年增加40.20万元，新增人员3人增加支出12.00万元。2.商品和服务支出较上年增加1.60万元。3.对个人和家庭的补助支出较上年减少5.30万元。\n';
    expect(ofKind(reasons, 'changeSum').filter((r) => r[1] === 36.5)).toEqual([]);
  });
  it('after 主要是： (the main causes) a failing sum of both directions is only unsure, of one direction an error', () => {
    const t = '本单位2033年支出预算较上年减少12.00万元。主要是：\n（1）基本支出较上年增加8.00万元；\n（2）项目支出较上年减少20.00万元。\n';
    expect(ofKind(t, 'changeSum')).toEqual([['ok', 12, -12]]);
    expect(errors(t.replace('20.00', '21.00'))).toEqual([]);
    expect(ofKind(t.replace('20.00', '21.00'), 'changeSum')).toEqual([['unsure', 12, -13]]);
    expect(errors(t.replace('增加8.00', '减少9.00'))).toEqual([['changeSum', 12, 29]]);
  });
  it('a wrapped line of an item’s reason (no figure) does not end the list', () => {
    const xs = [items[0]!, '上述人员为年中调入。', items[1]!, items[2]!];
    expect(ofKind(doc(xs), 'changeSum')).toEqual([['ok', 36.5, 36.5]]);
  });
  it('a missing class leaves a subset: not read (look-alike)', () => {
    const t = doc(items.slice(0, 2));
    expect(errors(t)).toEqual([]);
    expect(ofKind(t, 'changeSum')).toEqual([]);
  });
  it('items of another classification (functional classes) are not read (look-alike)', () => {
    const xs = ['1.一般公共服务支出较上年增加40.20万元。', '2.教育支出较上年增加1.60万元。', '3.卫生健康支出较上年（减少）5.30万元。'];
    expect(errors(doc(xs))).toEqual([]);
    expect(ofKind(doc(xs), 'changeSum')).toEqual([]);
  });
  it('items of two classifications mixed are not read (look-alike)', () => {
    const xs = ['1.工资福利支出较上年增加40.20万元。', '2.公用经费较上年（减少）1.00万元。'];
    expect(ofKind(doc(xs), 'changeSum')).toEqual([]);
  });
  it('a numbered list of reasons with figures, not classes, is not read (look-alike)', () => {
    const xs = ['1.新调入人员3人，增加工资性支出20.00万元。', '2.办公用房维修增加支出9.00万元。', '3.会议费较上年减少2.00万元。'];
    expect(errors(doc(xs))).toEqual([]);
    expect(ofKind(doc(xs), 'changeSum')).toEqual([]);
  });
  it('an item with two changes (or a level) is not read (look-alike)', () => {
    const two = [items[0]!.replace('。主要', '，其中基本工资增加30.00万元。主要'), items[1]!, items[2]!];
    // (the 其中 of the item is a list of its own, read elsewhere)
    expect(ofKind(doc(two), 'changeSum').filter((r) => r[1] === 36.5)).toEqual([]);
    const level = [items[0]!.replace('工资福利支出较上年', '工资福利支出240.00万元，较上年'), items[1]!, items[2]!];
    expect(ofKind(doc(level), 'changeSum')).toEqual([]);
  });
  it('an item on another basis than the total’s is not read (look-alike)', () => {
    const xs = [items[0]!.replace('较上年', '较年初预算'), items[1]!, items[2]!];
    expect(ofKind(doc(xs), 'changeSum')).toEqual([]);
  });
  it('a list followed by an unrelated numbered list: only the classes are read', () => {
    const t = `${doc(items)}1.政府采购预算12.00万元。\n2.国有资产占用情况：车辆2辆。\n`;
    expect(ofKind(t, 'changeSum')).toEqual([['ok', 36.5, 36.5]]);
    // a fourth item that is no class of the total ends nothing: the whole list is left unread
    const u = doc([...items, '4.新增专项工作经费较上年增加8.00万元。']);
    expect(ofKind(u, 'changeSum')).toEqual([]);
  });
});

describe('numbered class paragraphs over 上年同期 / 去年同期 / 同口径上年', () => {
  const same = (x: string, basis: string) => x.replace('较上年', basis);
  it('a total over 上年同期 with items over 去年同期, 上年 or 2031年同期: one basis, added up (ok, error)', () => {
    const h = head.replace('较上年', '较上年同期');
    const xs = [same(items[0]!, '较去年同期'), same(items[1]!, '较2031年同期'), items[2]!];
    expect(ofKind(doc(xs, h), 'changeSum')).toEqual([['ok', 36.5, 36.5]]);
    expect(errors(doc(xs, h).replace('40.20万元', '43.40万元'))).toEqual([['changeSum', 36.5, 39.7]]);
  });
  it('a total and items all over 同口径上年 (or 上年同口径): added up (ok, error)', () => {
    const h = head.replace('较上年', '较同口径上年');
    const xs = [same(items[0]!, '较同口径上年'), same(items[1]!, '比上年同口径'), same(items[2]!, '较同口径上年').replace('（减少）', '减少')];
    expect(ofKind(doc(xs, h), 'changeSum')).toEqual([['ok', 36.5, 36.5]]);
    expect(errors(doc(xs, h).replace('1.60万元', '2.60万元'))).toEqual([['changeSum', 36.5, 37.5]]);
  });
  it('look-alikes: an item over a 同期 budget or a bare 同期, or of a like-for-like base under a plain total, is not read', () => {
    for (const basis of ['较同期预算', '较同期', '较同口径上年', '比上年同口径'])
      expect(ofKind(doc([same(items[0]!, basis), items[1]!, items[2]!]), 'changeSum'), basis).toEqual([]);
    // nor a plain item under a like-for-like total
    expect(ofKind(doc(items, head.replace('较上年', '较同口径上年')), 'changeSum')).toEqual([]);
  });
});
