// Tables with a prior, a current and a change column (our own tables, invented figures).
import { describe, expect, it } from 'vitest';
import { relations, errors } from '../../../test/helpers/relations.js';

const table = [
  '单位：元',
  '项目 | 上年同期 | 本期 | 增减额 | 增长率',
  '总收入 | 500.00 | 560.00 | 60.00 | 12.00%',
  '其中：拨款收入 | 300.00 | 340.00 | 40.00 | 13.33%',
  '其他收入 | 200.00 | 180.00 | -20.00 | -10.00%',
].join('\n');

describe('a change column and a rate column', () => {
  it('every row holds: change = current − prior, rate = change ÷ prior', () => {
    expect(errors(table)).toEqual([]);
    const kinds = relations(table).filter((r) => r.kind === 'difference' || r.kind === 'yoy');
    expect(kinds.map((r) => [r.kind, r.verdict, r.stated])).toEqual([
      ['difference', 'ok', 60],
      ['yoy', 'ok', 12],
      ['difference', 'ok', 40],
      ['yoy', 'ok', 13.33],
      ['difference', 'ok', -20],
      ['yoy', 'ok', -10],
    ]);
  });
  it('a wrong change or a wrong rate is an error', () => {
    expect(errors(table.replace('| 40.00 |', '| 45.00 |'))).toContainEqual(['difference', 45, 40]);
    expect(errors(table.replace('13.33%', '15.33%'))).toEqual([['yoy', 15.33, 13.33]]);
    // a fall written without its sign is a rise of the same size: an error
    expect(errors(table.replace('-10.00%', '10.00%'))).toEqual([['yoy', 10, -10]]);
  });
  it('two year columns: the earlier one is the prior', () => {
    const t = '项目 | 2023年度 | 2024年度 | 增减值 | 增减%\n支出总计 | 800 | 880 | 80 | 10%';
    expect(
      relations(t)
        .filter((r) => r.kind === 'yoy')
        .map((r) => [r.verdict, r.computed]),
    ).toEqual([['ok', 10]]);
  });
  it('no change is read without words for the prior and the current column', () => {
    const t = '项目 | 预算数 | 决算数 | 差额\n基本支出 | 100 | 90 | 15';
    expect(relations(t).filter((r) => r.kind === 'difference' || r.kind === 'yoy')).toEqual([]);
  });
});

describe('a change table flattened onto one line (a loose table)', () => {
  const line = '表3 支出决算对比表 单位：万元 项目 上年数 本年数 增减额 基本支出 200.00 210.50 10.50 项目支出 80.00 75.00 -5.00 合计 280.00 285.50 5.50';
  it("a row's own change is checked like a ruled table's", () => {
    expect(errors(line)).toEqual([]);
    // the signed cell is also a part of the change column's 合计 (10.50 − 6.00 ≠ 5.50)
    expect(errors(line.replace('75.00 -5.00', '75.00 -6.00'))).toEqual([
      ['tableTotal', 5.5, 4.5],
      ['difference', -6, -5],
    ]);
  });
  it('a total over rows read in full is checked; with a row that lost a cell it stays unsure', () => {
    const wrong = line.replace('合计 280.00 285.50 5.50', '合计 290.00 295.50 5.50');
    expect(errors(wrong).map((e) => e[0])).toContain('tableTotal');
    const lost = wrong.replace('项目支出 80.00 75.00 -5.00', '项目支出 80.00');
    expect(errors(lost)).toEqual([]);
    expect(relations(lost).filter((r) => r.kind === 'tableTotal' && r.verdict === 'unsure').length).toBeGreaterThan(0);
  });
});

describe('a change column named by 增减 alone after the year columns (rates9)', () => {
  const t = '项目 | 2023年预算数 | 2024年预算数 | 2024年预算数增减 | 增减原因\n接待费 | 50.00 | 42.50 | -7.50 | 压减\n车辆费 | 30.00 | 36.00 | 6.00 | |';
  it('each row: the change is the later year less the earlier', () => {
    expect(
      relations(t)
        .filter((r) => r.kind === 'difference')
        .map((r) => [r.verdict, r.stated]),
    ).toEqual([
      ['ok', -7.5],
      ['ok', 6],
    ]);
    expect(errors(t.replace('| 6.00 |', '| 8.00 |'))).toEqual([['difference', 8, 6]]);
  });
  it('a column of reasons (增减原因) is never the change column', () => {
    const reasons = '项目 | 2023年预算数 | 2024年预算数 | 增减原因\n接待费 | 50.00 | 42.50 | 9.00 |';
    expect(relations(reasons).filter((r) => r.kind === 'difference')).toEqual([]);
  });
});
