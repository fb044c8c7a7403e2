// A score form flattened to | rows (预算执行情况（10分） | 年度预算数（万元） | 年初预算 | 调整后预算数 | 预算执行数 |
// 预算执行率 | 权重 | 得分) whose 总额 row carries the form's long note (1.预算执行率=预算执行数/调整后预算数，…): the
// note names no columns, so the row stays a row of the header above it. Our own form and figures.
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../src/domain/checks/index.js';
import { parseText } from '../../src/documents/import/structure.js';

const errorsOf = (text: string) =>
  analyzeText(parseText(text))
    .findings.filter((f) => f.severity === 'error')
    .map((f) => [f.rule, f.stated, f.computed]);

const header = '预算执行情况（10分） | 年度预算数（万元） | 年初预算 | 调整后预算数 | 预算执行数 | 预算执行率 | 权重 | 得分 | 原因 |';
const note = '1.预算执行率=预算执行数/调整后预算数，预算执行率未达到90%的需说明原因（100字以内）；2.年中发生预算调整的，应单独说明理由。';
const form = (rate: string) =>
  [header, `总额 | 20.00 | 25.00 | 22.50 | ${rate} | 10 | 9 | ${note} |`, '其中：财政资金 | 20.00 | 25.00 | 22.50 | 90.00% | / | / | |'].join('\n');

describe('a 总额 row holding the form’s note', () => {
  it('a rate that holds gives no error', () => {
    expect(errorsOf(form('90.00%'))).toEqual([]);
  });
  it('a wrong rate is an error, read under the header above', () => {
    expect(errorsOf(form('95.00%'))).toContainEqual(['rate', '95%', '90.00%']);
  });
  it('look-alike: the row alone, with no header, names no columns', () => {
    expect(errorsOf(`总额 | 20.00 | 25.00 | 22.50 | 95.00% | 10 | 9 | ${note} |`)).toEqual([]);
  });
});
