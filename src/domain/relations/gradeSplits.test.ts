// Projects split by 自评 grade, every grade listed (our own text, invented figures).
import { describe, expect, it } from 'vitest';
import { parseText } from '../../documents/import/structure.js';
import { analyzeDocument } from './index.js';

const sums = (text: string) =>
  analyzeDocument(parseText(text))
    .relations.filter((r) => r.kind === 'sum')
    .map((r) => [r.verdict, r.stated, r.computed]);
const errors = (text: string) =>
  analyzeDocument(parseText(text))
    .relations.filter((r) => r.verdict === 'error')
    .map((r) => [r.kind, r.stated, r.computed]);

const text =
  '本年度纳入自评的项目共计40个，资金1520.5万元。其中自评“优”的项目30个，资金1200万元；“良”的项目6个，资金250.5万元，“中”的项目3个，资金60万元，“差”的项目1个，资金10万元。';

describe('a split by all four grades', () => {
  it('counts and amounts add up to their totals', () => {
    expect(sums(text)).toEqual([
      ['ok', 40, 40],
      ['ok', 1520.5, 1520.5],
    ]);
    expect(errors(text)).toEqual([]);
  });
  it('a grade amount that does not fit is an error', () => {
    expect(errors(text.replace('资金60万元', '资金70万元'))).toEqual([['sum', 1520.5, 1530.5]]);
    expect(errors(text.replace('项目6个', '项目7个'))).toEqual([['sum', 40, 41]]);
  });
  it('look-alike: a grade left out is a part only (no error when short)', () => {
    const three = text.replace('，“差”的项目1个，资金10万元', '').replace('1520.5万元', '1600万元');
    expect(errors(three)).toEqual([]);
  });
  it('look-alike: grades of indicators in one list with scores are not project counts', () => {
    const other = '项目共40个。其中“优”等次指标得分30分，“良”等次6分，“中”等次3分，“差”等次2分。';
    expect(errors(other)).toEqual([]);
  });
});
