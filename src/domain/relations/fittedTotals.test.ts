// A total column beside a run of part columns, learned from the rows (our own tables, invented figures).
import { describe, expect, it } from 'vitest';
import { relations } from '../../../test/helpers/relations.js';

const fitted = (text: string) =>
  relations(text)
    .filter((r) => r.reasonEn.startsWith('the total column is the sum of the adjacent columns'))
    .map((r) => [r.verdict, r.stated, r.computed]);

// one cell a line, the total column last and named by no total word
const cells = (x: string) =>
  ['单位：万元', '乡镇 |', '道路维修 |', '绿化养护 |', '环卫保洁 |', '本次下达金额 |']
    .concat(
      ['甲镇', '12.5', '8', '20', '40.5', '乙镇', '10', '6.5', '15', x, '丙镇', '9', '4', '11.2', '24.2', '丁镇', '7', '3', '10', '20'].map((c) => `${c} |`),
    )
    .join('\n');

describe('a total column learned from the rows', () => {
  it('each row: the last column is the sum of the three before it', () => {
    expect(fitted(cells('31.5')).map((v) => v[0])).toEqual(['ok', 'ok', 'ok', 'ok']);
    expect(fitted(cells('32.5'))).toContainEqual(['error', 32.5, 31.5]);
  });

  it('the total column first, named by no total word (下达数 | 一标段 | 二标段 | 三标段)', () => {
    const t = (x: string) =>
      ['单位：万元', '项目 下达数 一标段 二标段 三标段', '甲项目 100 60 30 10', `乙项目 ${x} 50 20 10`, '丙项目 45 25 15 5', '丁项目 30 10 10 10'].join('\n');
    expect(fitted(t('80')).map((v) => v[0])).toEqual(['ok', 'ok', 'ok', 'ok']);
    expect(fitted(t('85'))).toContainEqual(['error', 85, 80]);
  });

  it('look-alike: two rows of three fitting is no evidence (a subset 合计, or a coincidence): nothing read', () => {
    const t = ['单位：万元', '项目 合计 中央资金 省级资金', '甲项目 100 60 40', '乙项目 80 50 20', '丙项目 45 25 20'].join('\n');
    expect(fitted(t)).toEqual([]);
  });

  it('look-alike: a 差额 column that is zero in most rows fits no direction', () => {
    const t = ['单位：万元', '项目 预算数 决算数 差额', '甲 100 100 0', '乙 80 80 0', '丙 60 60 0', '丁 50 45 -5', '戊 30 30 0'].join('\n');
    expect(fitted(t)).toEqual([]);
  });

  it('look-alike: a table of years and 文号 numbers beside the amount adds nothing up', () => {
    const t = ['序号 年度 文号 金额', '1 2022 15 120', '2 2023 31 80', '3 2024 7 95', '4 2024 12 60'].join('\n');
    expect(fitted(t)).toEqual([]);
  });
});
