// What a share is of when its total is named in other words or not named at all (our own sentences,
// invented figures): correct, planted errors, and look-alikes that must stay unchecked.
import { describe, expect, it } from 'vitest';
import { relations, errors, find } from '../../../test/helpers/relations.js';

const share = (text: string, stated: number) => find(text, 'share', stated);

describe('a total named with its closing 金额 (read as a verb on the figure)', () => {
  const text =
    '本年度全省采购授予本地企业合同金额为860.0万元，占全省采购规模的43.0%，授予县域企业合同金额为301.0万元，占授予本地企业合同金额的35.0%。全省采购规模为2000.0万元。';
  it('占授予本地企业合同金额 is the 授予本地企业合同 stated before', () => {
    expect(share(text, 35)?.verdict).toBe('ok');
    expect(share(text, 35)?.parts.map((p) => p.value)).toEqual([301, 860]);
    expect(errors(text.replace('35.0%', '53.0%'))).toEqual([['share', 53, 35]]);
  });
});

describe('shares of items listed after a colon', () => {
  const text =
    '2024年财政拨款支出820.00万元，主要用于以下方面：教育支出410.00万元，占50.00%；卫生健康支出328.00万元，占40.00%；农林水支出82.00万元，占10.00%。';
  it('are of the amount the colon follows', () => {
    expect(share(text, 40)?.verdict).toBe('ok');
    expect(share(text, 40)?.parts.map((p) => p.value)).toEqual([328, 820]);
    expect(errors(text)).toEqual([]);
    // the uses listed after 主要用于：are parts of it too: more than the whole is an error (a sum: the shares make 100%)
    expect(errors(text.replace('328.00万元', '382.00万元'))).toEqual([
      ['sum', 820, 874],
      ['share', 40, 46.59],
    ]);
  });
  it('a list of uses with 等 and no shares asserts no sum', () => {
    const uses = '2024年财政拨款支出820.00万元，主要用于以下方面：教育支出410.00万元，卫生健康支出300.00万元等。';
    expect(relations(uses).filter((r) => r.kind === 'sum')).toEqual([]);
  });
  it('an item with its own change: the share is of the item, not of its change', () => {
    const changed = '2024年财政拨款支出820.00万元，情况如下：教育支出410.00万元，比上年增加20.00万元，占50.00%。';
    expect(share(changed, 50)?.verdict).toBe('ok');
    expect(share(changed, 50)?.parts.map((p) => p.value)).toEqual([410, 820]);
  });
  it('a colon far from its figure (a heading sentence) gives no denominator', () => {
    const far = '2024年财政拨款支出820.00万元，与上年相比变化不大，其结构按功能分类情况说明如下：教育支出410.00万元，占50.00%。';
    expect(share(far, 50)?.verdict).toBe('unsure');
  });
});

describe('a share named by the year said another way', () => {
  it('占年计划 is the 年度计划 or 当年计划 before it; 年度 figures of another noun are not', () => {
    const text = '全县项目年度计划投资40亿元，1-8月累计完成投资26亿元，占年计划投资的65%。';
    expect(share(text, 65)?.verdict).toBe('ok');
    expect(errors(text.replace('65%', '56%'))).toEqual([['share', 56, 65]]);
    const other = '全县项目年度计划融资40亿元，1-8月累计完成投资26亿元，占年计划投资的65%。';
    expect(share(other, 65)?.verdict).toBe('unsure');
  });
});

describe('a share whose total is named only after it', () => {
  const text = '（一）教育支出120.00万元，占支出总预算的60.00%。\n（二）卫生健康支出80.00万元。\n三、支出总预算200.00万元。';
  it('is of the figure of that very name stated later', () => {
    expect(share(text, 60)?.verdict).toBe('ok');
    expect(share(text, 60)?.parts.map((p) => p.value)).toEqual([120, 200]);
    expect(errors(text.replace('60.00%', '66.00%'))).toEqual([['share', 66, 60]]);
  });
  it('two later figures of that name with different values: unchecked', () => {
    const two = `${text}\n调整后支出总预算为250.00万元。\n支出总预算250.00万元。`;
    expect(share(two, 60)?.verdict).toBe('unsure');
  });
});

describe('a share named by the label of a 其中 part', () => {
  const text = '全县支出总计820.0亿元，其中县本级一般预算支出500.0亿元。在县本级一般预算支出中，民生支出360.0亿元，约占县本级一般预算支出的72.0%。';
  it('is of the part labelled with the very name, not of the total it belongs to', () => {
    expect(share(text, 72)?.verdict).toBe('ok');
    expect(share(text, 72)?.parts.map((p) => p.value)).toEqual([360, 500]);
    expect(errors(text)).toEqual([]);
    expect(errors(text.replace('72.0%', '76.0%'))).toEqual([['share', 76, 72]]);
  });
  it('a share named by the total is still of the total', () => {
    const t = '全县支出总计820.0亿元，其中县本级一般预算支出500.0亿元。民生支出600.0亿元，占全县支出总计的73.2%。';
    expect(share(t, 73.2)?.parts.map((p) => p.value)).toEqual([600, 820]);
    expect(errors(t)).toEqual([]);
  });
  it('a part whose label only ends with the name stays quiet (服务采购规模 for 采购规模)', () => {
    expect(errors('全市政府采购规模800.0亿元，其中服务采购规模200.0亿元。工程采购320.0亿元，占采购规模的40.0%。')).toEqual([]);
  });
});
