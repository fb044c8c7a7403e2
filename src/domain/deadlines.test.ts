import { describe, expect, it } from 'vitest';
import { addDays, beijingToday, daysUntil, deadlineView, reminderMessage, reminderStage } from './deadlines.js';
import { monthlyTimeProgress } from './monitoring/time.js';

describe('deadlines', () => {
  it('counts calendar days, across month ends and leap days', () => {
    expect(daysUntil('2024-02-28', '2024-03-01')).toBe(2); // 29 February
    expect(daysUntil('2023-02-28', '2023-03-01')).toBe(1);
    expect(daysUntil('2022-12-31', '2023-01-01')).toBe(1);
    expect(daysUntil('2023-07-31', '2023-07-31')).toBe(0);
    expect(daysUntil('2023-08-03', '2023-07-31')).toBe(-3);
  });

  it('adds calendar days across month and year ends and a leap day', () => {
    expect(addDays('2026-12-06', 30)).toBe('2027-01-05');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2023-02-28', 1)).toBe('2023-03-01');
    expect(addDays('2023-03-01', -1)).toBe('2023-02-28');
    expect(daysUntil('2026-12-06', addDays('2026-12-06', 30))).toBe(30);
  });

  it('today is the Beijing date: 16:00 UTC is already tomorrow', () => {
    expect(beijingToday(new Date('2023-03-30T15:59:59Z'))).toBe('2023-03-30');
    expect(beijingToday(new Date('2023-03-30T16:00:00Z'))).toBe('2023-03-31');
  });

  it('a deadline is open, due today, overdue, or done once submitted (even late)', () => {
    expect(deadlineView('2023-03-21', '2023-03-31', false)).toEqual({ dueDate: '2023-03-31', daysLeft: 10, state: 'open' });
    expect(deadlineView('2023-03-31', '2023-03-31', false).state).toBe('today');
    expect(deadlineView('2023-04-01', '2023-03-31', false)).toMatchObject({ daysLeft: -1, state: 'overdue' });
    expect(deadlineView('2023-04-01', '2023-03-31', true).state).toBe('done');
  });

  it('reminder stages: 7 days before and the day before; nothing further off or once past', () => {
    expect(reminderStage('2023-03-23', '2023-03-31')).toBeNull(); // 8 days
    expect(reminderStage('2023-03-24', '2023-03-31')).toBe(7);
    expect(reminderStage('2023-03-29', '2023-03-31')).toBe(7); // 2 days: still the 7-day stage
    expect(reminderStage('2023-03-30', '2023-03-31')).toBe(1);
    expect(reminderStage('2023-03-31', '2023-03-31')).toBe(1); // the day itself: a missed 1-day stage is sent then
    expect(reminderStage('2023-04-01', '2023-03-31')).toBeNull();
    expect(reminderMessage('2022年度绩效自评', '2023-03-31', 0)).toBe('2022年度绩效自评今天截止（2023-03-31），尚未提交，请及时填报');
  });

  it('序时进度 at month ends, in a leap year', () => {
    const p = monthlyTimeProgress(2024);
    expect(p[1]).toEqual({ month: 2, date: '2024-02-29', timeProgress: '16.39' }); // 60 ÷ 366
    expect(p[5]!.timeProgress).toBe('49.73'); // 182 ÷ 366
    expect(p[11]).toEqual({ month: 12, date: '2024-12-31', timeProgress: '100.00' });
  });
});
