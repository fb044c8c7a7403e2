// A flattened 评价表 row whose label names its unit but whose columns nothing understood (年度资金总额(万元): 1 46.50,
// with a 行次 column): its amounts are listed, never lost in silence (our own invented table and figures).
import { describe, expect, it } from 'vitest';
import { importEvaluation } from './evaluation.js';
import { parseText } from './structure.js';
import { unitRowAmounts } from './unitRows.js';

const rows = [
  '行次 全年预算数(A) 全年到位资金(B) 全年执行资金(C)',
  '年度资金总额(万元): 1 46.500000',
  '46.500000 100.00% 40.200000 86.45%',
  '项目完成情况良好。',
];

describe('amounts of a unit-labelled row nothing read', () => {
  it('lists the decimals of the row and of the number line that carries it on, not the 行次 or the rates', () => {
    expect(unitRowAmounts(rows).map((a) => `${a.paragraph}:${a.text}`)).toEqual(['1:46.500000', '2:46.500000', '2:40.200000']);
  });
  it('the importer lists them with a reason', () => {
    const r = importEvaluation(parseText(['某某资金绩效评价表', ...rows].join('\n')), { year: 2024 });
    expect(r.unplaced.filter((u) => u.includes('未能识别所在的列')).map((u) => u.split(' — ')[0])).toEqual(['46.500000万元', '46.500000万元', '40.200000万元']);
  });
  it('look-alike: a sentence after a (万元) label ends the row; its figures are not table amounts', () => {
    expect(unitRowAmounts(['单位(万元)', '本年完成投资12.50，比上年增长3.20。'])).toEqual([]);
  });
});

describe('a 自评表 flattened onto one line with no unit on its rows', () => {
  const line = '某某项目支出绩效自评表 项目资金 年初预算数 全年预算数 全年执行数 分值 执行率 得分 年度资金总额 38.40 37.95 10 99% 9.9';
  it('lists its bare decimals with the reason (no unit), never places them', () => {
    const r = importEvaluation(parseText(['某某项目2030年度绩效自评表', line].join('\n')), { year: 2030 });
    expect(r.recognised.placed).toEqual([]);
    expect(r.unplaced.filter((u) => u.includes('没有写明单位')).map((u) => u.split(' — ')[0])).toEqual(['38.40', '37.95']);
  });
  it('look-alike: a sentence naming 年初预算数 and 全年执行数 with their unit lists nothing of the kind', () => {
    expect(unitRowAmounts(['年初预算数38.40万元，全年执行数37.95万元，执行率98.83%。'])).toEqual([]);
  });
});
