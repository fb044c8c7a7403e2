// A small form flattened one cell a line (header cells, then rows of values): its rate column over the
// done and planned columns. Our own form, invented figures.
import { describe, expect, it } from 'vitest';
import { parseText } from '../../documents/import/structure.js';
import { analyzeText } from './index.js';
import { paragraphs } from '../relations/text.js';

const form = (rate = '92.50%', inPost = '37', sgRate = '85.00%') =>
  [
    '2024年度部门整体支出绩效评价基础数据表',
    '财政供养人员情况（人）',
    '编制数',
    '',
    '2024年实际在职人数',
    '',
    '控制率',
    '40',
    '',
    inPost,
    '',
    rate,
    '“三公”经费控制情况（万元）',
    '2024年预算数',
    '2024年决算数',
    '控制率',
    '16.00',
    '13.60',
    sgRate,
  ].join('\n');

const rates = (text: string) =>
  analyzeText(parseText(text))
    .relations.filter((r) => r.kind === 'rate')
    .map((r) => [r.verdict, r.stated, r.computed]);

describe('rate columns of a one-cell-a-line form', () => {
  it('控制率 = 实际 ÷ 编制 and 决算 ÷ 预算, each row', () => {
    expect(rates(form())).toEqual([
      ['ok', 92.5, 92.5],
      ['ok', 85, 85],
    ]);
  });
  it('a rate or an amount changed is an error', () => {
    expect(rates(form('94.50%'))).toContainEqual(['error', 94.5, 92.5]);
    expect(rates(form(undefined, '36'))).toContainEqual(['error', 92.5, 90]);
    expect(rates(form(undefined, undefined, '88.00%'))).toContainEqual(['error', 88, 85]);
  });
  it('look-alike: two columns of actual amounts (2023年决算数, 2024年决算数) leave the rate unread', () => {
    const two = ['2023年决算数', '2024年预算数', '2024年决算数', '控制率', '15.00', '16.00', '13.60', '90.00%'].join('\n');
    expect(rates(two)).toEqual([]);
  });
  it('the funds row of a 自评表 one cell a line: 执行率 over the 全年预算数, 得分 = 分值 × 执行率', () => {
    const funds = (rate: string, score: string) =>
      ['年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '自评得分', '年度资金总额', '300.00', '320.00', '304.00', '10', rate, score].join('\n\n');
    const all = (t: string) =>
      analyzeText(parseText(t))
        .relations.filter((r) => r.kind === 'rate' || r.kind === 'score')
        .map((r) => [r.kind, r.verdict, r.stated, r.computed]);
    expect(all(funds('95%', '9.5'))).toEqual([
      ['rate', 'ok', 95, 95],
      ['score', 'ok', 9.5, 9.5],
    ]);
    expect(all(funds('97%', '9.7'))).toContainEqual(['rate', 'error', 97, 95]);
    expect(all(funds('95%', '9.8'))).toContainEqual(['score', 'error', 9.8, 9.5]);
  });
  it('number lines one after another stay apart (40 ⏎ 37 is no 4037), a sentence broken at a number does not', () => {
    const texts = (t: string) => paragraphs(parseText(t)).map((p) => p.text);
    expect(texts(['编制数', '在职人数', '40', '37', '92.50%'].join('\n'))).toEqual(['编制数', '在职人数', '40', '37', '92.50%']);
    expect(texts('经核算，本年支出合计\n1,234.56\n万元，比上年增加12.00万元。')).toEqual(['经核算，本年支出合计1,234.56万元，比上年增加12.00万元。']);
  });
});
