// 预算数 | 决算数 | 增减额 columns, in a document table and flattened onto one line (our own invented figures).
import { describe, expect, it } from 'vitest';
import { relations } from '../../../test/helpers/relations.js';

const rel = (text: string) => relations(text).filter((r) => r.kind === 'difference' && r.reasonEn.startsWith('the difference column is the actual'));
const verdicts = (text: string) => rel(text).map((r) => [r.verdict, r.stated, r.computed]);

describe('budget against actual difference columns', () => {
  const doc = (x: string) => ['单位:万元', '项目 | 预算数 | 决算数 | 增减额', '办公费 | 8.00 | 7.40 | -0.60', `会议费 | 3.00 | 3.50 | ${x}`].join('\n');
  it('增减额 = 决算数 − 预算数, per row', () => {
    expect(verdicts(doc('0.50'))).toEqual([
      ['ok', -0.6, -0.6],
      ['ok', 0.5, 0.5],
    ]);
    expect(verdicts(doc('0.70'))).toContainEqual(['error', 0.7, 0.5]);
    expect(verdicts(doc('-0.50'))).toContainEqual(['error', -0.5, 0.5]);
  });

  it('written without a sign where the figures give a negative difference: unsure (预算 − 决算 is also written)', () => {
    expect(verdicts(doc('0.50').replace('-0.60', '0.60'))).toContainEqual(['unsure', 0.6, -0.6]);
  });

  it('flattened onto one line', () => {
    const flat = (x: string) => `公用经费情况：单位：万元 项目 预算数 决算数 增减额 办公费 8.00 7.40 -0.60 会议费 3.00 3.50 ${x} 总体控制较好。`;
    expect(verdicts(flat('0.50')).map((v) => v[0])).toEqual(['ok', 'ok']);
    expect(verdicts(flat('0.90'))).toContainEqual(['error', 0.9, 0.5]);
  });

  it('look-alikes: year-on-year columns, two budget columns, a 增减率 column: not read here', () => {
    expect(rel(['单位:万元', '项目 | 上年决算数 | 本年预算数 | 本年决算数 | 增减额', '办公费 | 7 | 8 | 9 | 2'].join('\n'))).toEqual([]);
    expect(rel(['单位:万元', '项目 | 年初预算数 | 调整后预算数 | 决算数 | 增减额', '办公费 | 7 | 8 | 9 | 5'].join('\n'))).toEqual([]);
    expect(rel(['单位:万元', '项目 | 预算数 | 决算数 | 增减率%', '办公费 | 8 | 9 | 12.50'].join('\n'))).toEqual([]);
  });
});
