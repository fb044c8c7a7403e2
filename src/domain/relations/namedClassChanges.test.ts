// Classes compared in words, clause by clause, each against two bases (our own sentences, invented figures):
// "X a，比预算减少d，比上年增加c。其中，A比预算无增减变化，比上年无增减变化；B…，C比预算减少d1，比上年增加c1；…"
import { describe, expect, it } from 'vitest';
import { rel } from '../../../test/helpers/relations.js';

// (the 其中 list read as a subset of the first change beside it says ok whatever it adds: left out here)
const sums = (text: string) => rel(text, ['changeSum']).filter((r) => r[1] !== 'ok' || r[2] === r[3]);
const text =
  '本单位“三公”经费支出决算为6.00万元，比预算减少0.50万元，比上年增加1.50万元，增长33.33%。其中，因公出国支出决算比预算无增减变化，比上年无增减变化；' +
  '公务用车购置支出决算比预算无增减变化，比上年无增减变化，公务用车运行维护费支出决算比预算减少0.50万元，比上年增加1.00万元，增长25.00%；' +
  '公务接待费支出决算比预算无增减变化，比上年增加0.50万元，增长50.00%。';

describe('classes named and compared without amounts of their own', () => {
  it('the changes on each basis add up to the total’s (a class unchanged counts 0)', () => {
    expect(sums(text)).toEqual([
      ['changeSum', 'ok', 0.5, 0.5],
      ['changeSum', 'ok', 1.5, 1.5],
    ]);
  });
  it('a class’s change off is an error on its basis', () => {
    expect(sums(text.replace('比上年增加0.50万元', '比上年增加0.60万元'))).toContainEqual(['changeSum', 'error', 1.5, 1.6]);
  });
  it('a class left out (no 接待) is no complete set: nothing added on either basis', () => {
    const cut = text.slice(0, text.lastIndexOf('；')) + '。';
    expect(sums(cut).filter((r) => r[1] === 'error')).toEqual([]);
    expect(rel(cut, ['changeSum']).some((r) => r[2] === 1.5 && r[3] === 1)).toBe(false);
  });
});
