import { describe, expect, it } from 'vitest';
import { beijingMinute } from './beijingTime.js';

describe('beijingMinute', () => {
  it('shows 北京时间 as YYYY-MM-DD HH:mm whatever the input zone', () => {
    expect(beijingMinute('2026-12-05T01:02:59Z')).toBe('2026-12-05 09:02');
    expect(beijingMinute('2026-12-31T16:30:00.000Z')).toBe('2027-01-01 00:30'); // crosses midnight and the year
    expect(beijingMinute('2026-06-01T08:00:00+08:00')).toBe('2026-06-01 08:00');
  });
  it('shows nothing for a missing or unreadable value', () => {
    expect(beijingMinute(null)).toBe('');
    expect(beijingMinute('')).toBe('');
    expect(beijingMinute('not a date')).toBe('');
  });
});
