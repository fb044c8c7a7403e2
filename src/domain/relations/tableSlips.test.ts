// A table total left unsure (rows that may nest, a row that may be lost) that one keystroke in one cell would
// make add up exactly: an error (invented cells).
import { describe, expect, it } from 'vitest';
import { tableSlip } from './tableSlips.js';
import type { Relation } from './types.js';
import { SIGNS_UNTOLD } from './unsignedChanges.js';

const total = (stated: string, parts: string[], verdict: Relation['verdict'] = 'unsure'): Relation => ({
  kind: 'tableTotal',
  verdict,
  stated: Number(stated.replace(/[^\d.]/g, '')),
  computed: parts.reduce((s, p) => s + Number(p.replace(/[^\d.]/g, '')), 0),
  statedText: stated,
  computedText: '',
  parts: parts.map((text) => ({ label: '', text, value: Number(text.replace(/[^\d.]/g, '')) })),
  labels: [],
  reason: '“基本支出”行 = 其下各分项之和',
  reasonEn: '',
  line: 3,
  text: '',
});

describe('a table total one keystroke off', () => {
  it('the total (426.15 for 416.15): an error naming the reading', () => {
    const r = tableSlip(total('426.15万元', ['288.40万元', '71.05万元', '56.70万元']));
    expect(r.verdict).toBe('error');
    expect(r.reason).toMatch(/“426.15万元”若为 416.15/);
  });
  it('a cell with two neighbouring digits swapped (1,372.60 for 1,732.60)', () => {
    expect(tableSlip(total('2,958.10', ['1,372.60', '805.20', '420.30'])).verdict).toBe('error');
  });
});

describe('left as they are', () => {
  it('a column that adds up, or a relation already judged', () => {
    expect(tableSlip(total('416.15万元', ['288.40万元', '71.05万元', '56.70万元'])).verdict).toBe('unsure');
    expect(tableSlip(total('426.15万元', ['288.40万元', '71.05万元', '56.70万元'], 'ok')).verdict).toBe('ok');
  });
  it('a gap that is no single digit (a row lost, a parent beside its children)', () => {
    expect(tableSlip(total('426.15万元', ['288.40万元', '71.05万元', '46.80万元'])).verdict).toBe('unsure');
    expect(tableSlip(total('416.15', ['416.15', '288.40', '71.05', '56.70'])).verdict).toBe('unsure');
  });
  it('cells of whole hundreds (the gap is where every cell ends)', () => {
    expect(tableSlip(total('3,900', ['2,100', '800', '700'])).verdict).toBe('unsure');
  });
  it('a gap that is a number of the table: a row the reader could not place, counted or left out', () => {
    expect(tableSlip(total('426.15万元', ['288.40万元', '71.05万元', '56.70万元']), ['288.40', '10.00', '71.05']).verdict).toBe('unsure');
  });
  it('cells of other units', () => {
    expect(tableSlip(total('426.15万元', ['288.40万元', '71.05元', '56.70万元'])).verdict).toBe('unsure');
  });
  it('a total left unsure for the signs of an 增减 column (marked so): a fall explains the gap, no slip is read', () => {
    const unsigned = { ...total('426.15', ['288.40', '71.05', '56.70']), signsUntold: true as const };
    expect(tableSlip(unsigned).verdict).toBe('unsure');
    // the mark, not the words of the reason, is what is read: the same words without it leave the slip reading on
    const worded = total('426.15', ['288.40', '71.05', '56.70']);
    expect(tableSlip({ ...worded, reason: `${worded.reason}；${SIGNS_UNTOLD.zh}` }).verdict).toBe('error');
  });
});
