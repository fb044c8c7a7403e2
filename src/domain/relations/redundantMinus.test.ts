// Minus signs: one after a word of falling repeats the word (减少-2.00万元, 下降-40%); a real negative stays
// negative; a dash between years or in an empty cell is no sign (our sentences and tables, invented figures).
import { describe, expect, it } from 'vitest';
import { errors, ofKind } from '../../../test/helpers/relations.js';

describe('减少-a / 下降-r%: the minus repeats the word', () => {
  const t = '2023年公务接待费3.00万元，比上年减少-2.00万元，下降-40.00%。';
  it('the change and its rate hold as a fall of 2.00 and 40%: ok', () => {
    expect(errors(t)).toEqual([]);
    expect(ofKind(t, 'yoy')).toEqual([['ok', -40, -40]]);
    const one = '2023年公务接待费3.00万元，比上年减少2.00万元，下降-40.00%。';
    expect(errors(one)).toEqual([]);
    expect(ofKind(one, 'yoy')).toEqual([['ok', -40, -40]]);
  });
  it('a rate or a change altered: error naming it', () => {
    expect(errors(t.replace('40.00%', '50.00%'))).toEqual([['yoy', -50, -40]]);
    expect(errors(t.replace('-2.00万元', '-1.00万元'))).toEqual([['yoy', -40, -25]]);
  });
  it('a minus after a word of rising is a fall, as before (look-alike)', () => {
    const up = '2023年公务接待费3.00万元，比上年增加-2.00万元，增长-40.00%。';
    expect(errors(up)).toEqual([]);
    expect(ofKind(up, 'yoy')).toEqual([['ok', -40, -40]]);
  });
});

describe('real negatives and dashes that are no signs', () => {
  it('a negative balance is read negative: ok; wrong after 为-, an error; wrong after a bare hyphen, only unsure', () => {
    const t = '年初结转和结余2.00万元，本年收入100.00万元，本年支出105.50万元，年末结转和结余为-3.50万元。';
    expect(ofKind(t, 'carryOver')).toEqual([['ok', -3.5, -3.5]]);
    expect(errors(t.replace('105.50', '106.50'))).toEqual([['carryOver', -3.5, -4.5]]);
    const bare = t.replace('结余为-3.50', '结余-3.50');
    expect(ofKind(bare, 'carryOver')).toEqual([['ok', -3.5, -3.5]]);
    expect(errors(bare.replace('105.50', '106.50'))).toEqual([]);
  });
  it('a span of years and dashes in empty cells give no error (look-alikes)', () => {
    const years = '2022-2023年培训经费支出合计30.00万元，其中2022年12.00万元，2023年18.00万元。';
    expect(errors(years)).toEqual([]);
    const table = [
      '项目\t2022年\t2023年\t增减额\t增减率',
      '公务接待费\t5.00\t3.00\t—\t-40.00%',
      '会议费\t4.00\t5.00\t-\t25.00%',
      '合计\t9.00\t8.00\t-1.00\t-11.11%',
    ].join('\n');
    expect(errors(table)).toEqual([]);
  });
});
