import { describe, expect, it } from 'vitest';
import { evaluationWithIndicators, sampleIndicatorDefs } from '../../demo/reportFixtures.js';
import { indicatorTable, withUnit } from './indicator-table.js';

describe('the 自评表 figures carry their unit', () => {
  it('gives a bare number (a computed rate) the unit of its indicator', () => {
    expect(withUnit('86.5', '%')).toBe('86.5%');
    expect(withUnit('0', '%')).toBe('0%');
    expect(withUnit('10780', '人')).toBe('10780人');
  });

  it('leaves a figure that has its unit, a text, an empty cell, or an indicator without unit as written (look-alikes)', () => {
    expect(withUnit('82%', '%')).toBe('82%');
    expect(withUnit('部分达成', '%')).toBe('部分达成');
    expect(withUnit('≥95%', '%')).toBe('≥95%');
    expect(withUnit(null, '%')).toBe('');
    expect(withUnit('', '%')).toBe('');
    expect(withUnit('12', null)).toBe('12');
  });

  it('writes “95%” for a computed 95 in the table, and the target with its sign', () => {
    const e = evaluationWithIndicators();
    e.indicators = e.indicators.map((v) => (v.indicatorCode === '3.1.1' ? { ...v, target: '90', actual: '95' } : v));
    const t = indicatorTable(e, sampleIndicatorDefs, '自评表')!;
    const row = t.rows.find((r) => r.cells.some((c) => c.text === '受检妇女满意度'))!;
    const texts = row.cells.map((c) => c.text);
    expect(texts).toContain('≥90%');
    expect(texts).toContain('95%');
    // typed with a unit already: unchanged
    const typed = t.rows.find((r) => r.cells.some((c) => c.text === '“两癌”检查人数'))!;
    expect(typed.cells.map((c) => c.text)).toContain('10780人');
  });
});
