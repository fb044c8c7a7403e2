// Paired 分别/各 lists of levels, changes and rates (our own sentences, invented figures).
import { describe, expect, it } from 'vitest';
import { relations } from '../../../test/helpers/relations.js';

const yoys = (text: string) =>
  relations(text)
    .filter((r) => r.kind === 'yoy')
    .map((r) => [r.verdict, r.stated, r.computed, r.parts.map((p) => p.value)]);

describe('n levels, n changes, n rates, respectively', () => {
  const text = '2024年收入、支出分别为630.00万元和612.00万元，比上年分别减少30.00万元和18.00万元，分别下降4.55%和2.86%。';
  it('the i-th change and rate are of the i-th level', () => {
    expect(yoys(text)).toEqual([
      ['ok', -4.55, -4.55, [630, 30]],
      ['ok', -2.86, -2.86, [612, 18]],
    ]);
    expect(yoys(text.replace('2.86%', '2.94%'))[1]![0]).toBe('error');
  });
  it('各 with 、 works the same', () => {
    const ge = '2024年收、支总计各是630.00万元、612.00万元，与上年相比各减少30.00万元、18.00万元，各下降4.55%、2.86%。';
    expect(yoys(ge).map((r) => r[0])).toEqual(['ok', 'ok']);
  });
  it('lists of different lengths, or changes not said to be respective, pair nothing', () => {
    expect(yoys('2024年收入、支出、结余分别为630.00万元、612.00万元和18.00万元，比上年分别减少30.00万元和18.00万元，分别下降4.55%和2.86%。')).toEqual([]);
    expect(yoys('2024年收入、支出分别为630.00万元和612.00万元，全年减少30.00万元和18.00万元的支出项目，下降4.55%和2.86%。')).toEqual([]);
  });
});
