// An item's change and rate in a clause that names the item, its amount stated in another sentence (our own
// sentences, invented figures): both verdicts, and look-alikes with no unique amount that relate nothing.
import { describe, expect, it } from 'vitest';
import { relations } from '../../../test/helpers/relations.js';

const yoy = (text: string) =>
  relations(text)
    .filter((r) => r.kind === 'yoy' && /前后文|比较基数/.test(r.reason))
    .map((r) => [r.verdict, r.stated, r.computed]);

const text =
  '本年因公出国（境）费支出决算0万元；公务用车购置及运行维护费支出决算6.30万元；公务接待费支出决算2.40万元。\n“三公”经费支出决算8.70万元，比上年增加1.50万元。其中，公务用车购置及运行维护费支出决算比预算无增减变化，比去年增加0.90万元，增长16.67%；公务接待费支出决算比预算无增减变化，比去年增加0.60万元，增长33.3%。';

describe('其中，A比去年增加c，增长r% with A stated before', () => {
  it('the rate is the change over the amount less the change', () => {
    expect(yoy(text)).toEqual([
      ['ok', 16.67, 16.67],
      ['ok', 33.3, 33.33],
    ]);
  });
  it('a wrong amount, change or rate is an error', () => {
    expect(yoy(text.replace('接待费支出决算2.40万元', '接待费支出决算2.90万元'))).toEqual([
      ['ok', 16.67, 16.67],
      ['error', 33.3, 26.09],
    ]);
    expect(yoy(text.replace('增长16.67%', '增长18.67%'))[0]![0]).toBe('error');
  });
  it('two different amounts of the item, or none, leave the rate alone', () => {
    const twice = text.replace('。\n“三公”', '。上年公务接待费支出决算1.80万元，另列支公务接待费支出决算2.10万元。\n“三公”');
    expect(yoy(twice)).toEqual([['ok', 16.67, 16.67]]);
    expect(yoy(text.replace('公务接待费支出决算2.40万元。', '会议费支出决算2.40万元。'))).toEqual([['ok', 16.67, 16.67]]);
    // another change of the item in between (比预算减少…): which amount the change is of is not sure
    expect(yoy(text.replace('公务接待费支出决算比预算无增减变化', '公务接待费支出决算比预算减少0.1万元'))).toEqual([['ok', 16.67, 16.67]]);
  });
});

describe('上半年X同比增收c，增长r% with X stated sentences before', () => {
  const text = '上半年，全县一般公共预算非税收入累计完成3.64亿元，完成预算数的52.1%。各乡镇进度不一。上半年非税收入同比增收0.41亿元，增长12.7%。';
  it('the rate is the change over the amount less the change, of the same item and period', () => {
    expect(yoy(text)).toEqual([['ok', 12.7, 12.69]]);
    expect(yoy(text.replace('增长12.7%', '增长14.7%'))).toEqual([['error', 14.7, 12.69]]);
    expect(yoy(text.replace('3.64亿元', '3.94亿元'))[0]![0]).toBe('error');
  });
  it('another period, or another item of the same broad concept, is not its amount', () => {
    expect(yoy(text.replace('上半年，全县', '一季度，全县'))).toEqual([]);
    expect(yoy(text.replace('非税收入累计完成', '税收收入累计完成'))).toEqual([]);
  });
});
