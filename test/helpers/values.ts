// An indicator value with nothing entered but what the test sets.
import { emptyIndicatorValue } from '../../src/domain/indicators/emptyValue.js';
export { emptyIndicatorValue as indicatorValue };

/** Every leaf of an indicator table marked 不适用: the total is then 0.00, not "—", so a workflow test may 公开 without filling a year. */
export const noneApplicable = (rows: { code: string; leaf: boolean }[]) =>
  rows.filter((r) => r.leaf).map((r) => emptyIndicatorValue(r.code, { applicable: false }));
