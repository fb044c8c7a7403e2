// Reminders before deadlines, driven by the clock: 7 days and 1 day before a 自评 deadline or a
// monitoring round's 填报截止, once each, to the fillers of units that have not submitted; the
// workbench's days left; the admin's monitoring thresholds and the next round taking them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM_ACTOR, type Actor } from '../src/domain/access.js';
import { settingsService } from '../src/services/settings.js';
import { monitoringService } from '../src/services/monitoring.js';
import { sendDeadlineReminders } from '../src/services/reminders.js';
import { workbenchService } from '../src/services/workbench.js';
import { workflowRepository } from '../src/store/workflow.js';
import { unitRepository } from '../src/store/units.js';
import { addDays } from '../src/domain/deadlines.js';
import { demoApp } from './helpers/app.js';

let env: Awaited<ReturnType<typeof demoApp>>;
const ids: Record<string, string> = {};
const notes = async (code: string) =>
  (await workflowRepository(env.store.db).notificationsFor([{ unitId: ids[code]!, role: 'filler' }], 100)).map((n) => n.message);
const filler = (code: string): Actor => ({ kind: 'user', userId: null, username: code, grants: [{ role: 'filler', unitId: ids[code]! }] });

let roundDue: string; // the demo's 6月30日 round, still open: 30 days after the load day

beforeAll(async () => {
  env = await demoApp(); // the seeds: 武冈's 2022 自评 is a draft; its 6月30日 monitoring report is submitted
  for (const code of ['430000', '430500', '430581', '430581100', '430581100201']) ids[code] = (await unitRepository(env.store.db).find(code))!.id;
  await settingsService(env.store.db).setDeadline(SYSTEM_ACTOR, { year: 2022, level: 'county', dueDate: '2023-03-31', previous: null });
  roundDue = (await monitoringService(env.store.db).rounds(SYSTEM_ACTOR, ids['430581']!, 2022)).answering[0]!.dueDate;
}, 120_000);
afterAll(async () => {
  await env?.app.close();
  await env?.store.close();
});

describe('reminders before deadlines', () => {
  it('sends nothing a month before', async () => {
    expect((await sendDeadlineReminders(env.store.db, '2023-03-01')).sent).toBe(0);
    expect((await notes('430581')).filter((m) => m.includes('截止'))).toEqual([]);
  });

  it('7 days before: the county that has not submitted is reminded, once', async () => {
    expect((await sendDeadlineReminders(env.store.db, '2023-03-24')).sent).toBe(1); // 武冈, the one county of the seeds
    expect(await notes('430581')).toContain('2022年度绩效自评（县级）距截止还有 7 天（2023-03-31），尚未提交，请及时填报');
    expect((await sendDeadlineReminders(env.store.db, '2023-03-24')).sent).toBe(0); // the same day again
    expect((await sendDeadlineReminders(env.store.db, '2023-03-27')).sent).toBe(0); // still the 7-day stage
    expect(await notes('430581100')).toEqual([]); // a township has no deadline of its own, and no '*' one
  });

  it('1 day before: reminded again; after the deadline: no more reminders (the reviewer sees it overdue)', async () => {
    expect((await sendDeadlineReminders(env.store.db, '2023-03-30')).sent).toBe(1);
    expect(await notes('430581')).toContain('2022年度绩效自评（县级）明天截止（2023-03-31），尚未提交，请及时填报');
    expect((await sendDeadlineReminders(env.store.db, '2023-04-01')).sent).toBe(0);
  });

  it('an all-levels deadline reaches every level without its own date', async () => {
    await settingsService(env.store.db).setDeadline(SYSTEM_ACTOR, { year: 2022, level: '*', dueDate: '2023-05-31', previous: null });
    await sendDeadlineReminders(env.store.db, '2023-05-30');
    expect((await notes('430581100')).filter((m) => m.includes('2023-05-31'))).toEqual(['2022年度绩效自评明天截止（2023-05-31），尚未提交，请及时填报']);
    expect((await notes('430581100201')).filter((m) => m.includes('2023-05-31'))).toHaveLength(1); // a village too
    expect((await notes('430581')).filter((m) => m.includes('2023-05-31'))).toEqual([]); // 县级 has its own date
  });

  it('a monitoring round: units below its root that have not submitted are reminded; 武冈 (submitted) is not', async () => {
    const [round] = (await monitoringService(env.store.db).rounds(SYSTEM_ACTOR, ids['430581']!, 2022)).answering;
    expect(round).toMatchObject({ dueDate: roundDue, status: 'submitted' }); // still open: due 30 days after the load day
    const run = await sendDeadlineReminders(env.store.db, addDays(roundDue, -7));
    expect(run.sent).toBeGreaterThan(0);
    expect((await notes('430581100')).filter((m) => m.includes('运行监控'))).toEqual([
      `2022年截至6月30日运行监控距截止还有 7 天（${roundDue}），尚未提交，请及时填报`,
    ]);
    expect((await notes('430581')).filter((m) => m.includes('运行监控距截止'))).toEqual([]);
  });
});

describe('the workbench shows my deadlines with days left', () => {
  it('open, due tomorrow, due today, overdue; the submitted monitoring report is done', async () => {
    const wb = workbenchService(env.store.db);
    const at = async (today: string) => (await wb.forActor(filler('430581'), 2022, today)).deadlines;
    const evaluation = async (today: string) => (await at(today)).find((d) => d.kind === 'evaluation');
    expect(await evaluation('2023-03-21')).toMatchObject({ title: '2022年度绩效自评', dueDate: '2023-03-31', daysLeft: 10, state: 'open' });
    expect(await evaluation('2023-03-30')).toMatchObject({ daysLeft: 1, state: 'open' });
    expect(await evaluation('2023-03-31')).toMatchObject({ daysLeft: 0, state: 'today' });
    expect(await evaluation('2023-04-03')).toMatchObject({ daysLeft: -3, state: 'overdue' });
    expect((await at('2023-04-03')).find((d) => d.kind === 'monitoring')).toMatchObject({
      title: '2022年截至6月30日运行监控',
      dueDate: roundDue,
      state: 'done',
    });
    // a township's filler faces the all-levels date and the round (not yet answered: overdue once past its date)
    const township = await wb.forActor(filler('430581100'), 2022, '2023-04-03');
    expect(township.deadlines.map((d) => [d.kind, d.dueDate, d.state])).toEqual([
      ['evaluation', '2023-05-31', 'open'],
      ['monitoring', roundDue, 'open'],
    ]);
    const late = await wb.forActor(filler('430581100'), 2022, addDays(roundDue, 3));
    expect(late.deadlines.find((d) => d.kind === 'monitoring')).toMatchObject({ daysLeft: -3, state: 'overdue' });
  });
});

describe('monitoring thresholds (admin setting)', () => {
  it('validates, compares-and-sets, and the next round takes them; a round already open keeps its own', async () => {
    const admin = settingsService(env.store.db);
    expect(await admin.monitoringThresholds(SYSTEM_ACTOR)).toEqual({ yellow: '10', red: '20', defaults: { yellow: '10', red: '20' } });
    await expect(admin.updateMonitoringThresholds(SYSTEM_ACTOR, { yellow: '15', red: '12' }, { yellow: '10', red: '20' })).rejects.toThrow(
      '红色阈值 12 不能小于黄色阈值 15',
    );
    await expect(admin.updateMonitoringThresholds(SYSTEM_ACTOR, { yellow: '0', red: '12' }, { yellow: '10', red: '20' })).rejects.toThrow(
      '黄色阈值应大于 0 且不超过 100',
    );
    await expect(admin.updateMonitoringThresholds(SYSTEM_ACTOR, { yellow: '5.123', red: '12' }, { yellow: '10', red: '20' })).rejects.toThrow('最多两位小数');
    await expect(admin.updateMonitoringThresholds(SYSTEM_ACTOR, { yellow: '', red: '12' }, { yellow: '10', red: '20' })).rejects.toThrow('请填写黄色阈值');
    await expect(admin.updateMonitoringThresholds(SYSTEM_ACTOR, { yellow: '8', red: '12' }, { yellow: '9', red: '20' })).rejects.toMatchObject({
      code: 'conflict',
    });
    expect(await admin.updateMonitoringThresholds(SYSTEM_ACTOR, { yellow: '8.50', red: '12' }, { yellow: '10', red: '20' })).toEqual({
      yellow: '8.5',
      red: '12',
    });
    await expect(admin.updateMonitoringThresholds(SYSTEM_ACTOR, { yellow: '7', red: '12' }, { yellow: '10', red: '20' })).rejects.toMatchObject({
      code: 'conflict',
    });
    const filler: Actor = { kind: 'user', userId: null, username: 'x', grants: [{ role: 'filler', unitId: ids['430581']! }] };
    await expect(admin.updateMonitoringThresholds(filler, { yellow: '7', red: '12' }, { yellow: '8.5', red: '12' })).rejects.toMatchObject({
      code: 'forbidden',
    });

    const m = monitoringService(env.store.db);
    const id = await m.createRound(SYSTEM_ACTOR, { rootUnitId: ids['430500']!, year: 2022, asOf: '2022-09-30', dueDate: '2022-10-15' });
    expect((await m.rounds(SYSTEM_ACTOR, ids['430500']!, 2022)).thresholds).toEqual({ yellow: '8.5', red: '12' }); // the opening dialog shows them
    const rounds = (await m.rounds(SYSTEM_ACTOR, ids['430500']!, 2022)).opened;
    expect(rounds.find((r) => r.id === id)).toMatchObject({ yellow: '8.5', red: '12' });
    expect(rounds.find((r) => r.asOf === '2022-06-30')).toMatchObject({ yellow: '10', red: '20' });
  });
});
