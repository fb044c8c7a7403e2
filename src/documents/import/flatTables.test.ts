// Tables flattened into running text become DocTables of the document structure once, and both the
// checker and the importer read those same tables (our words, invented figures).
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../domain/checks/index.js';
import { importEvaluation } from './evaluation.js';
import { parseText } from './structure.js';

const selfTable = (rate: string, score = '9.5') =>
  [
    '某某站2024年度项目支出绩效自评表',
    '项目名称 乡村文化服务 单位:万元',
    `项目资金 年初预算数 全年预算数 全年执行数 分值 执行率 得分 年度资金总额 50 60 57 10 ${rate} ${score} 其中:当年财政拨款 50 60 57`,
    '二、工作完成情况',
    '全年共举办活动 12 场。',
  ].join('\n');

describe('one flattened-table reader, in the document structure', () => {
  it('a 项目支出绩效自评表 on one line is a loose DocTable: header, rows and the unit stated before it', () => {
    const doc = parseText(selfTable('95.00%'));
    const t = doc.tables.find((x) => x.loose)!;
    expect(t.unit).toBe('万元');
    expect(t.rows[0]).toEqual(['项目', '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分']);
    expect(t.rows[1]).toEqual(['年度资金总额', '50', '60', '57', '10', '95.00%', '9.5']);
    expect(t.rows[2]).toEqual(['其中:当年财政拨款', '50', '60', '57', '', '', '']);
    expect(t.rowLines).toEqual([2, 2, 2]);
    // its lines stay prose: the section after it is still found
    expect(doc.sections.map((s) => s.title)).toContain('工作完成情况');
  });

  it('the checker reads the row it states: a 执行率 that 57 ÷ 60 does not give is an error, the right one is not', () => {
    const bad = analyzeText(parseText(selfTable('90.00%', '9')));
    expect(bad.findings.filter((f) => f.severity === 'error').map((f) => f.rule)).toEqual(['rate']);
    const good = analyzeText(parseText(selfTable('95.00%')));
    expect(good.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('the importer places the same table’s cells', () => {
    const r = importEvaluation(parseText(selfTable('95.00%')), { year: 2024 });
    expect(r.draft.budgetLines.find((l) => l.key === 'total')).toMatchObject({ initial: '50', adjusted: '60', executed: '57' });
  });

  const totals = (text: string) =>
    analyzeText(parseText(text))
      .relations.filter((r) => r.kind === 'tableTotal')
      .map((r) => [r.verdict, r.stated, r.computed]);

  it('a table read in full (every run of numbers a row, a cell for each column) has its totals checked', () => {
    const line = (x: string) => `本处支出如下：单位:万元 项目 年初预算数 决算数 办公费 30 29 印刷费 20 21 合计 50 ${x} 以上为本年支出。`;
    expect(totals(line('60'))).toEqual([
      ['ok', 50, 50],
      ['error', 60, 50],
    ]);
    expect(analyzeText(parseText(line('50'))).findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('a 合计 of a loose table that may have lost a row or a cell is unsure, never an error', () => {
    // a run of numbers that became no row (its label reads as a sentence) before the 合计
    expect(totals('单位:万元 项目 年初预算数 决算数 办公费 30 29 印刷、复印费，含装订 5 5 印刷费 20 21 合计 55 60')).toContainEqual(['unsure', 60, 50]);
    // a row with fewer amounts than columns: which cell is blank is not known
    expect(totals('单位:万元 项目 年初预算数 决算数 办公费 30 29 印刷费 21 合计 50 60')).not.toContainEqual(['error', 60, 50]);
    // a sentence between the rows and the 合计
    expect(totals('单位:万元 项目 年初预算数 决算数 办公费 30 29 印刷费 20 21 其余见附件。 合计 50 60')).toContainEqual(['unsure', 60, 50]);
  });

  it('look-alikes after a table read in full raise no error: a phone number, a 文号, year columns', () => {
    const after = ['联系电话 0571 87654321', '依据文号 2023 15', '项目 2021年 2022年 2023年 办公费 10 12 14 合计 10 12 14', '附表编码 201 20101'];
    for (const a of after) {
      const doc = parseText(['单位:万元', `项目 年初预算数 决算数 办公费 30 29 印刷费 20 21 合计 50 50 ${a}`].join('\n'));
      expect(analyzeText(doc).findings.filter((f) => f.severity === 'error')).toEqual([]);
    }
  });

  it('其中 rows short of only the trailing 分值 | 执行率 | 得分 cells still count as read in full', () => {
    const line = (x: string) =>
      `单位:万元 项目资金 年初预算数 全年预算数 全年执行数 分值 执行率 得分 年度资金总额 50 60 57 10 95.00% 9.5 其中:当年财政拨款 50 60 ${x} 上年结转资金 0 0 0 其他资金 0 0 0 二、工作完成情况`;
    expect(totals(line('57'))).toEqual([
      ['ok', 50, 50],
      ['ok', 60, 60],
      ['ok', 57, 57],
    ]);
    expect(totals(line('55'))).toContainEqual(['error', 57, 55]);
    // a row short of an amount cell is not
    expect(totals(line('55').replace('上年结转资金 0 0 0', '上年结转资金 0 0'))).toContainEqual(['unsure', 57, 55]);
  });

  it('a one-column table written down its column (names, then the column, then as many amounts)', () => {
    const down = (x: string) => ['某所支出表', '单位：万元', '项目', '办公费', '差旅费', '合计', '决算数', '12.50', '7.50', x].join('\n');
    expect(parseText(down('20.00')).tables[0]!.rows).toEqual([
      ['项目', '决算数'],
      ['办公费', '12.50'],
      ['差旅费', '7.50'],
      ['合计', '20.00'],
    ]);
    expect(totals(down('20.00'))).toEqual([['ok', 20, 20]]);
    expect(totals(down('21.00'))).toEqual([['error', 21, 20]]);
    // look-alikes: one amount fewer than the names, or a name that is a sentence
    expect(parseText(down('20.00').replace('\n7.50', '')).tables).toEqual([]);
    expect(parseText(down('20.00').replace('差旅费', '差旅费，含会议'))).toMatchObject({ tables: [] });
  });

  it('a whole table flattened onto one | line is read as a flattened table, not as one wide row', () => {
    const line = (x: string) =>
      `支出情况。金额单位：元 项目 | 年初预算数 | 决算数 | 合计 | 500,000.00 | ${x} | 基本支出 | 300,000.00 | 290,000.00 | 项目支出 | 200,000.00 | 190,000.00 | 以上为全年支出。`;
    const doc = parseText(line('480,000.00'));
    expect(doc.tables).toHaveLength(1);
    expect(doc.tables[0]!.rows[0]).toEqual(['项目', '年初预算数', '决算数']);
    expect(totals(line('480,000.00'))).toContainEqual(['ok', 480000, 480000]);
    expect(totals(line('490,000.00'))).toContainEqual(['error', 490000, 480000]);
    // a one-row | line without a header stays the row it is
    expect(parseText('单位：元\n合计 | 120 | 118 | 98.33%').tables[0]!.rows).toEqual([['合计', '120', '118', '98.33%']]);
  });

  it('no unit, a number right after a header, page furniture: no table', () => {
    expect(parseText('项目 年初预算数 决算数 办公费 30 29 合计 50 60').tables).toEqual([]);
    expect(parseText('单位:万元 项目 年初预算数 决算数 30 29').tables).toEqual([]);
    expect(parseText('单位:万元 年初预算数 决算数 第 2 页,共 46 页').tables).toEqual([]);
  });

  it('a long line of numbers is read in bounded work and states no table without labels', () => {
    const doc = parseText(`单位:万元 项目 预算数 决算数 ${Array.from({ length: 50_000 }, (_, i) => String(i)).join(' ')}`);
    expect(doc.tables).toEqual([]);
  });
});

describe('an indicator value under money columns read far above', () => {
  it('实际完成值 1620 after the money rows is no money row (a count, not 1620万元 of a 全年预算数)', () => {
    const text = [
      '某某站2024年度项目支出绩效自评表',
      '项目名称 乡村文化服务 单位:万元',
      '项目资金 年初预算数 全年预算数 全年执行数 分值 执行率 得分 年度资金总额 50 60 57 10 95.00% 9.5 年度总体目标 完成全年任务 一级指标 产出指标 数量指标 服务人次 实际 指标值 完成值 1620 分值 得分',
    ].join('\n');
    const r = importEvaluation(parseText(text), { year: 2024 });
    expect(r.unplaced.filter((u) => u.startsWith('1620'))).toEqual([]);
    expect(parseText(text).tables.flatMap((t) => t.rows.map((x) => x[0]))).not.toContain('完成值');
    // look-alike: the money row itself is still read
    expect(r.recognised.placed.map((p) => `${p.cell}=${p.value}`)).toContain('年度资金总额 · 全年执行数=57');
  });
});
