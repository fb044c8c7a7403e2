// basisWords: the words a change is measured against, read strictly on a numbered item's line (numberedChanges.ts)
// and loosely in a 其中 list's clause (changeLists.ts). Every way the two readings differ, one case each.
import { describe, expect, it } from 'vitest';
import { basisWords } from './changeBasis.js';

const strict = (lead: string) => basisWords(lead, { strict: true });
const loose = (lead: string) => basisWords(lead, { strict: false });
const both = (lead: string) => [strict(lead), loose(lead)];

describe('basisWords: what both readings share', () => {
  it('reads the year before as one basis however written', () => {
    for (const lead of ['较上年增加', '比去年减少', '与上年相比减少了', '较上年度下降', '较2031年增加', '比2031年度减少', '较上年的增加'])
      expect(both(lead), lead).toEqual(['year', 'year']);
  });
  it('keeps other words as written, 同口径 dropped, spaces ignored', () => {
    expect(both('公务接待费比预算数减少')).toEqual(['预算数', '预算数']);
    expect(both('较年初预算增加')).toEqual(['年初预算', '年初预算']);
    expect(both('较 上 年 增加')).toEqual(['year', 'year']);
    expect(both('比 计划 节约')).toEqual(['计划', '计划']);
  });
  it('names nothing without a comparison word, with nothing after it, or with no change verb at the end', () => {
    for (const lead of ['支出增加', '同比增加', '较增加', '较上年', '较上年增加5万元，其中', '较上年持平']) expect(both(lead), lead).toEqual([null, null]);
  });
});

describe('basisWords: where the readings differ', () => {
  it('同 as a comparison word: strictly only with a closing word (相比 / 比较 / 对比)', () => {
    expect(both('同上年相比增加')).toEqual(['year', 'year']);
    expect(both('同2031年预算数相比减少')).toEqual(['2031年预算数', 'year 预算']);
    expect(both('同上年增加')).toEqual([null, 'year']);
  });
  it('a comma and 分别 before the verb: loose only, but a comma after a closing word in both', () => {
    expect(both('与上年对比增加')).toEqual(['year', 'year']);
    expect(both('与上年相比，增加')).toEqual(['year', 'year']);
    expect(both('与2031年执行数相比，分别减少')).toEqual([null, '2031年执行数']);
    expect(both('比上年，增加')).toEqual([null, 'year']);
    // strictly, 分别 is read as part of the words: no basis equal to the year's
    expect(both('比上年分别增加')).toEqual(['上年分别', 'year']);
  });
  it('words past 12 characters: loose only (12 still read strictly)', () => {
    expect(both('比年初下达的专项转移支付资金增加')).toEqual([null, '年初下达的专项转移支付资金']);
    expect(both('比年初下达的专项转移支付资增加')).toEqual(['年初下达的专项转移支付资', '年初下达的专项转移支付资']);
  });
  it('a trailing 的: dropped strictly, kept loosely (the year before reads as the year either way)', () => {
    expect(both('比预算的减少')).toEqual(['预算', '预算的']);
    expect(both('较2031年的减少')).toEqual(['year', 'year']);
  });
  it('last year’s budget or final accounts: one basis loosely, its own words strictly', () => {
    expect(both('较上年预算增加')).toEqual(['上年预算', 'year 预算']);
    expect(both('比2031年年初预算数减少')).toEqual(['2031年年初预算数', 'year 预算']);
    expect(both('比去年的预算数减少')).toEqual(['去年的预算数', 'year 预算']);
    expect(both('较上年度决算数增加')).toEqual(['上年度决算数', 'year 决算']);
    // a budget of another kind stays its words in both
    expect(both('较上年调整预算数增加')).toEqual(['上年调整预算数', '上年调整预算数']);
  });
});

// The year before written with 同期 / 同口径 / 同比, and the budgets and accounts beside it: [lead, strict, loose].
// The 同 of 同期 / 同口径 / 同比 belongs to the words, so no reading starts after it (比上年同期增长 once read '期').
const TABLE: [string, string | null, string | null][] = [
  ['比上年同期增长', 'year', 'year'],
  ['较上年同期减少', 'year', 'year'],
  ['与上年同期相比增加', 'year', 'year'],
  ['与上年同期相比，增加', 'year', 'year'],
  ['同上年同期相比增加', 'year', 'year'],
  ['较上年同期的增加', 'year', 'year'],
  ['比去年同期增加', 'year', 'year'],
  ['与去年同期相比减少', 'year', 'year'],
  ['较上年度同期增长', 'year', 'year'],
  ['较2031年同期增加', 'year', 'year'],
  ['较同口径上年增加', 'year', 'year'],
  ['比同口径上年减少', 'year', 'year'],
  ['比上年同口径增长', 'year', 'year'],
  ['与上年同口径相比增加', 'year', 'year'],
  ['较同口径上年同期增加', 'year', 'year'],
  ['同口径比上年增加', 'year', 'year'],
  ['同比上年增加', 'year', 'year'],
  ['同比上年同期增加', 'year', 'year'],
  ['较去年增加', 'year', 'year'],
  ['比2031年增加', 'year', 'year'],
  // 同比 / 环比 alone name no words to compare (basisOfLead reads them as a period)
  ['同比增加', null, null],
  ['同比增长', null, null],
  ['环比增加', null, null],
  ['较上年同比增加', null, null],
  // 同期 with no year, a figure or an account of it: its own words, never a bare 期
  ['较同期增加', '同期', '同期'],
  ['与同期相比增加', '同期', '同期'],
  ['较同期预算增加', '同期预算', '同期预算'],
  ['比上年同期数增加', '上年同期数', '上年同期数'],
  ['较上年同期决算数增加', '上年同期决算数', '上年同期决算数'],
  ['较上年同口径数增加', '上年同口径数', '上年同口径数'],
  // budgets and accounts: as before
  ['较年初预算数减少', '年初预算数', '年初预算数'],
  ['较年初预算减少', '年初预算', '年初预算'],
  ['较上年决算数增加', '上年决算数', 'year 决算'],
  ['比上年预算数增加', '上年预算数', 'year 预算'],
];

describe('basisWords: the year before with 同期, 同口径 or 同比', () => {
  it.each(TABLE)('%s → strict %s, loose %s', (lead, s, l) => {
    expect(both(lead)).toEqual([s, l]);
  });
});
