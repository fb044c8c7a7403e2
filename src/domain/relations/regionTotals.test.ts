// The whole region's row over the regions below it (invented figures).
import { describe, expect, it } from 'vitest';
import { relations } from '../../../test/helpers/relations.js';

const sums = (text: string) =>
  relations(text)
    .filter((r) => r.reasonEn.startsWith('the whole region'))
    .map((r) => [r.verdict, r.stated, r.computed]);

const doc = (x: string) =>
  [
    '地区 | 任务数 | 安排数 | 拨付数 |',
    `全 市 | 9 | 900.00 | ${x} |`,
    '东 区 | 4 | 400.00 | 150.00 |',
    '西 区 | 3 | 300.00 | 120.50 |',
    '北 区 | 2 | 200.00 | 80.00 |',
  ].join('\n');

describe('a whole region row over its regions', () => {
  it('each column of 全市 is the sum of the regions below', () => {
    expect(sums(doc('350.50'))).toEqual([
      ['ok', 9, 9],
      ['ok', 900, 900],
      ['ok', 350.5, 350.5],
    ]);
    expect(sums(doc('360.50'))).toContainEqual(['error', 360.5, 350.5]);
  });

  it('look-alike: a table showing some regions only (no column adds up): nothing is read', () => {
    const some = doc('350.50').replace('全 市 | 9 | 900.00', '全 市 | 15 | 1500.00').replace('350.50', '600.00');
    expect(sums(some)).toEqual([]);
  });
});
