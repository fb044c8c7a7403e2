// Table rows named by the lexicon, in any order (our own invented tables): the row of a partition's
// total against the rows that list it completely, column by column.
import { describe, expect, it } from 'vitest';
import { errors, ofKind } from '../../../test/helpers/relations.js';

const rel = (text: string) => ofKind(text, 'tableTotal');
const table = (rows: string[][]) =>
  rows
    .flat()
    .map((c) => `${c} |`)
    .join('\n');

describe('lexicon rows of a table', () => {
  const rows = [
    ['支出项目', '2023年支出(万元)', '增减(万元)', '增减率'],
    ['因公出国(境)费', '3.20', '0', '0%'],
    ['公务接待费', '8.75', '-', '-'],
    ['公务用车购置及运行维护费', '40.10', '-', '-'],
    ['公务用车购置费', '25.00', '-', '-'],
    ['公务用车运行维护费', '15.10', '-', '-'],
    ['“三公”经费总支出', '52.05', '-', '-'],
  ];
  const doc = `某县2023年“三公”经费支出情况\n${table(rows)}\n以上为全年数据。`;
  it('the 三公 row is the sum of its three items, the vehicle row of its two (rows below it are not added again)', () => {
    expect(rel(doc)).toEqual([
      ['ok', 40.1, 40.1],
      ['ok', 52.05, 52.05],
    ]);
  });
  it('a planted error in an item shows in both rows it belongs to', () => {
    expect(errors(doc.replace('15.10 |', '17.10 |'))).toEqual([['tableTotal', 40.1, 42.1]]);
    expect(errors(doc.replace('8.75 |', '9.75 |'))).toEqual([['tableTotal', 52.05, 53.05]]);
  });
  it('a concept named by two rows (two years) relates nothing; a two-sided 收入 | 支出 row sums the side of its label only', () => {
    const twoYears = [
      ['项目', '金额'],
      ['2022年公务接待费', '5.00'],
      ['2023年公务接待费', '4.00'],
      ['因公出国(境)费', '1.00'],
      ['公务用车购置及运行维护费', '6.00'],
      ['“三公”经费合计', '99.00'],
    ];
    expect(errors(table(twoYears))).toEqual([]);
    const twoSided = [
      ['收入项目', '金额', '支出项目', '金额'],
      ['财政拨款收入', '80.00', '基本支出', '65.00'],
      ['其他收入', '20.00', '项目支出', '30.00'],
      ['本年收入', '100.00', '本年支出', '95.00'],
    ];
    const lines = twoSided.map((r) => r.join(' | ')).join('\n');
    expect(rel(lines)).toEqual([['ok', 100, 100]]);
    expect(errors(lines.replace('20.00', '26.00'))).toEqual([['tableTotal', 100, 106]]);
  });
});
