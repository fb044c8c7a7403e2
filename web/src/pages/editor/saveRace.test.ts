import { describe, expect, it } from 'vitest';
import { afterStale, MAX_MERGES } from './saveRace.js';

describe('a stale save', () => {
  it('merges and saves again while nothing conflicts, up to MAX_MERGES in a row', () => {
    expect(afterStale(0, 0)).toBe('merge');
    expect(afterStale(0, MAX_MERGES - 1)).toBe('merge');
  });

  it('stops (no dialog with nothing to choose) after MAX_MERGES merges in a row', () => {
    expect(afterStale(0, MAX_MERGES)).toBe('stop');
    expect(afterStale(0, MAX_MERGES + 3)).toBe('stop');
  });

  it('asks, field by field, whenever both sides changed a field differently', () => {
    expect(afterStale(1, 0)).toBe('ask');
    expect(afterStale(2, MAX_MERGES)).toBe('ask');
  });
});
