// Lists opened by a name of their total and 中 (our sentences, invented figures).
import { describe, expect, it } from 'vitest';
import { errors, ofKind } from '../../../test/helpers/relations.js';

describe('X当中，A a，B b: a name the lexicon does not know, stated word for word the sentence before', () => {
  const t = '今年累计发行地方债60000亿元。其中，新增债券42000亿元。新增债券当中，一般债券发行8000亿元，专项债券发行34000亿元。';
  it('the parts are within it: ok', () => {
    expect(errors(t)).toEqual([]);
    expect(ofKind(t, 'subset')).toContainEqual(['ok', 42000, 42000]);
  });
  it('a part raised above the total: error', () => {
    expect(errors(t.replace('34000亿元', '35000亿元'))).toEqual([['subset', 42000, 43000]]);
  });
  it('a name stated further back binds nothing (look-alike)', () => {
    const u = '新增债券42000亿元。发行节奏总体平稳。资金拨付及时。新增债券当中，一般债券发行8000亿元，专项债券发行38000亿元。';
    expect(errors(u)).toEqual([]);
  });
});

describe('T资金中，A n项a、B m项b: the count glued before each amount says how many', () => {
  const t = '本次下达资金主要用于水利建设。300亿元资金中，节水工程2项112.53亿元、灌区工程8项42亿元、引调水工程2项72亿元、河湖治理工程17项73.47亿元。';
  it('the amounts are the items: ok', () => {
    expect(errors(t)).toEqual([]);
    expect(ofKind(t, 'subset')).toEqual([['ok', 300, 300]]);
  });
  it('an amount raised: error', () => {
    expect(errors(t.replace('72亿元', '82亿元'))).toEqual([['subset', 300, 310]]);
  });
  it('a count that is not glued to an amount is no item marker (look-alike: nothing summed)', () => {
    const u = '300亿元资金中，支持项目共29项，带动社会投资420亿元。';
    expect(errors(u)).toEqual([]);
  });
});
