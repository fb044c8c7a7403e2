import Big from 'big.js';
import { describe, expect, it } from 'vitest';
import { abs, add, sub, div, mul, normalize, roundHalfUp, shift, sum, cmp } from './decimal.js';

describe('decimal', () => {
  it('adds exactly where floats drift', () => {
    expect(add('0.1', '0.2')).toBe('0.3');
    expect(sum(['30', '30', '29.99'])).toBe('89.99');
    expect(sub('153.98', '153.98')).toBe('0');
  });
  it('normalizes', () => {
    expect(normalize('153.980')).toBe('153.98');
    expect(normalize('-0')).toBe('0');
    expect(normalize('1e3')).toBe('1000');
  });
  it('divides and rounds half-up', () => {
    expect(roundHalfUp(mul(div('10780', '10361'), 100), 2)).toBe('104.04');
    expect(roundHalfUp('9.685', 2)).toBe('9.69');
    expect(roundHalfUp('2.5', 0)).toBe('3');
  });
  it('shifts by powers of ten', () => {
    expect(shift('1.9', 4)).toBe('19000');
    expect(shift('101.76', 4)).toBe('1017600');
    expect(shift('153.98', -4)).toBe('0.015398');
  });
  it('shifts and normalizes plain strings exactly as big.js does (the string fast path)', () => {
    expect(shift('-0.0', 3)).toBe('0');
    expect(shift('007.50', 1)).toBe('75');
    expect(shift('1', -3)).toBe('0.001');
    expect(normalize('-000.000')).toBe('0');
    expect(normalize('0012.3400')).toBe('12.34');
    const viaBig = (x: string, n: number) => normalize(new Big(x).times(new Big(10).pow(n)).toFixed(20));
    let seed = 7;
    const next = (k: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648), seed % k);
    const digits = () => Array.from({ length: 1 + next(7) }, () => (next(3) ? String(next(10)) : '0')).join('');
    for (let i = 0; i < 2000; i++) {
      const x = `${next(4) ? '' : '-'}${digits()}${next(2) ? `.${digits()}` : ''}`;
      const n = next(17) - 8;
      expect(shift(x, n), `${x} × 10^${n}`).toBe(viaBig(x, n));
    }
  });
  it('compares', () => {
    expect(cmp('2', '10')).toBe(-1);
    expect(cmp('10.0', '10')).toBe(0);
  });
});

describe('plain decimals without big.js (digit paths) give what big.js gives', () => {
  it('add, sub, mul, sum across scales and signs, canonical', () => {
    expect(add('153.980', '-0.98')).toBe('153');
    expect(sub('0.1', '0.30')).toBe('-0.2');
    expect(sub('-0', '0.0')).toBe('0');
    expect(mul('-0.25', '0.4')).toBe('-0.1');
    expect(mul('12.5', 100)).toBe('1250');
    expect(sum(['0.1', '0.2', '-0.3'])).toBe('0');
    expect(add('1e3', '1')).toBe('1001'); // an exponent goes through big.js
  });
  it('cmp and abs by the digits', () => {
    expect(cmp('-0', '0.00')).toBe(0);
    expect(cmp('0.5', '0.49')).toBe(1);
    expect(cmp('-10', '-9.99')).toBe(-1);
    expect(cmp('007', 7)).toBe(0);
    expect(abs('-0.50')).toBe('0.5');
  });
  it('roundHalfUp: half away from zero, trailing zeros kept, no sign on a zero', () => {
    expect(roundHalfUp('9.685', 2)).toBe('9.69');
    expect(roundHalfUp('-9.685', 2)).toBe('-9.69');
    expect(roundHalfUp('-0.004', 2)).toBe('0.00');
    expect(roundHalfUp('2', 3)).toBe('2.000');
    expect(roundHalfUp('0.5', 0)).toBe('1');
  });
});
