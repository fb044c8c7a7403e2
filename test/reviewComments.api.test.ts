// Review comments through the HTTP API: the reviewer pins, the filler answers and fixes, open
// comments block approval with a Chinese message naming them, comments survive resubmission, and
// every step is in the audit log. Runs on PGlite, and on PostgreSQL when DATABASE_URL is set.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReviewComment } from '../src/domain/review/comments.js';
import { wugangReview, type Client, type WugangReview } from './helpers/app.js';

let r: WugangReview;
let wugang: Client;
let shaoyang: Client;
let id: string;

const load = (c: Client) => r.load(c);
const act = (c: Client, action: string, reason?: string) => r.act(c, action, reason);
const comments = async (c: Client) => ((await c.get(`/api/evaluations/${id}/comments`)).json() as { comments: ReviewComment[] }).comments;
const on = (c: Client, commentId: string, action: string, text?: string) =>
  c.send('POST', `/api/evaluations/${id}/comments/${commentId}`, { action, ...(text ? { text } : {}) });

beforeAll(async () => {
  r = await wugangReview();
  ({ wugang, shaoyang, id } = r);
});
afterAll(async () => {
  await r?.close();
});

describe('review comments', () => {
  it('nobody pins on a draft; once submitted only the reviewer pins, and only on a real place', async () => {
    expect((await shaoyang.send('POST', `/api/evaluations/${id}/comments`, { anchor: 'budget.general.basic.expenditure', text: '请核对' })).statusCode).toBe(
      400,
    );
    expect((await act(wugang, 'submit')).statusCode).toBe(200);
    const byFiller = await wugang.send('POST', `/api/evaluations/${id}/comments`, { anchor: 'budget.general.basic.expenditure', text: '自己批注' });
    expect(byFiller.statusCode).toBe(403);
    const nowhere = await shaoyang.send('POST', `/api/evaluations/${id}/comments`, { anchor: 'budget.general.basic.nothing', text: '请核对' });
    expect(nowhere.statusCode).toBe(400);
    expect(nowhere.json().message).toContain('没有这个位置');
  });

  it('the reviewer pins to a budget cell and a paragraph; the pins carry Chinese labels and the value seen', async () => {
    const e = await load(shaoyang);
    const section = e.sections.find((s) => s.kind === 'publication' && s.paragraphs.length > 0)!;
    let res = await shaoyang.send('POST', `/api/evaluations/${id}/comments`, {
      anchor: 'budget.general.basic.expenditure',
      text: '基本支出与决算表不一致，请核对',
    });
    expect(res.statusCode, res.body).toBe(200);
    res = await shaoyang.send('POST', `/api/evaluations/${id}/comments`, { anchor: `sections.${section.key}.paragraphs.0`, text: '请写明公示网址' });
    const list = res.json().comments as ReviewComment[];
    expect(list).toHaveLength(2);
    expect(list[0]).toMatchObject({
      anchor: 'budget.general.basic.expenditure',
      anchorLabel: '预算执行 · 一般公共预算 · 基本支出 · 本年支出',
      quote: '153.98 万元',
      status: 'open',
      createdBy: '邵阳市妇联审核员',
    });
    expect(list[1]!.anchorLabel).toMatch(/^公开 · .+ · 第1段$/);
    expect(list[0]!.messages).toMatchObject([{ kind: 'comment', role: 'reviewer', text: '基本支出与决算表不一致，请核对' }]);
    // the filler reads the same list
    expect((await comments(wugang)).map((c) => c.id)).toEqual(list.map((c) => c.id));
    // and is told on the workbench, with a link to the evaluation
    const wb = (await wugang.get('/api/workbench?year=2022')).json() as { notifications: { kind: string; message: string; evaluationId: string | null }[] };
    const pinned = wb.notifications.filter((n) => n.kind === 'comment.pinned');
    expect(pinned.map((n) => n.message)).toEqual([
      '2022 年度自评有新的审核意见（公开 · ' + list[1]!.anchorLabel.split(' · ')[1] + ' · 第1段）：请写明公示网址',
      '2022 年度自评有新的审核意见（预算执行 · 一般公共预算 · 基本支出 · 本年支出）：基本支出与决算表不一致，请核对',
    ]);
    expect(pinned[0]!.evaluationId).toBe(id);
  });

  it('approval is refused while comments are open, naming them', async () => {
    const res = await act(shaoyang, 'approve');
    expect(res.statusCode).toBe(422);
    expect(res.json().message).toBe(
      '还有 2 条审核意见未解决：“预算执行 · 一般公共预算 · 基本支出 · 本年支出”、“' +
        (await comments(shaoyang))[1]!.anchorLabel +
        '”。请逐条确认解决后再审核通过',
    );
    expect(res.json().comments).toHaveLength(2);
    expect((await load(shaoyang)).status).toBe('submitted');
  });

  it('the filler answers one and reports the other fixed; only the reviewer resolves', async () => {
    expect((await act(shaoyang, 'return', '请按审核意见修改')).statusCode).toBe(200);
    const [cell, para] = await comments(wugang);
    expect((await on(wugang, cell!.id, 'reply', '已与决算核对，数字无误')).statusCode).toBe(200);
    expect((await on(wugang, para!.id, 'fixed', '已补充公示网址')).statusCode).toBe(200);
    expect((await on(wugang, para!.id, 'resolve')).statusCode).toBe(403);
    expect((await on(wugang, para!.id, 'reply', '   ')).statusCode).toBe(400);
    const after = await comments(wugang);
    expect(after.map((c) => c.status)).toEqual(['open', 'open']);
    expect(after[0]!.messages.map((m) => [m.kind, m.role])).toEqual([
      ['comment', 'reviewer'],
      ['reply', 'filler'],
    ]);
    // a comment of another evaluation id is not found through this one
    expect((await wugang.send('POST', `/api/evaluations/999999/comments/${cell!.id}`, { action: 'reply', text: 'x' })).statusCode).toBe(404);
  });

  it('comments survive resubmission; resolved they no longer block; approve goes through', async () => {
    expect((await act(wugang, 'submit')).statusCode).toBe(200);
    const [cell, para] = await comments(shaoyang);
    expect([cell!.status, para!.status]).toEqual(['open', 'open']);
    expect((await on(shaoyang, cell!.id, 'resolve')).statusCode).toBe(200);
    let res = await act(shaoyang, 'approve');
    expect(res.statusCode).toBe(422);
    expect(res.json().message).toContain('还有 1 条审核意见未解决');
    expect((await on(shaoyang, para!.id, 'resolve', '已确认')).statusCode).toBe(200);
    const resolved = await comments(shaoyang);
    expect(resolved.map((c) => c.status)).toEqual(['resolved', 'resolved']);
    expect(resolved[1]).toMatchObject({ resolvedBy: '邵阳市妇联审核员' });
    res = await act(shaoyang, 'approve');
    expect(res.statusCode, res.body).toBe(200);
    // approved: comments are frozen
    expect((await on(shaoyang, para!.id, 'reopen')).statusCode).toBe(400);
  });

  it('every step is in the audit log', async () => {
    const page = (await shaoyang.get('/api/audit?action=comment.&limit=50')).json() as { entries: { action: string; entityId: string }[] };
    const actions = page.entries.map((e) => e.action).reverse();
    expect(actions).toEqual(['comment.create', 'comment.create', 'comment.reply', 'comment.fixed', 'comment.resolve', 'comment.resolve']);
    expect(page.entries.every((e) => e.entityId === id)).toBe(true);
    // shown as labelled changes, not raw JSON
    const resolve = (page as unknown as { entries: { id: string; action: string }[] }).entries.find((e) => e.action === 'comment.resolve')!;
    const detail = (await shaoyang.get(`/api/audit/${resolve.id}`)).json() as { changes: { label: string; before: string | null; after: string | null }[] };
    expect(detail.changes).toContainEqual({ path: 'status', label: '状态', before: '待解决', after: '已解决' });
    const approve = ((await shaoyang.get('/api/audit?action=evaluation.approve&limit=5')).json() as { entries: { id: string }[] }).entries[0]!;
    const approved = (await shaoyang.get(`/api/audit/${approve.id}`)).json() as { changes: unknown[] };
    expect(approved.changes).toEqual([{ path: 'status', label: '状态', before: '已提交', after: '已审核' }]);
  });
});
