// A form flattened to "label: value" lines, two breakdowns interleaved (our own rows, invented figures).
import { describe, expect, it } from 'vitest';
import { ofKind } from '../../../test/helpers/relations.js';

const sums = (text: string) => ofKind(text, 'sum');

const rows = [
  '年度资金总额',
  '',
  '按收入性质分:1500.40',
  '',
  '按支出性质分:1480.20',
  '',
  '其中: 一般公共预算:1200.10',
  '',
  '其中:基本支出:700.05',
  '',
  '政府性基金拨款:100.30',
  '',
  '项目支出:780.15',
  '',
  '纳入专户管理的非税收入拨款:',
  '',
  '其他资金:200.00',
];
const form = (xs: string[]) => xs.join('\n');

describe('interleaved form breakdowns', () => {
  it('each side adds up to its head', () => {
    expect(sums(form(rows))).toEqual([
      ['ok', 1500.4, 1500.4],
      ['ok', 1480.2, 1480.2],
    ]);
  });
  it('a wrong row or head is an error on its own side only', () => {
    expect(sums(form(rows.map((r) => r.replace('100.30', '110.30'))))).toEqual([
      ['error', 1500.4, 1510.4],
      ['ok', 1480.2, 1480.2],
    ]);
    expect(sums(form(rows.map((r) => r.replace('1480.20', '1580.20'))))[1]).toEqual(['error', 1580.2, 1480.2]);
  });
  it('a row of neither side stops the reading', () => {
    const odd = rows.map((r) => r.replace('项目支出:780.15', '人员编制数:780'));
    expect(sums(form(odd))).toEqual([]);
  });
});
