// Markdown tables pasted from a web page often carry a blank line after each row: the blank keeps the
// table, but only between rows of as many cells; another count on the far side is the next table.
import { describe, expect, it } from 'vitest';
import { findTables } from './structure.js';

const rowsOf = (text: string) => findTables(text.split('\n')).map((t) => t.rows.length);

describe('blank lines between | rows', () => {
  it('keep one table when the rows have as many cells', () => {
    expect(rowsOf('| 级次 | 收入 | 支出 |\n\n| 全省 | 90 | 80 |\n\n| 省级 | 30 | 20 |\n\n| 市县 | 60 | 60 |')).toEqual([4]);
  });
  it('end the table when the next row has another number of cells', () => {
    expect(rowsOf('| 指标 | 分值 | 得分 |\n| 总分 | 100 | 95 |\n\n| 资金 | 年初预算数 | 全年执行数 | 执行率 |\n| 总额 | 50 | 45 | 90% |')).toEqual([2, 2]);
  });
  it('two blank lines or prose between rows end the table', () => {
    expect(rowsOf('| a | 1 | 2 |\n\n\n\n| b | 3 | 4 |')).toEqual([1, 1]);
    expect(rowsOf('| a | 1 | 2 |\n说明文字。\n| b | 3 | 4 |')).toEqual([1, 1]);
  });
});
