// The indicator part of a 自评表 flattened one cell a line, empty cells as "|" lines (our own form,
// invented figures): the 权重 cells of its rows add up to the points its heading states.
import { describe, expect, it } from 'vitest';
import { parseText } from '../../documents/import/structure.js';
import { analyzeText } from './index.js';

const row = (cells: string[]) => cells.map((c) => `${c} |`);
const form = (a = '50', b = '30', c = '20', head = '绩效指标(100分)') =>
  ['项目支出绩效自评表 |', head, '一级指标', '二级指标', '三级指标', '指标值', '完成值', '权重', '得分']
    .map((c) => `${c} |`)
    .concat(
      row(['产出指标', '数量指标', '培训人次', '≥300人次', '', a, '']),
      row(['产出指标', '质量指标', '合格率', '≥95%', '', b, '']),
      row(['效益指标', '社会效益指标', '知晓率', '≥90%', '', c, '']),
      row(['合计', '100', '']),
    )
    .join('\n');

const check = (text: string) => analyzeText(parseText(text));
const errorsOf = (text: string) => check(text).findings.filter((f) => f.severity === 'error');

describe('weights of a one-cell-a-line indicator part', () => {
  it('add up to the heading’s points', () => {
    expect(errorsOf(form())).toEqual([]);
    expect(check(form()).relations.some((r) => r.kind === 'score' && r.verdict === 'ok' && r.stated === 100)).toBe(true);
  });
  it('a mistyped weight is an error naming the weights', () => {
    const errs = errorsOf(form('500'));
    expect(errs.map((f) => f.rule)).toEqual(['weightSum']);
    expect(errs[0]!.message).toContain('500 + 30 + 20 = 550');
  });
  it('a row that does not line up (a weight cell without a number) leaves the form unread', () => {
    expect(errorsOf(form('50', '', '20'))).toEqual([]);
    expect(check(form('50', '', '20')).relations.some((r) => r.kind === 'score')).toBe(false);
  });
  it('a heading without points, or rows without a 合计 after them, is not read', () => {
    expect(errorsOf(form('60', '30', '20', '绩效指标'))).toEqual([]);
    expect(errorsOf(form('60').replace('合计 |', '备注 |'))).toEqual([]);
  });
});
