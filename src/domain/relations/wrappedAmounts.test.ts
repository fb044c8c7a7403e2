// A short line without punctuation before a line that opens with an amount and its unit (PDF wrapping:
// "…年度收入支出总计 ⏎ 4870.25 万元。与…") is half a sentence, not a heading (our sentences, invented figures).
import { describe, expect, it } from 'vitest';
import { errors, ofKind } from '../../../test/helpers/relations.js';

const text = [
  '一、收入支出决算总体情况说明',
  '某某区文化馆 2025 年度收入支出总计',
  '4870.25 万元。与 2024 年度相比，收入支出总计增加 870.25',
  '万元，增长 21.76%。主要原因：项目经费增加。',
].join('\n');

describe('a line that opens with an amount goes on the line before', () => {
  it('the total and its change are one sentence', () => {
    expect(errors(text)).toEqual([]);
    expect(ofKind(text, 'yoy')).toEqual([['ok', 21.76, 21.76]]);
  });
  it('a wrong rate is an error', () => {
    expect(errors(text.replace('21.76%', '23.76%'))).toEqual([['yoy', 23.76, 21.76]]);
  });
  it('a numbered heading before such a line stays a heading (look-alike)', () => {
    const t = ['（一）收入支出总计', '4870.25 万元，比上年增加 870.25 万元，增长 21.76%。'].join('\n');
    expect(errors(t)).toEqual([]);
    expect(ofKind(t, 'yoy')).toEqual([['ok', 21.76, 21.76]]);
  });
});
