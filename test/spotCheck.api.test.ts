// 抽查复核: finance (caizheng) re-checks an evaluation that passed review below the top unit. A pass is
// recorded and changes nothing; a return, with its reason, sends it back to the filler. Both are in
// the evaluation's history, the audit log and on the dashboard (the finance board) of the level above.
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dashboard } from '../src/services/rollups.js';
import type { Transition } from '../src/domain/wire.js';
import { wugangReview, type Client, type WugangReview } from './helpers/app.js';

let r: WugangReview;
let caizheng: Client;
let shaoyangUnit: string;

beforeAll(async () => {
  r = await wugangReview();
  caizheng = await r.env.login('caizheng');
  shaoyangUnit = ((await caizheng.get('/api/units/search?q=430500&year=2022')).json() as { units: { id: string; code: string }[] }).units.find(
    (u) => u.code === '430500',
  )!.id;
});
afterAll(async () => r?.close());

const actions = async (c: Client) => ((await c.get(`/api/evaluations/${r.id}/actions`)).json() as { actions: string[] }).actions;
const history = async () => ((await caizheng.get(`/api/evaluations/${r.id}/history`)).json() as { transitions: Transition[] }).transitions;
const onBoard = async () => {
  const d = (await caizheng.get(`/api/dashboard/${shaoyangUnit}?year=2022`)).json() as Dashboard;
  const row = d.children.find((c) => c.name === '武冈市妇联')!;
  return { status: row.status, spotCheck: row.spotCheck, evaluationId: row.evaluationId };
};

describe('抽查复核', () => {
  it('is not offered before review has passed, and refused if tried', async () => {
    expect((await r.act(r.wugang, 'submit')).statusCode).toBe(200);
    expect(await actions(caizheng)).toEqual([]);
    const res = await r.act(caizheng, 'checkPass');
    expect(res.statusCode).toBe(400);
    expect((res.json() as { message: string }).message).toBe('已提交状态不能抽查通过');
    expect((await r.act(r.shaoyang, 'approve')).statusCode).toBe(200);
  });

  it('is finance’s alone: the reviewer and the filler are refused', async () => {
    expect(await actions(caizheng)).toEqual(['checkPass', 'checkReturn']);
    expect(await actions(r.shaoyang)).toEqual(['reopen', 'publish']);
    for (const c of [r.shaoyang, r.wugang]) {
      const res = await r.act(c, 'checkPass');
      expect(res.statusCode).toBe(403);
      expect((res.json() as { message: string }).message).toBe('只有财政部门可以抽查复核');
    }
  });

  it('records a pass: the status stays, history, audit and the board say so', async () => {
    expect(await onBoard()).toEqual({ status: 'approved', spotCheck: null, evaluationId: r.id });
    const res = await r.act(caizheng, 'checkPass');
    expect(res.statusCode, res.body).toBe(200);
    expect((res.json() as { status: string }).status).toBe('approved');
    expect((await history()).at(-1)).toMatchObject({ fromStatus: 'approved', toStatus: 'approved', action: 'checkPass', user: '财政厅绩效管理处' });
    expect(await onBoard()).toEqual({ status: 'approved', spotCheck: 'passed', evaluationId: r.id }); // not a cached board
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await caizheng.get(`/api/dashboard/${shaoyangUnit}/export?year=2022`)).rawPayload as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('下级单位')!;
    const col = (ws.getRow(4).values as unknown[]).indexOf('抽查复核');
    const row = [...Array(ws.rowCount - 4).keys()].map((i) => ws.getRow(5 + i)).find((x) => x.getCell(1).value === '武冈市妇联')!;
    expect(col).toBeGreaterThan(0);
    expect(row.getCell(col).value).toBe('通过');
    const audit = (await (await r.env.login('admin')).get(`/api/audit?action=evaluation.checkPass`)).json() as { entries: { entityId: string }[] };
    expect(audit.entries.map((e) => e.entityId)).toContain(r.id);
  });

  it('a second pass of the same approval is refused, saying when it passed; a return stays possible', async () => {
    expect(await actions(caizheng)).toEqual(['checkReturn']);
    const passes = (await history()).filter((t) => t.action === 'checkPass').length;
    const res = await r.act(caizheng, 'checkPass');
    expect(res.statusCode).toBe(409);
    expect((res.json() as { message: string }).message).toMatch(/^本次审核通过后已于 \d{4}-\d{2}-\d{2} \d{2}:\d{2} 抽查通过，不能重复记录$/);
    expect((await history()).filter((t) => t.action === 'checkPass').length).toBe(passes);
  });

  it('a return needs its reason, then sends the evaluation back to the filler, who is told why', async () => {
    const bare = await r.act(caizheng, 'checkReturn');
    expect(bare.statusCode).toBe(400);
    expect((bare.json() as { message: string }).message).toBe('抽查退回必须填写原因');
    const res = await r.act(caizheng, 'checkReturn', '项目支出明细与决算报表不一致');
    expect(res.statusCode, res.body).toBe(200);
    expect((res.json() as { status: string }).status).toBe('returned');
    expect((await history()).at(-1)).toMatchObject({
      fromStatus: 'approved',
      toStatus: 'returned',
      action: 'checkReturn',
      reason: '项目支出明细与决算报表不一致',
    });
    expect(await onBoard()).toMatchObject({ status: 'returned', spotCheck: 'returned' });
    expect(await actions(caizheng)).toEqual([]);
    expect(await actions(r.wugang)).toEqual(['submit']);
    const wb = (await r.wugang.get('/api/workbench?year=2022')).json() as { notifications: { message: string }[] };
    expect(wb.notifications[0]!.message).toBe('2022 年度自评经财政抽查复核退回：项目支出明细与决算报表不一致（已退回）');
  });

  it('the reviewer who approved it is told too, naming the unit; a reviewer further up is not', async () => {
    const notes = async (c: Client) =>
      ((await c.get('/api/workbench?year=2022')).json() as { notifications: { kind: string; message: string; evaluationId: string | null }[] }).notifications;
    expect((await notes(r.shaoyang))[0]).toEqual({
      kind: 'checkReturned',
      message: '武冈市妇联 2022 年度自评经财政抽查复核退回：项目支出明细与决算报表不一致；修改后将重新提交审核（已退回）',
      evaluationId: r.id,
      id: expect.any(String),
      createdAt: expect.any(String),
    });
    const hunan = await r.env.login('hunan');
    expect((await notes(hunan)).filter((n) => n.kind === 'checkReturned')).toEqual([]);
  });

  it('a re-approval starts unchecked: the board no longer shows the old return', async () => {
    expect((await r.act(r.wugang, 'submit')).statusCode).toBe(200);
    expect(await onBoard()).toMatchObject({ status: 'submitted', spotCheck: 'returned' });
    expect((await r.act(r.shaoyang, 'approve')).statusCode).toBe(200);
    expect(await onBoard()).toMatchObject({ status: 'approved', spotCheck: null });
    // the new approval may be passed again
    expect(await actions(caizheng)).toEqual(['checkPass', 'checkReturn']);
    expect((await r.act(caizheng, 'checkPass')).statusCode).toBe(200);
  });

  it('when a reviewer further up gave the approval, that reviewer is told, not the level between', async () => {
    const hunan = await r.env.login('hunan');
    const returnedTo = async (c: Client) =>
      ((await c.get('/api/workbench?year=2022')).json() as { notifications: { kind: string }[] }).notifications.filter((n) => n.kind === 'checkReturned')
        .length;
    const before = { shaoyang: await returnedTo(r.shaoyang), hunan: await returnedTo(hunan) };
    expect((await r.act(caizheng, 'checkReturn', '绩效目标与预算批复不一致')).statusCode).toBe(200);
    expect((await r.act(r.wugang, 'submit')).statusCode).toBe(200);
    expect((await r.act(hunan, 'approve')).statusCode).toBe(200);
    expect((await r.act(caizheng, 'checkReturn', '请补充佐证材料')).statusCode).toBe(200);
    expect(await returnedTo(r.shaoyang)).toBe(before.shaoyang + 1); // only the first return, which shaoyang approved
    expect(await returnedTo(hunan)).toBe(before.hunan + 1);
  });

  it('is not offered at the top unit, which finance reviews itself', async () => {
    const top = ((await caizheng.get('/api/evaluations?year=2016')).json() as { evaluations: { id: string; unitName?: string }[] }).evaluations[0]!;
    const offered = ((await caizheng.get(`/api/evaluations/${top.id}/actions`)).json() as { actions: string[] }).actions;
    expect(offered).not.toContain('checkPass');
    expect(offered).toContain('reopen');
  });
});
