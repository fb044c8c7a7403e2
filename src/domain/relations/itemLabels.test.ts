// Generic robustness of lists in real text, in our own words with invented figures: numbers that are
// part of an item's name (a width, a spec code), items with a count and a measure, enumerations
// after 具体用于：, and allocation lines repeating the total's label.
import { describe, expect, it } from 'vitest';
import { extractQuantities } from '../quantity/index.js';
import { errors, rel } from '../../../test/helpers/relations.js';

const sums = (text: string) => rel(text, ['sum', 'subset']);
const figures = (text: string) => extractQuantities(text).map((q) => q.text);

describe('a dimension or spec inside an item name is no figure', () => {
  it('6米宽 / 3米长的 before a noun, D600*2米 and 3×2米 are part of the name', () => {
    expect(figures('修建6米宽便道0.35千米')).toEqual(['0.35千米']);
    expect(figures('铺设3米长的涵管12节，D600*2米圆管涵9座，3×2米箱涵4座')).toEqual(['9座', '4座']);
  });
  it('a width stated as a figure stays one', () => {
    expect(figures('道路长1.2千米，路面宽6米，两侧各1米宽。')).toEqual(['1.2千米', '6米', '1米']);
    expect(figures('护坡高3米，厚0.5米')).toEqual(['3米', '0.5米']);
    expect(figures('补助120人×500元')).toEqual(['120人', '500元']);
  });
  it('a 其中 list of widths adds the lengths only', () => {
    const t = '硬化村道1.50千米，其中6米宽村道0.62千米，4米宽村道0.88千米。';
    expect(sums(t)).toEqual([['subset', 'ok', 1.5, 1.5]]);
    expect(errors(t.replace('0.88', '0.98'))).toEqual([['subset', 1.5, 1.6]]);
  });
  it('a 其中 list goes on past items named by a spec', () => {
    const t = '新建渠系建筑物120座，其中节制闸6座，D800*4米涵管30座，DN300*2米涵管24座，分水口60座。';
    expect(sums(t)).toEqual([['subset', 'ok', 120, 120]]);
    expect(errors(t.replace('24座', '34座'))).toEqual([['subset', 120, 130]]);
    // fewer than the whole is no error: 其中 lists need not be complete
    expect(errors(t.replace('60座', '50座'))).toEqual([]);
  });
});
