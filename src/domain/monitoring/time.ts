// 序时进度: how much of the year has passed at an as-of date. Calendar arithmetic on integers only.
import { div, mul, roundHalfUp } from '../decimal.js';
import type { Decimal } from '../types.js';

export const isLeapYear = (year: number): boolean => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
export const daysInYear = (year: number): number => (isLeapYear(year) ? 366 : 365);

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const monthDays = (year: number, month: number): number => (month === 2 && isLeapYear(year) ? 29 : MONTH_DAYS[month - 1]!);

export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

/** A real calendar date written YYYY-MM-DD, or null (2023-02-29, 2022-13-01, "2022-6-30" are null). */
export function parseIsoDate(s: string): CalendarDate | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12 || day < 1 || day > monthDays(year, month)) return null;
  return { year, month, day };
}

/** Day of the year, 1 January = 1, 31 December = 365 (366 in a leap year). */
export function dayOfYear(d: CalendarDate): number {
  let n = d.day;
  for (let m = 1; m < d.month; m++) n += monthDays(d.year, m);
  return n;
}

/** timeProgress = day of year ÷ days in year × 100, exact (not yet rounded). */
export function timeProgressExact(d: CalendarDate): Decimal {
  return mul(div(dayOfYear(d), daysInYear(d.year)), 100);
}

/** 序时进度 at the end of each month of a year (the line a dashboard draws execution against). */
export function monthlyTimeProgress(year: number): { month: number; date: string; timeProgress: Decimal }[] {
  return Array.from({ length: 12 }, (_, i) => {
    const d = { year, month: i + 1, day: monthDays(year, i + 1) };
    return {
      month: d.month,
      date: `${year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`,
      timeProgress: roundHalfUp(timeProgressExact(d), 2),
    };
  });
}
