// The 分值 / 得分 of a 自评表 funds row are the score of the form's 预算执行率: the framework leaf of that name takes
// them. Our own forms, invented figures.
import { describe, expect, it } from 'vitest';
import { builtinFramework } from '../../domain/frameworks/builtin.js';
import { importEvaluation } from './evaluation.js';
import { textToDocument } from './read.js';

const project = builtinFramework('project-expenditure')!;
const load = (lines: string[], framework = project) =>
  importEvaluation(textToDocument(Buffer.from(['某县文化馆2031年度项目支出绩效自评报告', ...lines].join('\n'), 'utf8'), 'x.txt'), { year: 2031, framework });
const leaf = (r: ReturnType<typeof load>) => r.draft.indicators.find((v) => v.indicatorCode === '1.1.1');

describe('the funds row of a 自评表', () => {
  it('年初预算 | 调整后预算数 | 预算执行数 | 预算执行率 | 权重 | 得分, the header one cell wider than its rows: 得分 9 to 预算执行率', () => {
    const r = load([
      '预算执行情况(10分) | 年度预算数(万元) | 年初预算 | 调整后预算数 | 预算执行数 | 预算执行率 | 权重 | 得分 | 原因 |',
      '总额 | 40.00 | 42.50 | 38.25 | 90.00% | 10 | 9 | 采购节约 |',
      '其中:财政资金 | 40.00 | 42.50 | 38.25 | 90.00% | / | / | |',
    ]);
    expect(leaf(r)?.score).toBe('9');
    expect(r.recognised.indicators).toEqual([expect.objectContaining({ name: '预算执行率', weight: '10', score: '9', actual: null, code: '1.1.1' })]);
    // the money cells are read as before
    expect(r.recognised.placed.map((p) => `${p.cell}=${p.value}`)).toContain('年度资金总额 · 全年执行数=38.25');
  });

  it('年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 (分值 before the rate)', () => {
    const r = load(['项目资金（万元） | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |', '年度资金总额 | 60 | 60 | 57 | 10 | 95% | 9.5 |']);
    expect(leaf(r)?.score).toBe('9.5');
    expect(r.unplaced).toEqual([]);
  });

  it.each([
    [
      ['项目资金（万元） | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |', '年度资金总额 | 60 | 60 | 57 | 10 | 95% | 12 |'],
      '得分 above its 分值',
    ],
    [
      ['项目资金（万元） | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |', '其中：财政资金 | 60 | 60 | 57 | 10 | 95% | 9.5 |'],
      'no total row (a source row is not the form’s)',
    ],
    [['项目资金（万元） | 年初预算数 | 全年预算数 | 全年执行数 | 执行率 |', '年度资金总额 | 60 | 60 | 57 | 95% |'], 'no 得分 column'],
    [['项目资金（万元） | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |', '年度资金总额 | 60 | 60 | 57 | 10 | 95% | |'], '得分 left empty'],
  ])('look-alike: no score taken (%#: %s)', (lines) => {
    const r = load(lines as string[]);
    expect(leaf(r)?.score ?? null).toBeNull();
    expect(r.recognised.indicators).toEqual([]);
  });

  it('a framework with no 预算执行率 leaf: the row is kept for the framework the draft is written with, nothing listed for it', () => {
    const r = load(
      ['项目资金（万元） | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |', '年度资金总额 | 60 | 60 | 57 | 10 | 95% | 9.5 |'],
      builtinFramework('hunan-provincial')!,
    );
    expect(r.recognised.indicators).toEqual([]);
    expect(r.unplaced.filter((u) => u.includes('预算执行率'))).toEqual([]);
    expect(r.draft.reportIndicators?.flatMap((t) => t.indicators.map((i) => i.score))).toEqual(['9.5']);
  });
});
