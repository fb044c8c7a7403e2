// Shares (our own sentences, invented figures): a share named after the total of its own list, and
// shares of named parts with no amounts. Each correct, with a planted error, and a look-alike.
import { describe, expect, it } from 'vitest';
import { errors, rel } from '../../../test/helpers/relations.js';

describe('a share that names the total of its own list', () => {
  const text = '2024年一般公共预算基本支出 800000.00 元，其中：人员经费 600000.00 元，占基本支出预算 75.00%。';
  it('is that total even when the scope words differ', () => {
    expect(rel(text)).toContainEqual(['share', 'ok', 75, 75]);
    expect(errors(text.replace('75.00%', '57.00%'))).toEqual([['share', 57, 75]]);
  });
  it('a share naming another total is not bound to the list', () => {
    expect(rel(text.replace('占基本支出预算', '占项目支出预算'))).not.toContainEqual(['share', 'ok', 75, 75]);
  });
});

describe('分别占 over named parts of one classification', () => {
  const some = '公开招标、邀请招标、竞争性谈判、询价、单一来源采购分别占全市政府采购规模的70.5%、2.0%、4.5%、3.0%和8.0%。';
  it('an incomplete list (no 其他方式) may fall short of 100% but never exceed it', () => {
    expect(errors(some)).toEqual([]);
    expect(errors(some.replace('70.5%', '85.5%'))).toEqual([['shareSum', 100, 103]]);
  });
  it('a complete list adds up to 100%', () => {
    const all = '公开招标、邀请招标、竞争性谈判、询价、单一来源采购和其他方式分别占全市政府采购规模的70.5%、2.0%、4.5%、3.0%、8.0%和12.0%。';
    expect(rel(all)).toEqual([['shareSum', 'ok', 100, 100]]);
    expect(errors(all.replace('12.0%', '21.0%'))).toEqual([['shareSum', 100, 109]]);
  });
  it('names outside the lexicon may overlap, so their shares are not added', () => {
    expect(errors('中小企业、小微企业分别占合同金额的76.0%和41.0%。')).toEqual([]);
  });
});

describe('a share that names its total by the end of a longer label', () => {
  const text =
    '全市政府采购合同授予本地企业的总采购额为840.0万元,占全市政府采购规模的70.0%。其中,授予本地小微企业的采购额为315.0万元,占授予本地企业总采购额的37.5%。';
  it('binds to the total whose label ends with the name (的 aside)', () => {
    expect(rel(text)).toContainEqual(['share', 'ok', 37.5, 37.5]);
    expect(errors(text.replace('37.5%', '42.5%'))).toEqual([['share', 42.5, 37.5]]);
  });
  it('a name that is not the end of the label stays unsure', () => {
    const t = '全市政府采购合同授予本地企业的总采购额为840.0万元。授予本地小微企业的采购额为315.0万元,占外地企业总采购额的57.5%。';
    expect(errors(t)).toEqual([]);
    expect(rel(t)).toContainEqual(['share', 'unsure', 57.5, null]);
  });

  describe('a share of the 总量 of a total written in an earlier paragraph with its verb', () => {
    const text = '1-6月，全县财政支出完成150.00亿元。\n\n教育支出30.00亿元，占财政支出总量的20%。\n\n卫生健康支出15.00亿元，占财政支出总量的10%。';
    it('is of that total (总量 and the verb 完成 aside)', () => {
      expect(rel(text)).toContainEqual(['share', 'ok', 20, 20]);
      expect(rel(text)).toContainEqual(['share', 'ok', 10, 10]);
      // a share copied from the item before: 15 of 150 is 10%, not 20%
      expect(errors(text.replace('的10%', '的20%'))).toEqual([['share', 20, 10]]);
    });
    it('a 总量 of another quantity stays unsure', () => {
      const t = text.replace(/财政支出总量/g, '财政收入总量');
      expect(errors(t.replace('的10%', '的20%'))).toEqual([]);
    });
  });
});

describe('a share with a noun of its own', () => {
  const text = '全市政府采购规模为600.0万元。全市政府采购授予本地企业合同金额为450.0万元，授予本地企业合同总金额占全市政府采购规模的75.0%。';
  it('is of the figure whose label carries that noun (的, 总, a closing 金额 aside)', () => {
    expect(rel(text)).toContainEqual(['share', 'ok', 75, 75]);
    expect(errors(text.replace('75.0%', '65.0%'))).toEqual([['share', 65, 75]]);
  });
  it('is of no figure whose label does not carry it', () => {
    expect(rel('全市政府采购规模为600.0万元。本地企业合同金额为450.0万元，外地企业合同总金额占全市政府采购规模的25.0%。')).toEqual([]);
  });
});

describe('分别为a和b，占T的p和q with T named by the end of a longer label', () => {
  const text =
    '全年全省政府采购规模为5120.0亿元，比上年减少210.4亿元。⏎数据显示，省级预算单位、市县预算单位的政府采购规模分别为820.5亿元和4299.5亿元，占全省政府采购规模的16.0%和84.0%。'.replace(
      '⏎',
      '\n',
    );
  it('the shares are over the total the name ends, even when a part was changed', () => {
    expect(rel(text, ['share'])).toEqual([
      ['share', 'ok', 16, 16.03],
      ['share', 'ok', 84, 83.97],
    ]);
    expect(errors(text.replace('820.5', '920.5'))).toEqual([['share', 16, 17.98]]);
  });
  it('two earlier figures the name ends, of two values: which one is not said', () => {
    const t =
      '上半年全省政府采购规模为2400.0亿元。全年全省政府采购规模为5120.0亿元。省级预算单位、市县预算单位的政府采购规模分别为920.5亿元和4299.5亿元，占全省政府采购规模的16.0%和84.0%。';
    expect(errors(t)).toEqual([]);
  });
});
