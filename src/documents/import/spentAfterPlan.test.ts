// 本年支出 after the budget words of its sentence (our own invented reports): in a report of what was spent it is
// this year's spending, its 其中 parts too; a budget breakdown, 本年支出预算 and a 部门预算 stay budgets.
import { describe, expect, it } from 'vitest';
import { importEvaluation } from './evaluation.js';
import { parseText } from './structure.js';

const load = (lines: string[]) => importEvaluation(parseText(lines.join('\n')), { year: 2023 });
const spent = (r: ReturnType<typeof load>) =>
  r.draft.budget.flatMap((a) => Object.entries(a.rows).map(([row, f]) => `${row}:${f?.expenditure}`)).filter((x) => !x.endsWith(':0'));
const listed = (r: ReturnType<typeof load>, text: string) => r.unplaced.some((u) => u.startsWith(`${text} — 预算数，不是本年实际数`));

describe('本年支出 after 全年预算数 in one sentence', () => {
  it('fills the spending cells in a 自评 report, 其中 parts included', () => {
    const r = load([
      '2023年度某县文化馆部门整体支出绩效自评报告',
      '2023年本馆年初预算60.20万元，全年预算数64.00万元，本年支出合计63.10万元，其中基本支出55.10万元，项目支出8.00万元。',
    ]);
    expect(spent(r).sort()).toEqual(['basic:55.1', 'project:8', 'total:63.1']);
    expect(listed(r, '55.10万元')).toBe(false);
  });
  it('a budget breakdown and 本年支出预算 stay budgets, never spending', () => {
    const r = load([
      '2023年度某县文化馆部门整体支出绩效自评报告',
      '2023年本馆全年预算数64.00万元，其中基本支出55.10万元，项目支出8.90万元。',
      '本年支出预算64.00万元。',
    ]);
    expect(spent(r)).toEqual([]);
    expect(listed(r, '55.10万元')).toBe(true);
  });
  it('in a 部门预算 the same sentence is all budget', () => {
    const r = load(['某县文化馆2023年部门预算', '2023年本馆全年预算数64.00万元，本年支出合计64.00万元，其中基本支出55.10万元，项目支出8.90万元。']);
    expect(spent(r)).toEqual([]);
  });
});
