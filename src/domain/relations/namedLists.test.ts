// Lists whose total is named before the cue (A项目包括…), stated sentences or paragraphs before (our
// own sentences, invented figures): correct, a planted error, and look-alikes.
import { describe, expect, it } from 'vitest';
import { errors, ofKind } from '../../../test/helpers/relations.js';

const subsets = (text: string) => ofKind(text, 'subset');

describe('A项目包括… after the totals of A and B', () => {
  const text =
    '省里下达我市交通项目第二批资金5200万元，林业项目补助资金2300万元。\n\n其中，交通项目包括农村公路提升3100万元，主要用于乡道改造等；桥梁加固2100万元，主要用于危桥改造等。\n\n林业项目包括造林补助1500万元，森林防火600万元；林下经济200万元，主要用于示范基地建设。';
  it('each list is a part of the total its name refers to (explanations and ； do not end it)', () => {
    expect(subsets(text)).toEqual([
      ['ok', 5200, 5200],
      ['ok', 2300, 2300],
    ]);
  });
  it('parts above their named total are an error', () => {
    expect(errors(text.replace('森林防火600', '森林防火900'))).toEqual([['subset', 2300, 2600]]);
  });
  it('a name that two figures before carry binds to neither', () => {
    const two = '交通项目第一批资金800万元，交通项目第二批资金5200万元。\n\n交通项目包括农村公路提升3100万元，桥梁加固2900万元。';
    expect(subsets(two)).toEqual([]);
  });
});
