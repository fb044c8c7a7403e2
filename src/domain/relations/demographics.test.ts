// 出生率 − 死亡率 = 自然增长率, and their changes in 千分点 (our own sentence, invented figures).
import { describe, expect, it } from 'vitest';
import { errors, ofKind } from '../../../test/helpers/relations.js';

const text = '全年人口出生率9.80‰，比上年下降0.60个千分点；人口死亡率6.50‰，比上年上升0.20个千分点；人口自然增长率3.30‰，比上年下降0.80个千分点。';

describe('natural growth = births − deaths', () => {
  it('the rates and their changes agree', () => {
    expect(ofKind(text, 'difference')).toEqual([
      ['ok', 3.3, 3.3],
      ['ok', -0.8, -0.8],
    ]);
    expect(errors(text)).toEqual([]);
  });
  it('a growth rate or a change that does not fit is an error', () => {
    expect(errors(text.replace('自然增长率3.30‰', '自然增长率3.50‰'))).toEqual([['difference', 3.5, 3.3]]);
    expect(errors(text.replace('下降0.80个千分点', '下降0.40个千分点'))).toEqual([['difference', -0.4, -0.8]]);
  });
  it('births and deaths without the growth rate relate nothing', () => {
    expect(ofKind('全年人口出生率9.80‰，人口死亡率6.50‰。城镇化率61.2%。', 'difference')).toEqual([]);
  });
});
