// 差值 clauses (our own sentences, invented figures): the gap between an amount and its budget, both verdicts,
// and look-alikes where 差值 is between no pair the sentence names.
import { describe, expect, it } from 'vitest';
import { ofKind, rel } from '../../../test/helpers/relations.js';

const diffs = (text: string) => ofKind(text, 'difference');

describe('X支出a，年初预算为b，差值为d', () => {
  const text = '本年度公务接待费支出3.40万元，年初预算为4.10万元，差值为0.70万元；公务用车运行维护费支出6.25万元，年初预算为6万元，差值为0.25万元。';
  it('d is the gap either way', () => {
    expect(diffs(text)).toEqual([
      ['ok', 0.7, 0.7],
      ['ok', 0.25, 0.25],
    ]);
    expect(diffs(text.replace('差值为0.70', '差值为0.90'))).toEqual([
      ['error', 0.9, 0.7],
      ['ok', 0.25, 0.25],
    ]);
  });
  it('two amounts of one stage, or a clause between them, are no 差值 pair', () => {
    expect(diffs('甲项目支出3.40万元，乙项目支出4.10万元，差值为0.90万元。')).toEqual([]);
    expect(diffs('公务接待费支出3.40万元；年初预算为4.10万元，差值为0.90万元。')).toEqual([]);
  });
});

describe('年初A，年末B，减少（增加）C: the change between an opening and a closing balance (rates9)', () => {
  const text = '2022年初结余资金为850,000.00元，2022年末结余资金为620,000.00元，减少230,000.00元。';
  it('C = B − A, the direction agreeing', () => {
    expect(diffs(text)).toEqual([['ok', 230000, 230000]]);
  });
  it('a wrong amount, or a rise written for a fall, is an error', () => {
    expect(diffs(text.replace('减少230,000.00', '减少240,000.00'))).toEqual([['error', 240000, 230000]]);
    expect(diffs(text.replace('减少', '增加')).map((d) => d[0])).toEqual(['error']);
  });
  it('期初A，期末B，比期初增加C', () => {
    expect(diffs('期初余额为300.00万元，期末余额为345.50万元，比期初增加45.50万元。')).toEqual([['ok', 45.5, 45.5]]);
    expect(diffs('期初余额为300.00万元，期末余额为345.50万元，比期初增加55.50万元。')).toEqual([['error', 55.5, 45.5]]);
  });
  it('年末比年初减少C，下降r%: r = C ÷ A', () => {
    const text2 = '年初结余资金为250.00万元，年末结余资金为200.00万元，年末比年初减少50.00万元，下降20.00%。';
    expect(rel(text2, ['difference', 'yoy'])).toEqual([
      ['difference', 'ok', 50, 50],
      ['yoy', 'ok', 20, 20],
    ]);
    expect(rel(text2.replace('20.00%', '25.00%'), ['yoy'])).toEqual([['yoy', 'error', 25, 20]]);
  });
  it('look-alikes: two different balances, or no opening and closing, relate nothing', () => {
    expect(diffs('2022年初结余资金为850,000.00元，2022年末结转资金为620,000.00元，减少230,000.00元。')).toEqual([]);
    expect(diffs('本年收入850,000.00元，本年支出620,000.00元，减少230,000.00元。')).toEqual([]);
  });
});
