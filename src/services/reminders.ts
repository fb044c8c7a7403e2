// Reminders before deadlines (issue 15 item 5): 7 days and 1 day before a 自评 deadline or a
// monitoring round's 填报截止, the fillers of every unit that has not submitted get a notification.
// Each (unit, deadline, stage) is sent once: the stage is in the notification's kind, and a run
// takes an advisory lock so two server processes never send the same reminder twice.
import { addDays, beijingToday, daysUntil, REMINDER_DAYS, reminderMessage, reminderStage } from '../domain/deadlines.js';
import type { Db } from '../store/db.js';
import { reminderRepository, REMINDER_KIND_PREFIX } from '../store/reminders.js';
import { unitRepository } from '../store/units.js';

const LEVEL_NAME: Record<string, string> = { '*': '', province: '省级', prefecture: '市级', county: '县级', township: '乡镇级', village: '村级', other: '' };

export interface ReminderRun {
  today: string;
  sent: number;
}

export async function sendDeadlineReminders(db: Db, today: string = beijingToday()): Promise<ReminderRun> {
  const horizon = addDays(today, Math.max(...REMINDER_DAYS));
  return db.transaction(async (tx) => {
    const repo = reminderRepository(tx);
    await repo.lock();
    const due: { unitId: string; kind: string; message: string }[] = [];
    for (const d of await repo.evaluationDeadlines(today, horizon)) {
      const stage = reminderStage(today, d.dueDate)!;
      const kind = `${REMINDER_KIND_PREFIX}evaluation:${d.year}:${d.level}:${d.dueDate}:${stage}`;
      const what = `${d.year}年度绩效自评${LEVEL_NAME[d.level] ? `（${LEVEL_NAME[d.level]}）` : ''}`;
      for (const u of await repo.owingEvaluation(d.year, d.level))
        due.push({ unitId: u.unitId, kind, message: reminderMessage(what, d.dueDate, daysUntil(today, d.dueDate)) });
    }
    for (const r of await repo.monitoringDeadlines(today, horizon)) {
      const stage = reminderStage(today, r.dueDate)!;
      const kind = `${REMINDER_KIND_PREFIX}monitoring:${r.roundId}:${r.dueDate}:${stage}`;
      const below = (await unitRepository(tx).subtreeIds(r.rootUnitId, r.year)).filter((id) => id !== r.rootUnitId);
      for (const u of await repo.owingMonitoring(r.roundId, below))
        due.push({ unitId: u.unitId, kind, message: reminderMessage(`${r.year}年${r.name}`, r.dueDate, daysUntil(today, r.dueDate)) });
    }
    const sent = await repo.sent([...new Set(due.map((d) => d.kind))]);
    const fresh = due.filter((d) => !sent.has(`${d.unitId}|${d.kind}`));
    await repo.add(fresh);
    return { today, sent: fresh.length };
  });
}

/** Runs the reminders now and then every hour while the server lives (the timer never holds it open). */
export function scheduleDeadlineReminders(db: Db, onError: (e: unknown) => void, everyMs = 3_600_000): () => void {
  const run = () => void sendDeadlineReminders(db).catch(onError);
  const first = setTimeout(run, 5_000);
  const timer = setInterval(run, everyMs);
  first.unref();
  timer.unref();
  return () => {
    clearTimeout(first);
    clearInterval(timer);
  };
}
