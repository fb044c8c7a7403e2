// One cell per line: a header one cell wider than its rows (an empty 备注 column, an unwritten 序号). Invented figures.
import { describe, expect, it } from 'vitest';
import { errors, ofKind } from '../../../test/helpers/relations.js';
import { cellPerLineTables } from './cellTables.js';

const table = (head: string[], change: string) =>
  [
    `本部门2032年公务接待费5.00万元，比上年减少${change}万元。`,
    '单位：万元',
    ...head,
    '因公出国（境）费',
    '10.00',
    '8.00',
    '公务接待费',
    '6.00',
    '5.00',
    '公务用车购置及运行维护费',
    '24.00',
    '20.00',
    '合计',
    '40.00',
    '33.00',
  ].join('\n');

describe('a header one cell wider than the rows', () => {
  it('an empty 备注 column or a 序号 column: the header names the columns', () => {
    for (const head of [
      ['项目', '上年数', '本年数', '备注'],
      ['序号', '项目', '上年数', '本年数'],
    ])
      expect(cellPerLineTables(table(head, '1.00').split('\n'))[0]!.rows[0]).toEqual(['项目', '上年数', '本年数']);
  });
  it("the 上年数 column gives a change's prior: ok and error", () => {
    const head = ['项目', '上年数', '本年数', '备注'];
    expect(ofKind(table(head, '1.00'), 'difference')).toEqual([['ok', 1, 1]]);
    expect(errors(table(head, '2.00'))).toContainEqual(['difference', 2, 1]);
  });
  it('another extra cell: no header, no prior read', () => {
    const head = ['项目', '上年数', '本年数', '金额'];
    expect(cellPerLineTables(table(head, '2.00').split('\n'))[0]!.rows[0]![0]).not.toBe('项目');
    expect(errors(table(head, '2.00')).filter((e) => e[0] === 'difference')).toEqual([]);
  });
});
