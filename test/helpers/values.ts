// An indicator value with nothing entered but what the test sets.
import type { IndicatorValue } from '../../src/domain/types.js';

export const indicatorValue = (indicatorCode: string, patch: Partial<IndicatorValue> = {}): IndicatorValue => ({
  indicatorCode,
  target: null,
  actual: null,
  score: null,
  deviationReason: null,
  applicable: true,
  achievement: null,
  ...patch,
});
