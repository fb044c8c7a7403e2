// Flattened tables that look like sums or rates and are not (our own texts, invented figures): no error
// may come of them. Plus the one-其中-row case: a part of the total, not surely all of it.
import { describe, expect, it } from 'vitest';
import { errors, ofKind } from '../../../test/helpers/relations.js';

describe('flattened look-alikes', () => {
  it('a table of dates and 文号 with a 合计 of the money column only', () => {
    const t = [
      '单位：万元',
      '序号 文号 下达日期 金额',
      '1 甲财预〔2024〕12号 2024年3月5日 120.00',
      '2 甲财预〔2024〕31号 2024年6月18日 80.00',
      '合计 200.00',
    ].join('\n');
    expect(errors(t)).toEqual([]);
  });

  it('a table of 编号 and ranges (标准 10-20) beside the amounts', () => {
    const t = ['单位：万元', '编号 项目 补助标准 金额', '101 甲村道路 10-20 35.00', '102 乙村水渠 5-8 12.00', '合计 47.00'].join('\n');
    expect(errors(t)).toEqual([]);
  });

  it('a 合计 column that is only a subset of the columns after it (其中 columns are not all listed)', () => {
    const t = ['单位：万元', '项目 合计 其中：中央资金 省级资金', '甲项目 100 40 30', '乙项目 60 20 20'].join('\n');
    expect(errors(t)).toEqual([]);
  });

  it('a score line whose 合计 carries 分值 and 得分 side by side: no single sum over both', () => {
    expect(errors('指标 分值 得分 决策 15分 14分 过程 25分 22分 产出 40分 37分 效益 20分 18分 合计 100分 91分')).toEqual([]);
    expect(errors('指标 分值 得分 决策 15分 14分 过程 25分 22分 产出 40分 37分 效益 20分 18分 合计 100分 93分')).toContainEqual(['sum', 93, 91]);
  });
});

describe('one 其中 row under a total', () => {
  const form = (b: string) =>
    [
      '绩效自评表',
      '年度预算申请（万元） 年初预算数 全年预算数 全年执行数 分值 执行率 得分',
      '年度资金总额 500 520 494 10 95% 9.5',
      `其中：基本支出 ${b} — 98.39% —`,
    ].join('\n');

  it('alone (the table cut after it): a mismatch is unsure, not an error', () => {
    expect(ofKind(form('300 310 305'), 'tableTotal').map((v) => v[0])).toEqual(['unsure', 'unsure', 'unsure']);
  });

  it('with its sibling rows the 其中 rows are the whole: a mismatch is an error', () => {
    const t = (x: string) =>
      ['单位：万元', '项目 年初预算数 全年预算数 全年执行数', '年度资金总额 500 520 494', '其中：财政拨款 300 310 305', `其他资金 200 210 ${x}`].join('\n');
    expect(ofKind(t('189'), 'tableTotal').map((v) => v[0])).toEqual(['ok', 'ok', 'ok']);
    expect(errors(t('179'))).toContainEqual(['tableTotal', 494, 484]);
  });
});
