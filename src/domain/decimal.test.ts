import { describe, expect, it } from 'vitest';
import { add, sub, div, mul, normalize, roundHalfUp, shift, sum, cmp } from './decimal.js';

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
  it('compares', () => {
    expect(cmp('2', '10')).toBe(-1);
    expect(cmp('10.0', '10')).toBe(0);
  });
});
