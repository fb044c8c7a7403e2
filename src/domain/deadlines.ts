// Deadlines as the people facing them see them: days left (北京时间 calendar days), overdue, and
// the reminders due before them. Pure calendar arithmetic on YYYY-MM-DD strings.

import { BEIJING_OFFSET_MS } from './beijingTime.js';

/** Days before a deadline at which the fillers who have not submitted are reminded. */
export const REMINDER_DAYS = [7, 1] as const;

const dayNumber = (iso: string): number => {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return Math.round(Date.UTC(y, m - 1, d) / 86_400_000);
};

/** Whole calendar days from `today` to `due` (negative once past; 0 on the day itself). */
export const daysUntil = (today: string, due: string): number => dayNumber(due) - dayNumber(today);

/** The calendar day `days` after `iso` (before, when negative). */
export const addDays = (iso: string, days: number): string => new Date((dayNumber(iso) + days) * 86_400_000).toISOString().slice(0, 10);

/** Today's date in Beijing (UTC+8, no daylight saving): deadlines are Chinese calendar days. */
export const beijingToday = (now: Date = new Date()): string => new Date(now.getTime() + BEIJING_OFFSET_MS).toISOString().slice(0, 10);

export type DeadlineState = 'done' | 'open' | 'today' | 'overdue';

export interface DeadlineView {
  dueDate: string;
  daysLeft: number;
  state: DeadlineState;
}

/** How a deadline stands for a unit: done once submitted; else open, due today or overdue. */
export function deadlineView(today: string, dueDate: string, submitted: boolean): DeadlineView {
  const daysLeft = daysUntil(today, dueDate);
  const state: DeadlineState = submitted ? 'done' : daysLeft > 0 ? 'open' : daysLeft === 0 ? 'today' : 'overdue';
  return { dueDate, daysLeft, state };
}

/**
 * The reminder stage a deadline is in on `today`: the smallest of REMINDER_DAYS that is at least
 * the days left (7 days before → 7, the day before → 1), or null when it is further off or past.
 * A stage is sent once; a server that was down on the day sends it on the next run instead.
 */
export function reminderStage(today: string, dueDate: string, stages: readonly number[] = REMINDER_DAYS): number | null {
  const left = daysUntil(today, dueDate);
  if (left < 0) return null;
  const fitting = stages.filter((s) => left <= s);
  return fitting.length ? Math.min(...fitting) : null;
}

/** "距截止还有 3 天" and friends, for notifications written on the server. */
export function reminderMessage(what: string, dueDate: string, daysLeft: number): string {
  const when = daysLeft === 0 ? '今天截止' : daysLeft === 1 ? '明天截止' : `距截止还有 ${daysLeft} 天`;
  return `${what}${when}（${dueDate}），尚未提交，请及时填报`;
}
