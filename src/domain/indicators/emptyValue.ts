// One indicator row with nothing entered: what a new leaf, a carried-over target or a fixture starts from.
import type { IndicatorValue } from '../types.js';

export const emptyIndicatorValue = (indicatorCode: string, fields: Partial<IndicatorValue> = {}): IndicatorValue => ({
  indicatorCode,
  target: null,
  actual: null,
  score: null,
  deviationReason: null,
  applicable: true,
  achievement: null,
  ...fields,
});
