// An indicator value with nothing entered but what the test sets.
export { emptyIndicatorValue as indicatorValue } from '../../src/domain/indicators/emptyValue.js';
