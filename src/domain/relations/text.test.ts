// clauseAfter and its stop sets: the one helper for the clause a figure's lead ends with (our own words).
import { describe, expect, it } from 'vitest';
import { afterLast, CLAUSE_STOPS, clauseAfter, ITEM_STOPS, MIXED_CLAUSE_STOPS, PHRASE_STOPS, SENTENCE_STOPS } from './text.js';

describe('clauseAfter', () => {
  it('is what follows the last stop, all of the text when none', () => {
    expect(clauseAfter('全年安排资金，其中 已拨付', CLAUSE_STOPS)).toBe('其中 已拨付');
    expect(clauseAfter('资金共计', CLAUSE_STOPS)).toBe('资金共计');
    expect(clauseAfter('甲、乙、丙项为', CLAUSE_STOPS)).toBe('甲、乙、丙项为');
    expect(clauseAfter('甲、乙、丙项为', ITEM_STOPS)).toBe('丙项为');
    expect(clauseAfter('得分（其中产出得分', PHRASE_STOPS)).toBe('其中产出得分');
    expect(clauseAfter('上年结余。本年收入；支出', SENTENCE_STOPS)).toBe('支出');
  });

  it('keeps, trims or drops white space', () => {
    expect(clauseAfter('计划, 完成 金额 ', MIXED_CLAUSE_STOPS)).toBe(' 完成 金额 ');
    expect(clauseAfter('计划, 完成 金额 ', MIXED_CLAUSE_STOPS, 'trim')).toBe('完成 金额');
    expect(clauseAfter('计划, 完成 金额 ', MIXED_CLAUSE_STOPS, 'drop')).toBe('完成金额');
    // the half-width colon is no mixed-text stop unless a finder adds it
    expect(clauseAfter('时间12:30完成', MIXED_CLAUSE_STOPS)).toBe('时间12:30完成');
  });

  it('cuts where afterLast says', () => {
    const s = '一，二；三：四';
    expect(clauseAfter(s, CLAUSE_STOPS)).toBe(s.slice(afterLast(s, CLAUSE_STOPS)));
  });
});
