// Public API of the quantity parser.
export type { Quantity, Qualifier, QuantityKind } from './types.js';
export { extractQuantities, parseQuantity, normalizeDigits, type ExtractOptions } from './extract.js';
export { agrees, halfStep, roundingSlack, sumAgrees } from './agree.js';
export { sameDimension, unitKind } from './units.js';
export { cellSign, negated, signBefore, MINUS, type SignMark } from './sign.js';
