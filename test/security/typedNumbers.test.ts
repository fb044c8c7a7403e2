// Full-width digits in a field a schema marks as a number-as-string; nothing else is rewritten.
import { describe, expect, it } from 'vitest';
import { asciiNumber, readTypedNumbers, typedNumber } from '../../src/server/typedNumbers.js';

const decimal = typedNumber({ type: 'string', pattern: '^\\s*-?\\d{1,15}(\\.\\d{1,6})?\\s*$' });
const schema = {
  type: 'object',
  properties: {
    note: { type: 'string' },
    rows: { type: 'array', items: { type: 'object', properties: { executed: { anyOf: [decimal, { type: 'null' }, { type: 'string', maxLength: 0 }] } } } },
    total: decimal,
  },
};

describe('readTypedNumbers', () => {
  it('rewrites marked fields at any depth, through anyOf and arrays, and leaves other text as typed', () => {
    const body = { note: '１２３．４５', rows: [{ executed: '１２．５' }, { executed: null }, { executed: '' }, { executed: '－３' }], total: ' ９９ ' };
    readTypedNumbers(schema, body);
    expect(body).toEqual({ note: '１２３．４５', rows: [{ executed: '12.5' }, { executed: null }, { executed: '' }, { executed: '-3' }], total: ' 99 ' });
  });
  it('maps only digits, the point and the minus (U+FF0D, U+2212)', () => {
    expect(asciiNumber('１２３４５６７８９０．０１')).toBe('1234567890.01');
    expect(asciiNumber('−５')).toBe('-5');
    expect(asciiNumber('１，２３４万元')).toBe('1，234万元');
  });
  it('leaves a body of the wrong shape for the schema to refuse', () => {
    expect(readTypedNumbers(schema, 'x')).toBe('x');
    expect(readTypedNumbers(schema, [1])).toEqual([1]);
    expect(readTypedNumbers(undefined, { total: '１' })).toEqual({ total: '１' });
  });
});
