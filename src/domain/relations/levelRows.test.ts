// A table splitting a whole by government level (our tables, invented figures).
import { describe, expect, it } from 'vitest';
import { errors, rel } from '../../../test/helpers/relations.js';

const table = (rows: string[], gap = '\n\n') =>
  ['表1：上半年收支情况（亿元）', '| 项目 | 收入 | 增长率 | 支出 | 增长率 |', '|---|---|---|---|---|', ...rows].join(gap);
const rows = [
  '| 全国一般公共预算 | 50420 | 3.1% | 61385 | 2.2% |',
  '| 中央一般公共预算 | 23110 | 1.5% | 8735 | 6.0% |',
  '| 地方一般公共预算 | 27310 | 4.4% | 52650 | 1.6% |',
];

describe('全国 = 中央 + 地方, column by column (a markdown table with a blank line after each row)', () => {
  it('holds', () => {
    expect(errors(table(rows))).toEqual([]);
    expect(rel(table(rows), ['sum'])).toEqual([
      ['sum', 'ok', 50420, 50420],
      ['sum', 'ok', 61385, 61385],
    ]);
  });
  it('the same rows without blank lines', () => {
    expect(rel(table(rows, '\n'), ['sum']).map((r) => r[1])).toEqual(['ok', 'ok']);
  });
  it('an income cell changed: error', () => {
    expect(errors(table(rows).replace('23110', '24110'))).toEqual([['sum', 50420, 51420]]);
  });
  it('a spending cell changed: 中央 without 本级 may hold its transfers, so unsure', () => {
    const t = table(rows).replace('8735', '9735');
    expect(errors(t)).toEqual([]);
    expect(rel(t, ['sum']).map((r) => r[1])).toEqual(['ok', 'unsure']);
  });
  it('with 中央本级 a spending cell changed: error', () => {
    const t = table(rows).replace('中央一般公共预算 |', '中央本级一般公共预算 |').replace('8735', '9735');
    expect(errors(t)).toEqual([['sum', 61385, 62385]]);
  });
  it('level rows of another quantity are no split (look-alike)', () => {
    const t = table(rows).replace('地方一般公共预算 | 27310', '地方政府性基金预算 | 97310');
    expect(errors(t)).toEqual([]);
    expect(rel(t, ['sum'])).toEqual([]);
  });
  it('two 中央 rows: not read (look-alike)', () => {
    const t = table([...rows, '| 中央一般公共预算 | 1 | 1% | 2 | 1% |']).replace('27310', '97310');
    expect(errors(t)).toEqual([]);
  });
});
