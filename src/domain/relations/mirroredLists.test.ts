// Two 其中 lists of the same items (a 自评表's planned and actual uses of the funds; our text, invented figures).
import { describe, expect, it } from 'vitest';
import { ofKind } from '../../../test/helpers/relations.js';

const sums = (text: string) => ofKind(text, 'sum');

const doc = (plan = ['25', '45', '10'], done = ['25', '43.6', '10'], planTotal = '80', doneTotal = '78.6') =>
  [
    `预期目标 本项目申请资金${planTotal}万元。其中：${plan[0]}万元用于老旧管网更换；${plan[1]}万元用于泵站改造；${plan[2]}万元用于水质检测。`,
    `实际完成情况 本项目实际支出${doneTotal}万元。其中：${done[0]}万元用于老旧管网更换；${done[1]}万元用于泵站改造；${done[2]}万元用于水质检测。`,
  ].join('\n');

describe('a list of the same items as one that adds up must add up too', () => {
  it('both add up', () => {
    expect(sums(doc())).toEqual(
      expect.arrayContaining([
        ['ok', 80, 80],
        ['ok', 78.6, 78.6],
      ]),
    );
    expect(sums(doc()).filter((r) => r[0] === 'error')).toEqual([]);
  });
  it('a part of the second list short of its total is an error', () => {
    expect(sums(doc(undefined, ['25', '41.6', '10']))).toContainEqual(['error', 78.6, 76.6]);
  });
  it('a part of the first list short of its total is an error', () => {
    expect(sums(doc(['15', '45', '10']))).toContainEqual(['error', 80, 70]);
  });
});

describe('look-alikes stay subsets', () => {
  it('neither list adds up: both are parts only', () => {
    expect(sums(doc(['20', '45', '10'], ['25', '40', '10'])).filter((r) => r[0] === 'error')).toEqual([]);
  });
  it('other items in the second list: no mirror', () => {
    const other = doc(undefined, ['25', '40', '10']).replace('40万元用于泵站改造', '40万元用于道路修复');
    expect(sums(other).filter((r) => r[0] === 'error')).toEqual([]);
  });
});
