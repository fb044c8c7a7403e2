// A 一级指标 score and its numbered items written out in prose (our sentences, invented figures).
import { describe, expect, it } from 'vitest';
import { errors, rel } from '../../../test/helpers/relations.js';

const scores = (text: string) => rel(text, ['score']);

describe('1. 投入（得T分）（1）…（得a分）（2）…（得b分）: T = Σ items', () => {
  const text = [
    '二、各指标得分情况',
    '1. 投入（得 18 分）（1）项目立项：程序规范，依据充分。（得 7 分）（2）绩效目标：目标明确、可衡量。（得 5 分）（3）资金落实：资金到位及时。（得 6 分）2. 过程（得 19 分）（1）业务管理：制度健全，执行有效。（得 10 分）（2）财务管理：核算规范。（得 9 分）',
  ].join('\n');
  it('holds for each head, and a head or an item off the sum is an error', () => {
    expect(scores(text)).toEqual([
      ['score', 'ok', 18, 18],
      ['score', 'ok', 19, 19],
    ]);
    expect(errors(text.replace('投入（得 18 分）', '投入（得 16 分）'))).toEqual([['score', 16, 18]]);
    expect(errors(text.replace('（得 9 分）', '（得 8 分）'))).toEqual([['score', 19, 18]]);
  });
  it('items on lines of their own', () => {
    const lines = [
      '1. 产出（得 36 分）',
      '（1）数量指标：完成率100%。（得 15 分）',
      '（2）质量指标：验收合格。（得 12 分）',
      '（3）时效指标：按期完成。（得 9 分）',
    ].join('\n');
    expect(scores(lines)).toEqual([['score', 'ok', 36, 36]]);
    expect(errors(lines.replace('（得 12 分）', '（得 14 分）'))).toEqual([['score', 36, 38]]);
  });
  it('look-alikes: a 满分 or 扣分 among the items, one item, a number out of turn, a total after the items', () => {
    expect(scores('1. 投入（得 18 分）（1）项目立项（满分 8 分）：程序规范。（得 7 分）（2）资金落实：到位及时。（得 6 分）')).toEqual([]);
    expect(scores('1. 投入（得 18 分）（1）项目立项：程序规范。（得 7 分）（2）资金落实：到位及时。（得 6 分，扣 2 分）')).toEqual([]);
    expect(scores('1. 投入（得 18 分）（1）项目立项：程序规范。（得 7 分）')).toEqual([]);
    expect(scores('1. 投入（得 18 分）（1）项目立项：程序规范。（得 7 分）（3）资金落实：到位及时。（得 6 分）')).toEqual([]);
    expect(scores('1. 投入（得 18 分）（1）项目立项：程序规范。（得 7 分）（2）资金落实：到位及时。（得 6 分）综上，本项目自评得分 91 分。')).toEqual([]);
  });
});
