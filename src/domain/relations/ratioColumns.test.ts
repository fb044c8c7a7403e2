// A rate column after an amount column, its denominator an earlier column, learned from the rows (invented figures).
import { describe, expect, it } from 'vitest';
import { relations } from '../../../test/helpers/relations.js';

const rel = (text: string) => relations(text).filter((r) => r.kind === 'rate' && r.reasonEn.startsWith('the rate column is the amount before it'));
const verdicts = (text: string) => rel(text).map((r) => [r.verdict, r.stated, r.computed]);

// header broken across lines, as flattened tables come: no header word is relied on
const doc = (x: string) =>
  [
    '区县 | 安排数 |',
    '下达数 |',
    '下达比例 |',
    '东城 | 400 | 380.00 | 95.00% |',
    '西城 | 250 | 250.00 | 100.00% |',
    `南城 | 500 | 460.00 | ${x} |`,
    '北城 | 120 | 90.00 | 75.00% |',
  ].join('\n');

describe('rate columns learned from the rows', () => {
  it('each row: the amount before the rate over the column the other rows divide by', () => {
    expect(verdicts(doc('92.00%')).map((v) => v[0])).toEqual(['ok', 'ok', 'ok', 'ok']);
    expect(verdicts(doc('96.00%'))).toContainEqual(['error', 96, 92]);
  });

  it('a rate off by rounding only is not an error', () => {
    expect(verdicts(doc('91.99%')).filter((v) => v[0] === 'error')).toEqual([]);
  });

  it('look-alike: a growth-rate column (本年 over 上年 less one) fits no column: nothing read', () => {
    const growth = [
      '项目 | 上年 | 本年 | 增长率',
      '甲 | 400 | 380 | -5.00%',
      '乙 | 200 | 250 | 25.00%',
      '丙 | 500 | 460 | -8.00%',
      '丁 | 100 | 120 | 20.00%',
    ].join('\n');
    expect(rel(growth)).toEqual([]);
  });

  it('look-alike: too few rows follow the relation to learn it: nothing read', () => {
    const few = ['项目 | 安排数 | 下达数 | 比例', '甲 | 400 | 380 | 95.00%', '乙 | 200 | 150 | 60.00%'].join('\n');
    expect(rel(few)).toEqual([]);
  });
});
