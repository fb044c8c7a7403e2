// 单位：万元 over a table the table reader takes is a note of its own: the sentence after the table is not read
// as going on from it (万元本年支出 is no label). Our own words, invented figures.
import { describe, expect, it } from 'vitest';
import { importEvaluation } from './evaluation.js';
import { textToDocument } from './read.js';

const load = (...lines: string[]) => importEvaluation(textToDocument(Buffer.from(lines.join('\n'), 'utf8'), 'x.txt'), { year: 2031 });
const table = [
  '某中心2031年度部门整体支出绩效自评报告',
  '二、预算执行情况',
  '单位：万元',
  '项目    年初结转和结余    本年收入    本年支出    年末结转和结余',
  '合计    8.40    175.20    170.35    13.25',
  '基本支出    0.00    120.60    120.60    0.00',
  '项目支出    8.40    54.60    49.75    13.25',
];

describe('a unit note before a flattened budget table', () => {
  it('the sentence after the table is read on its own and agrees with the table', () => {
    const r = load(...table, '本年支出170.35万元，较上年增长2.4%。');
    expect(r.draft.budget.find((b) => b.budgetType === 'general')?.rows.total).toEqual({
      opening: '8.4',
      income: '175.2',
      expenditure: '170.35',
      closing: '13.25',
    });
    expect(r.unplaced).toEqual([]);
  });

  it('look-alike: a sentence disagreeing with the table is still listed with the clash', () => {
    const r = load(...table, '本年支出171.35万元，较上年增长2.4%。');
    expect(r.unplaced.some((u) => u.startsWith('171.35万元 — 两处数值不同'))).toBe(true);
  });
});
