import { describe, expect, it } from 'vitest';
import { availableActions, checkTransition, STATUS_LABELS, type TransitionInput } from './workflow.js';

const base: TransitionInput = { action: 'submit', status: 'draft', roles: ['filler'], reason: null, openErrors: 0, childrenPending: [] };

describe('workflow', () => {
  it('walks the whole cycle', () => {
    expect(checkTransition(base)).toEqual({ ok: true, to: 'submitted', idempotent: false });
    expect(checkTransition({ ...base, action: 'return', status: 'submitted', roles: ['reviewer'], reason: '预算数与决算不符' })).toMatchObject({
      ok: true,
      to: 'returned',
    });
    expect(checkTransition({ ...base, status: 'returned' })).toMatchObject({ ok: true, to: 'submitted' });
    expect(checkTransition({ ...base, action: 'approve', status: 'submitted', roles: ['reviewer'] })).toMatchObject({ ok: true, to: 'approved' });
    expect(checkTransition({ ...base, action: 'publish', status: 'approved', roles: ['reviewer'] })).toMatchObject({ ok: true, to: 'published' });
    expect(checkTransition({ ...base, action: 'reopen', status: 'approved', roles: ['reviewer'], reason: '补充材料' })).toMatchObject({
      ok: true,
      to: 'returned',
    });
  });
  it('requires a reason to return or reopen', () => {
    expect(checkTransition({ ...base, action: 'return', status: 'submitted', roles: ['reviewer'], reason: '  ' })).toMatchObject({
      ok: false,
      code: 'invalid',
    });
    expect(checkTransition({ ...base, action: 'reopen', status: 'published', roles: ['reviewer'], reason: null })).toMatchObject({
      ok: false,
      code: 'invalid',
    });
  });
  it('keeps roles apart', () => {
    expect(checkTransition({ ...base, roles: ['reviewer'] })).toMatchObject({ ok: false, code: 'forbidden' });
    expect(checkTransition({ ...base, action: 'approve', status: 'submitted', roles: ['filler'] })).toMatchObject({ ok: false, code: 'forbidden' });
  });
  it('blocks submit on open errors and approve on pending children', () => {
    expect(checkTransition({ ...base, openErrors: 2 })).toMatchObject({ ok: false, code: 'blocked' });
    expect(checkTransition({ ...base, unchosenLevels: ['指标 3.2.1 社会影响程度'] })).toEqual({
      ok: false,
      code: 'blocked',
      message: '指标 3.2.1 社会影响程度 未选择等级，不能提交',
    });
    expect(checkTransition({ ...base, unchosenLevels: [] })).toMatchObject({ ok: true, to: 'submitted' });
    expect(checkTransition({ ...base, emptyChapters: ['六、部门整体支出绩效情况', '九、部门整体支出绩效自评结果拟应用和公开情况'] })).toEqual({
      ok: false,
      code: 'blocked',
      message: '报告必备章节“六、部门整体支出绩效情况”、“九、部门整体支出绩效自评结果拟应用和公开情况”未填写，不能提交',
    });
    expect(checkTransition({ ...base, emptyChapters: [] })).toMatchObject({ ok: true, to: 'submitted' });
    expect(checkTransition({ ...base, action: 'approve', status: 'submitted', roles: ['reviewer'], childrenPending: ['荆竹铺镇妇联'] })).toMatchObject({
      ok: false,
      code: 'blocked',
      message: expect.stringContaining('荆竹铺镇妇联'),
    });
  });
  it('treats a repeated submit as a no-op and refuses impossible moves', () => {
    expect(checkTransition({ ...base, status: 'submitted' })).toEqual({ ok: true, to: 'submitted', idempotent: true });
    expect(checkTransition({ ...base, action: 'publish', status: 'submitted', roles: ['reviewer'] })).toMatchObject({ ok: false, code: 'invalid' });
    expect(checkTransition({ ...base, status: 'approved' })).toMatchObject({ ok: false, code: 'invalid' });
  });
  it('offers the actions that fit', () => {
    expect(availableActions('submitted', ['reviewer'])).toEqual(['return', 'approve']);
    expect(availableActions('draft', ['filler'])).toEqual(['submit']);
    expect(availableActions('approved', ['reviewer'])).toEqual(['reopen', 'publish']);
  });
});

describe('撤回 (the filler takes back a submission no reviewer has opened)', () => {
  const withdraw: TransitionInput = { ...base, action: 'withdraw', status: 'submitted' };
  it('is refused once opened, saying when in 北京时间 like every workflow message', () => {
    expect(checkTransition({ ...withdraw, openedAt: '2024-05-06T16:05:00.000Z' })).toEqual({
      ok: false,
      code: 'opened',
      message: '审核人已于 2024-05-07 00:05 打开，不能撤回', // 16:05 UTC is past midnight in Beijing
    });
    expect(availableActions('submitted', ['filler'], '2024-05-06T16:05:00.000Z')).toEqual([]);
  });
  it('goes back to draft, or to returned if it had been returned, while not opened', () => {
    expect(checkTransition({ ...withdraw, openedAt: null })).toEqual({ ok: true, to: 'draft', idempotent: false });
    expect(checkTransition({ ...withdraw, openedAt: null, wasReturned: true })).toMatchObject({ ok: true, to: 'returned' });
    expect(availableActions('submitted', ['filler'])).toEqual(['withdraw']);
  });
});

describe('open review comments block approval', () => {
  const base: TransitionInput = { action: 'approve', status: 'submitted', roles: ['reviewer'], reason: null, openErrors: 0, childrenPending: [] };
  it('refuses approve naming the open comments; resolved ones do not count; other actions ignore them', () => {
    const open = [{ status: 'open' as const, anchorLabel: '公开 · 九、公开情况 · 第1段' }];
    expect(checkTransition({ ...base, openComments: open })).toEqual({
      ok: false,
      code: 'comments',
      message: '还有 1 条审核意见未解决：“公开 · 九、公开情况 · 第1段”。请逐条确认解决后再审核通过',
    });
    expect(checkTransition({ ...base, openComments: [{ status: 'resolved', anchorLabel: 'x' }] })).toMatchObject({ ok: true, to: 'approved' });
    expect(checkTransition({ ...base, action: 'return', reason: '请修改', openComments: open })).toMatchObject({ ok: true, to: 'returned' });
  });
});

describe('publish needs a 自评得分', () => {
  const publish: TransitionInput = { ...base, action: 'publish', status: 'approved', roles: ['reviewer'] };
  it('is refused while indicators have no score, naming them (the first five, then how many)', () => {
    expect(checkTransition({ ...publish, unscored: ['指标 2.2.2 满意度'] })).toEqual({
      ok: false,
      code: 'blocked',
      message: '自评得分尚未算出，不能公开：指标 2.2.2 满意度没有得分',
    });
    const many = ['1.1.1', '1.1.2', '1.1.3', '1.1.4', '1.1.5', '1.2.1'].map((c) => `指标 ${c} 甲`);
    const m = checkTransition({ ...publish, unscored: many });
    expect(m).toMatchObject({ ok: false, code: 'blocked' });
    expect(m.ok ? '' : m.message).toBe('自评得分尚未算出，不能公开：指标 1.1.1 甲、指标 1.1.2 甲、指标 1.1.3 甲、指标 1.1.4 甲、指标 1.1.5 甲 等 6 项没有得分');
  });
  it('goes through with a score ([] or not given), and the list does not touch other actions', () => {
    expect(checkTransition({ ...publish, unscored: [] })).toMatchObject({ ok: true, to: 'published' });
    expect(checkTransition(publish)).toMatchObject({ ok: true, to: 'published' });
    expect(checkTransition({ ...base, action: 'approve', status: 'submitted', roles: ['reviewer'], unscored: ['指标 1 甲'] })).toMatchObject({ ok: true });
  });
});

describe('抽查复核 (finance re-checks what passed review)', () => {
  const check: TransitionInput = { ...base, action: 'checkPass', status: 'approved', roles: ['finance'] };
  it('records a pass without moving the status; a return with its reason sends it back to the filler', () => {
    expect(checkTransition(check)).toEqual({ ok: true, to: 'approved', idempotent: false });
    expect(checkTransition({ ...check, status: 'published' })).toEqual({ ok: true, to: 'published', idempotent: false });
    expect(checkTransition({ ...check, action: 'checkReturn', reason: '项目支出与决算不符' })).toEqual({ ok: true, to: 'returned', idempotent: false });
    expect(checkTransition({ ...check, action: 'checkReturn', status: 'published', reason: '项目支出与决算不符' })).toMatchObject({ ok: true, to: 'returned' });
  });
  it('needs a reason to return', () => {
    expect(checkTransition({ ...check, action: 'checkReturn', reason: ' ' })).toEqual({ ok: false, code: 'invalid', message: '抽查退回必须填写原因' });
  });
  it('checks only what passed review', () => {
    for (const status of ['draft', 'submitted', 'returned'] as const) {
      expect(checkTransition({ ...check, status }), status).toEqual({ ok: false, code: 'invalid', message: `${STATUS_LABELS[status]}状态不能抽查通过` });
    }
  });
  it('is finance’s alone; finance still takes no review step', () => {
    expect(checkTransition({ ...check, roles: ['reviewer'] })).toEqual({ ok: false, code: 'forbidden', message: '只有财政部门可以抽查复核' });
    expect(checkTransition({ ...check, action: 'checkReturn', reason: 'x', roles: ['filler'] })).toMatchObject({ ok: false, code: 'forbidden' });
    expect(checkTransition({ ...base, action: 'reopen', status: 'approved', roles: ['finance'], reason: 'x' })).toMatchObject({ ok: false, code: 'forbidden' });
    expect(checkTransition({ ...base, action: 'approve', status: 'submitted', roles: ['finance'] })).toMatchObject({ ok: false, code: 'forbidden' });
  });
  it('refuses a second pass of the same approval, saying when (北京时间); a return after a pass still goes', () => {
    const passedAt = '2024-05-06T09:30:00.000Z';
    expect(checkTransition({ ...check, passedAt })).toEqual({
      ok: false,
      code: 'checked',
      message: '本次审核通过后已于 2024-05-06 17:30 抽查通过，不能重复记录',
    });
    expect(checkTransition({ ...check, status: 'published', passedAt })).toMatchObject({ ok: false, code: 'checked' });
    expect(checkTransition({ ...check, passedAt: null })).toMatchObject({ ok: true, to: 'approved' });
    expect(checkTransition({ ...check, action: 'checkReturn', reason: '明细不符', passedAt })).toMatchObject({ ok: true, to: 'returned' });
    expect(availableActions('approved', ['finance'], null, passedAt)).toEqual(['checkReturn']);
  });
  it('is offered to finance on approved and published evaluations only, and to no one else', () => {
    expect(availableActions('approved', ['finance'])).toEqual(['checkPass', 'checkReturn']);
    expect(availableActions('published', ['finance'])).toEqual(['checkPass', 'checkReturn']);
    expect(availableActions('submitted', ['finance'])).toEqual([]);
    expect(availableActions('approved', ['reviewer'])).toEqual(['reopen', 'publish']);
  });
});
