import { describe, expect, it } from 'vitest';
import type { DiffableContent } from '../diff.js';
import { anchorsOf, approvalBlockedBy, awaiting, checkCommentAction, checkPin, findAnchor } from './comments.js';

const content: DiffableContent = {
  title: 'T',
  reportDate: null,
  profile: { authorizedPosts: 5, staffActual: 5, retired: 3, departments: ['办公室'], duties: [], intro: null },
  budget: [
    {
      budgetType: 'general',
      noActivity: false,
      rows: {
        total: { opening: '0', income: '200', expenditure: '180', closing: '20' },
        basic: { opening: '0', income: '150', expenditure: '140', closing: '10' },
      },
    },
    { budgetType: 'governmentFund', noActivity: true, rows: {} },
  ],
  budgetLines: [{ key: 'total', label: '年度资金总额', initial: '100', adjusted: '120', executed: '110' }],
  threePublic: [],
  indicators: [{ indicatorCode: '1.1.1', target: '≥90%', actual: '95%', score: null, deviationReason: null, applicable: true, achievement: null }],
  keyProjects: [],
  sections: [
    {
      key: '6',
      parentKey: null,
      order: 6,
      kind: 'performance',
      numbering: '六、',
      title: '绩效情况',
      runIn: false,
      paragraphs: ['第一段文字', '第二段'],
      indicatorCode: null,
      figures: [],
    },
  ],
} as unknown as DiffableContent;

describe('review comment anchors', () => {
  it('names every pinnable place in Chinese, with its current value', () => {
    expect(findAnchor(content, 'budget.general.basic.expenditure')).toEqual({
      path: 'budget.general.basic.expenditure',
      label: '预算执行 · 一般公共预算 · 基本支出 · 本年支出',
      group: '预算执行',
      value: '140 万元',
    });
    expect(findAnchor(content, 'budgetLines.total.executed')?.label).toBe('预算资金 · 年度资金总额 · 全年执行数');
    // amounts say their unit; counts and text do not get one
    expect(
      anchorsOf(content)
        .filter((a) => a.group === '预算执行' && a.value !== null)
        .every((a) => a.value!.endsWith(' 万元')),
    ).toBe(true);
    expect(findAnchor(content, 'profile.retired')?.value ?? '').not.toContain('万元');
    expect(findAnchor(content, 'sections.6.paragraphs.1')).toMatchObject({ label: '绩效情况 · 六、绩效情况 · 第2段', value: '第二段' });
    expect(findAnchor(content, 'indicators.1.1.1', [{ code: '1.1.1', name: '妇女培训人数' }])).toMatchObject({
      label: '指标 1.1.1 妇女培训人数',
      value: '目标 ≥90%，完成 95%',
    });
    expect(findAnchor(content, 'profile.retired')?.label).toBe('基本情况 · 退休人数');
  });

  it('refuses places that do not exist (an account marked 无支出, a paragraph past the end, a made-up path)', () => {
    expect(findAnchor(content, 'budget.governmentFund.basic.income')).toBeNull();
    expect(findAnchor(content, 'sections.6.paragraphs.2')).toBeNull();
    expect(findAnchor(content, 'budget.general.basic.income; drop table')).toBeNull();
    expect(anchorsOf(content).every((a) => a.label && !/[a-z]{3,}/.test(a.label))).toBe(true);
  });
});

describe('who may do what with a comment', () => {
  it('only a reviewer pins, while submitted or returned, and never an empty text', () => {
    expect(checkPin(['reviewer'], 'submitted', '请核对')).toEqual({ ok: true, to: 'open' });
    expect(checkPin(['filler'], 'submitted', '请核对')).toMatchObject({ ok: false, code: 'forbidden' });
    expect(checkPin(['reviewer'], 'approved', '请核对')).toMatchObject({ ok: false, code: 'invalid' });
    expect(checkPin(['reviewer'], 'submitted', '  ')).toMatchObject({ ok: false, code: 'invalid' });
  });

  it('the filler answers or reports a fix (still open); only the reviewer resolves and reopens', () => {
    expect(checkCommentAction('reply', ['filler'], 'open', 'returned', '已说明')).toEqual({ ok: true, to: 'open' });
    expect(checkCommentAction('fixed', ['filler'], 'open', 'returned', '')).toEqual({ ok: true, to: 'open' });
    expect(checkCommentAction('reply', ['filler'], 'open', 'returned', ' ')).toMatchObject({ ok: false, code: 'invalid' });
    expect(checkCommentAction('resolve', ['filler'], 'open', 'submitted', '')).toMatchObject({ ok: false, code: 'forbidden' });
    expect(checkCommentAction('fixed', ['reviewer'], 'open', 'submitted', '')).toMatchObject({ ok: false, code: 'forbidden' });
    expect(checkCommentAction('resolve', ['reviewer'], 'open', 'submitted', '')).toEqual({ ok: true, to: 'resolved' });
    expect(checkCommentAction('resolve', ['reviewer'], 'resolved', 'submitted', '')).toMatchObject({ ok: false, code: 'invalid' });
    expect(checkCommentAction('reopen', ['reviewer'], 'resolved', 'submitted', '')).toEqual({ ok: true, to: 'open' });
    expect(checkCommentAction('reply', ['reviewer'], 'open', 'approved', '晚了')).toMatchObject({ ok: false, code: 'invalid' });
  });

  it('open comments block approval, named by their place', () => {
    expect(approvalBlockedBy([{ status: 'resolved', anchorLabel: 'A' }])).toBeNull();
    expect(
      approvalBlockedBy([
        { status: 'open', anchorLabel: '预算执行 · 一般公共预算 · 基本支出 · 本年支出' },
        { status: 'resolved', anchorLabel: 'B' },
      ]),
    ).toBe('还有 1 条审核意见未解决：“预算执行 · 一般公共预算 · 基本支出 · 本年支出”。请逐条确认解决后再审核通过');
  });

  it('says whose turn it is', () => {
    const m = (role: 'filler' | 'reviewer') => ({ id: '1', kind: 'reply' as const, role, text: '', user: null, at: '' });
    expect(awaiting({ status: 'open', messages: [m('reviewer')] })).toBe('filler');
    expect(awaiting({ status: 'open', messages: [m('reviewer'), m('filler')] })).toBe('reviewer');
    expect(awaiting({ status: 'resolved', messages: [m('reviewer')] })).toBeNull();
  });
});
