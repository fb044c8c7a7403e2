// A run-in topic name before its text (（一）预算收入情况：… / 预算支出说明：…) names what the paragraph is about, not the
// stage of its figures: in a self-evaluation they are what came in and went out. A 预算 the sentence itself states
// stays a budget. Our own words, invented figures.
import { describe, expect, it } from 'vitest';
import { importEvaluation } from './evaluation.js';
import { textToDocument } from './read.js';

const load = (...lines: string[]) => importEvaluation(textToDocument(Buffer.from(lines.join('\n'), 'utf8'), 'x.txt'), { year: 2031 });
const total = (r: ReturnType<typeof load>) => r.draft.budget.find((b) => b.budgetType === 'general')?.rows.total;
const head = ['某区图书馆2031年度部门整体支出绩效自评报告', '二、部门整体支出情况'];

describe('预算收入情况： as a topic', () => {
  it('the opening balance and the appropriation after it are the year’s, in 元 with separators', () => {
    const r = load(...head, '（一）预算收入情况：2031年本馆年初结余结转资金为236,400.00元，本年度一般公共预算财政拨款收入为9,412,600.00元。');
    expect(total(r)).toMatchObject({ opening: '23.64', income: '941.26' });
    expect(r.draft.budgetLines.find((l) => l.key === 'fiscal')).toMatchObject({ initial: null, executed: '941.26' });
  });

  it('look-alike: a sentence stating its own 年初预算 keeps it a budget', () => {
    const r = load(...head, '（一）预算收入情况：2031年本馆财政拨款收入年初预算9,000,000.00元。');
    expect(r.draft.budgetLines.find((l) => l.key === 'fiscal')).toMatchObject({ initial: '900', executed: null });
    expect(total(r)?.income).not.toBe('900');
  });
});
