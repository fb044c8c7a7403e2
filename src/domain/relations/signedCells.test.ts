// Signed cells of tables (our own tables, invented figures): −2.00, －2.00, 负2.00 and accounting brackets
// (2.00) are falls and are added with their sign; an 增减 column printed without any sign cannot tell a fall
// from a rise, so its 合计 is unsure where some signs make it hold.
import { describe, expect, it } from 'vitest';
import { errors, ofKind, rel } from '../../../test/helpers/relations.js';

const yearTable = (cut: string) =>
  [
    '单位：万元',
    '项目 | 上年决算数 | 本年决算数 | 增减额',
    `公务接待费 | 12.00 | 10.00 | ${cut}`,
    '公务用车运行维护费 | 20.00 | 23.50 | 3.50',
    '合计 | 32.00 | 33.50 | 1.50',
  ].join('\n');

describe('a fall in a change column, however its sign is written', () => {
  it('each form is the same negative cell: the row and the column total hold', () => {
    for (const cut of ['-2.00', '−2.00', '－2.00', '负2.00', '(2.00)', '（2.00）']) {
      expect(errors(yearTable(cut)), cut).toEqual([]);
      expect(ofKind(yearTable(cut), 'tableTotal'), cut).toContainEqual(['ok', 1.5, 1.5]);
      expect(ofKind(yearTable(cut), 'difference'), cut).toContainEqual(['ok', -2, -2]);
    }
  });
  it('a wrong signed cell is an error of its row and of the column total', () => {
    expect(errors(yearTable('(3.00)'))).toEqual([
      ['difference', -3, -2],
      ['tableTotal', 1.5, 0.5],
    ]);
  });
  it('the sign dropped where the year columns tell it: the row is an error, the column total unsure', () => {
    expect(errors(yearTable('2.00'))).toEqual([['difference', 2, -2]]);
    expect(ofKind(yearTable('2.00'), 'tableTotal')).toContainEqual(['unsure', 1.5, 5.5]);
  });
});

describe('a column of changes alone', () => {
  const changes = (a: string, b: string, total: string) =>
    ['单位：万元', '项目 | 增减额', `公务接待费 | ${a}`, `公务用车运行维护费 | ${b}`, `合计 | ${total}`].join('\n');
  it('signed parts are added with their sign', () => {
    expect(ofKind(changes('-2.00', '3.50', '1.50'), 'tableTotal')).toEqual([['ok', 1.5, 1.5]]);
    expect(ofKind(changes('(2.00)', '3.50', '1.50'), 'tableTotal')).toEqual([['ok', 1.5, 1.5]]);
    expect(errors(changes('-2.00', '3.50', '2.50'))).toEqual([['tableTotal', 2.5, 1.5]]);
  });
  it('no sign anywhere: a total that holds with a fall among the parts is unsure, never an error', () => {
    expect(rel(changes('2.00', '3.50', '1.50'))).toEqual([['tableTotal', 'unsure', 1.5, 5.5]]);
    expect(rel(changes('2.00', '3.50', '1.50').replace('增减额', '本年决算数'))).toEqual([['tableTotal', 'error', 1.5, 5.5]]);
  });
  it('rises written with a plus: the column says its signs, judged as written', () => {
    expect(ofKind(changes('-2.00', '+3.50', '1.50'), 'tableTotal')).toEqual([['ok', 1.5, 1.5]]);
    expect(rel(changes('2.00', '+3.50', '1.50'))).toEqual([['tableTotal', 'error', 1.5, 5.5]]);
  });
  it('no sign anywhere and no signs that make it hold: an error', () => {
    expect(errors(changes('2.00', '3.50', '2.50'))).toEqual([['tableTotal', 2.5, 5.5]]);
  });
});

describe('look-alikes in tables', () => {
  it('a closing balance below zero in brackets is added with its sign', () => {
    const t = [
      '单位：万元',
      '项目 | 年初结转和结余 | 本年收入 | 本年支出 | 年末结转和结余',
      '基本支出 | 1.00 | 50.00 | 52.00 | （1.00）',
      '项目支出 | 2.00 | 30.00 | 29.00 | 3.00',
      '合计 | 3.00 | 80.00 | 81.00 | 2.00',
    ].join('\n');
    expect(ofKind(t, 'tableTotal')).toContainEqual(['ok', 2, 2]);
    expect(errors(t.replace('合计 | 3.00 | 80.00 | 81.00 | 2.00', '合计 | 3.00 | 80.00 | 81.00 | 4.00'))).toEqual([['tableTotal', 4, 2]]);
  });
  it('an item number in brackets is no negative amount', () => {
    const t = ['单位：万元', '序号 | 项目 | 金额', '(1) | 办公费 | 2.00', '(2) | 印刷费 | 3.00', '合计 | | 5.00'].join('\n');
    expect(errors(t)).toEqual([]);
  });
  it('year ranges in a header stay headers', () => {
    const t = ['单位：万元', '项目 | 2022-2023年 | 2023-2024年', '办公费 | 2.00 | 2.50', '印刷费 | 3.00 | 3.50', '合计 | 5.00 | 6.00'].join('\n');
    expect(errors(t)).toEqual([]);
    expect(ofKind(t, 'tableTotal')).toEqual([
      ['ok', 5, 5],
      ['ok', 6, 6],
    ]);
  });
});
