// A total then what it is made of (由…加上…构成), our own sentences and invented figures: both verdicts, a typo
// that drops a digit of the total, and look-alikes that are no sum.
import { describe, expect, it } from 'vitest';
import { ofKind } from '../../../test/helpers/relations.js';

const sums = (text: string) => ofKind(text, 'sum');

describe('T，由A，加上B等构成', () => {
  const text = '全乡可用财力2,405.60万元。由本级收入315.20万元，加上级补助、上年结余等2,090.40万元构成。';
  it('the items make the total before 由 (the sentence before when 由 opens it)', () => {
    expect(sums(text)).toEqual([['ok', 2405.6, 2405.6]]);
    expect(sums(text.replace('315.20', '325.20'))).toEqual([['error', 2405.6, 2415.6]]);
  });
  it('in one sentence, and a total that lost its leading digit is an error, not unsure', () => {
    const t = '支出总计3,512.08万元，由本级支出3,512.08万元，加上解支出、结转下年等0万元构成，收支平衡。';
    expect(sums(t)).toEqual([['ok', 3512.08, 3512.08]]);
    expect(sums(t.replace('支出总计3,512.08', '支出总计,512.08'))).toEqual([['error', 512.08, 3512.08]]);
  });
  it('由 that is no list of parts, or no 构成 after the items, relates nothing', () => {
    expect(sums('项目总投资120万元，由县交通局负责实施，完成道路8.5公里，投入资金96万元。')).toEqual([]);
    expect(sums('支出总计300万元，由本级支出260万元，加上解支出40万元安排。')).toEqual([]);
    // 等 after the last amount: items left unwritten
    expect(sums('总收入500万元，由财政拨款400万元、事业收入80万元等构成。')).toEqual([]);
    expect(sums('总收入500万元，由财政拨款400万元、事业收入80万元和其他收入20万元构成。')).toEqual([['ok', 500, 500]]);
    // …unless the last item is itself a catch-all (…等20万元等构成)
    expect(sums('总收入500万元，由财政拨款400万元、事业收入和其他收入等100万元等构成。')).toEqual([['ok', 500, 500]]);
    expect(sums('全年支出300万元，其中由财政承担260万元，自筹资金40万元。').filter((r) => r[0] === 'error')).toEqual([]);
  });
});
