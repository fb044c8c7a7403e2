// A paragraph glued to the first row of a `|` table on one line (our own words, invented figures).
import { describe, expect, it } from 'vitest';
import { errors, ofKind } from '../../../test/helpers/relations.js';
import { splitProseTables } from './proseTableLines.js';

const splitProseTable = (line: string) => {
  const out = splitProseTables([line]);
  return out.length === 1 && out[0] === line ? null : out;
};

const para = '3月份，全区实现财政收入820万元，完成预算16400万元的5.00%，较上年同期增收20万元，增长2.50%。具体情况如下：';
const glued = `${para} 本月收入执行表 | 科目 | 计划 | 完成 | 税收 | 9000 | 450 |`;

describe('prose glued to a table', () => {
  it('is cut after the paragraph, the table title on its own line', () => {
    expect(splitProseTable(glued)).toEqual([para, '本月收入执行表', '| 科目 | 计划 | 完成 | 税收 | 9000 | 450 |']);
  });
  it('the paragraph is read as prose again: its rate and change are checked', () => {
    const text = `一、收入情况\n${glued}\n| 非税 | 7400 | 370 |`;
    expect(ofKind(text, 'rate')).toEqual([['ok', 5, 5]]);
    expect(errors(text)).toEqual([]);
    expect(errors(text.replace('增长2.50%', '增长2.05%'))).toEqual([['yoy', 2.05, 2.5]]);
  });
  it('look-alikes: a row opening with a cell, a short label cell, a line with too few bars', () => {
    expect(splitProseTable('| 说明：本项目用于修缮，已完工。 | 120 | 118 |')).toBeNull();
    expect(splitProseTable('备注：已完工 | 120 | 118 | 98.33 |')).toBeNull();
    expect(splitProseTable(`${para} 甲 | 乙`)).toBeNull();
    expect(splitProseTable('本项目用于修缮校舍，共计两处 | 120 | 118 | 98.33 |')).toBeNull();
  });
});
