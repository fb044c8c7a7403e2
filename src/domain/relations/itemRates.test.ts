// An item's change and rate in a clause that names the item, its amount stated in another sentence (our own
// sentences, invented figures): both verdicts, and look-alikes with no unique amount that relate nothing.
import { describe, expect, it } from 'vitest';
import { parseText } from '../../documents/import/structure.js';
import { analyzeDocument } from './index.js';

const yoy = (text: string) =>
  analyzeDocument(parseText(text))
    .relations.filter((r) => r.kind === 'yoy' && /前后文/.test(r.reason))
    .map((r) => [r.verdict, r.stated, r.computed]);

const text =
  '本年因公出国（境）费支出决算0万元；公务用车购置及运行维护费支出决算6.30万元；公务接待费支出决算2.40万元。\n“三公”经费支出决算8.70万元，比上年增加1.50万元。其中，公务用车购置及运行维护费支出决算比预算无增减变化，比去年增加0.90万元，增长16.67%；公务接待费支出决算比预算减少0.1万元，比去年增加0.60万元，增长33.3%。';

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
  });
});
