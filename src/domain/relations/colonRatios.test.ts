// Ratios written a:b (A与B之比为3:1, 两者比例为1∶0.4) against the two amounts they name (our sentences, invented figures).
import { describe, expect, it } from 'vitest';
import { errors, ofKind } from '../../../test/helpers/relations.js';

describe('A与B之比为a:b with both amounts stated', () => {
  const t = '本年度基本支出中，人员经费462.00万元，公用经费154.00万元，人员经费与公用经费之比为3:1。';
  it('A ÷ B is the ratio: ok', () => {
    expect(errors(t)).toEqual([]);
    expect(ofKind(t, 'rate')).toEqual([['ok', 3, 3]]);
    const odd = '本年度基本支出中，人员经费300.00万元，公用经费200.00万元，人员经费和公用经费的比例为3：2。';
    expect(ofKind(odd, 'rate')).toEqual([['ok', 3, 3]]);
  });
  it('the ratio or one amount altered: error naming it', () => {
    expect(errors(t.replace('3:1', '4:1'))).toEqual([['rate', 4, 3]]);
    expect(errors(t.replace('公用经费154.00万元', '公用经费231.00万元'))).toEqual([['rate', 3, 2]]);
  });
  it('a ratio rounded to its stated digit is ok; a ratio that names other figures stays quiet (look-alikes)', () => {
    const rounded = '本年度人员经费470.00万元，公用经费154.00万元，人员经费与公用经费之比为3.1:1。';
    expect(errors(rounded)).toEqual([]);
    expect(ofKind(rounded, 'rate').map((r) => r.slice(0, 2))).toEqual([['ok', 3.1]]);
    const other = '本年度人员经费462.00万元，公用经费154.00万元，在编人员与编外人员之比为2:1。';
    expect(errors(other)).toEqual([]);
    expect(ofKind(other, 'rate')).toEqual([]);
    const time = '会议于2023年5月8日14:30召开，人员经费462.00万元。';
    expect(errors(time)).toEqual([]);
  });
});

describe('两者比例为1∶b right after two amounts', () => {
  const t = '本年度财政拨款收入500.00万元，其他收入200.00万元，两者比例为1∶0.4。';
  it('ok, and altered: error', () => {
    expect(ofKind(t, 'rate')).toEqual([['ok', 0.4, 0.4]]);
    expect(errors(t.replace('1∶0.4', '1∶0.6'))).toEqual([['rate', 0.6, 0.4]]);
  });
  it('a bare 比例 after amounts of different units is not read (look-alike)', () => {
    const u = '本年度培训200人次，支出50.00万元，比例为4:1。';
    expect(errors(u)).toEqual([]);
  });
});
