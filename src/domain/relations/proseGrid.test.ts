// A table flattened into one line of prose: a 合计 with as many cells as each row closes each column
// (分值 and 得分 side by side are two sums, not one). Our own texts, invented figures.
import { describe, expect, it } from 'vitest';
import { errors, relations } from '../../../test/helpers/relations.js';

const sums = (text: string) =>
  relations(text)
    .filter((r) => r.kind === 'sum')
    .map((r) => [r.verdict, r.stated, r.computed]);

const scores = (a: string) =>
  `评价结果 评价内容 分值 实际得分 项目决策 (20%) 20分 18分 项目管理 (30%) 30分 ${a} 项目绩效 (50%) 50分 45分 合计 100分 89分 评价组`;

describe('flattened grids in prose', () => {
  it('合计 100分 89分 after rows of two cells: the 分值 column and the 得分 column, each summed', () => {
    expect(sums(scores('26分'))).toEqual([
      ['ok', 100, 100],
      ['ok', 89, 89],
    ]);
    expect(errors(scores('29分'))).toContainEqual(['sum', 89, 92]);
  });

  it('a row that lost a cell: the columns do not line up, nothing is added', () => {
    const ragged = '评价内容 分值 实际得分 项目决策 20分 18分 项目管理 30分 项目绩效 50分 45分 合计 100分 89分';
    expect(errors(ragged)).toEqual([]);
  });

  it('money rows: 合计 of three columns', () => {
    const t = (x: string) => `单位万元的三项资金如下 甲镇 10万元 20万元 30万元 乙镇 5万元 ${x} 15万元 合计 15万元 30万元 45万元`;
    expect(sums(t('10万元')).map((v) => v[0])).toEqual(['ok', 'ok', 'ok']);
    expect(errors(t('12万元'))).toContainEqual(['sum', 30, 32]);
  });

  it('look-alike: an ordinary list before 合计 with one figure is still one sum', () => {
    expect(sums('培训费12万元、会议费8万元，合计20万元。')).toEqual([['ok', 20, 20]]);
  });
});
