import { describe, expect, it } from 'vitest';
import { typedCount } from './ProfileTab.js';

describe('a head count as typed in 基本情况', () => {
  it('reads full-width digits, a unit after the number and thousands separators', () => {
    expect(typedCount('５')).toBe('5');
    expect(typedCount('１２')).toBe('12');
    expect(typedCount('5人')).toBe('5');
    expect(typedCount('1,200')).toBe('1200');
  });
  it('an emptied box stays empty; what is not one number is left to the input, which refuses it as before', () => {
    expect(typedCount('')).toBe('');
    expect(typedCount(' ')).toBe('');
    expect(typedCount(undefined)).toBe('');
    expect(typedCount('五')).toBe('五');
    expect(typedCount('3-5')).toBe('3-5');
  });
});
