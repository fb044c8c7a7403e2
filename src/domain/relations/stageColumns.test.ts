// A table's current column headed by a stage word alone beside its 上年 column (invented figures).
import { describe, expect, it } from 'vitest';
import { errors, ofKind } from '../../../test/helpers/relations.js';

const text = (head: string, change: string) =>
  [
    `2032年公务接待费决算5.00万元，比上年减少${change}万元。`,
    '单位：万元',
    `| 项目 | ${head} |`,
    '| 因公出国（境）费 | 10.00 | 8.00 |',
    '| 公务接待费 | 6.00 | 5.00 |',
    '| 合计 | 16.00 | 13.00 |',
  ].join('\n');

describe('上年决算 | 决算数', () => {
  it('the stage-only column is this year: the change is checked (ok)', () => {
    expect(ofKind(text('上年决算 | 决算数', '1.00'), 'difference')).toEqual([['ok', 1, 1]]);
  });
  it('a wrong change: an error', () => {
    expect(errors(text('上年决算 | 决算数', '2.00'))).toEqual([['difference', 2, 1]]);
  });
  it('another stage (上年决算 | 预算数) or two stage-only columns: nothing', () => {
    expect(errors(text('上年决算 | 预算数', '2.00'))).toEqual([]);
    const three = text('上年决算 | 预算数 | 决算数', '2.00').replace(/\| (\d+\.\d\d) \| (\d+\.\d\d) \|$/gm, '| $1 | $2 | $2 |');
    expect(errors(three).filter((e) => e[0] === 'difference')).toEqual([]);
  });
});
