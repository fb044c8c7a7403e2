// Indicator rows whose 分值 and 得分 a converter wrote into one cell (1010, 109.5), and targets written over three
// cells (指标性质 ≧ | 指标值 300 | 度量单位 人次). Our words, invented figures.
import { describe, expect, it } from 'vitest';
import { splitScores } from './indicatorTables.js';
import { textToDocument } from './read.js';
import { textIndicators } from './textIndicators.js';

const read = (lines: string[]) => {
  const d = textToDocument(Buffer.from(['某县文化馆2030年度部门整体支出绩效自评报告', '三、绩效指标完成情况', ...lines, '四、存在的问题', '无。'].join('\n')));
  return textIndicators(d.lines, d.tables);
};
const fields = (t: ReturnType<typeof read>) => t.tables.flatMap((x) => x.indicators).map((i) => [i.name, i.target, i.actual, i.weight, i.score]);

describe('分值 and 得分 in one cell', () => {
  it.each([
    ['1010', ['10', '10']],
    ['109.5', ['10', '9.5']],
    ['9.59.5', ['9.5', '9.5']],
    ['2018', ['20', '18']],
    ['107.25', ['10', '7.25']],
  ])('%s is cut one way only: %j', (cell, cut) => {
    expect(splitScores(cell)).toEqual(cut);
  });

  it.each([
    ['10', 'a lone 分值'],
    ['100', 'a lone 100, or 10 | 0'],
    ['55', 'a lone 55, or 5 | 5'],
    ['110', '11 | 0 scores nothing (a count of 110 as well)'],
    ['735', 'a count: 7 | 35 or 73 | 5 hold no 分值'],
    ['2021', '20 | 21 scores above its 分值'],
    ['1098', 'no cut holds'],
  ])('look-alike %s is not cut (%s)', (cell) => {
    expect(splitScores(cell)).toBeNull();
  });

  it('space-separated rows: the last number cut into 分值 and 得分; one that cannot be cut is listed', () => {
    const t = read(['三级指标 年度指标值 实际完成值 分值 得分', '预算执行率 ≥95% 98.5% 1010', '结转结余率 ≤10% 5.2% 109.5', '读者满意度 ≥90% 94% 1098']);
    expect(fields(t)).toEqual([
      ['预算执行率', '≥95%', '98.5%', '10', '10'],
      ['结转结余率', '≤10%', '5.2%', '10', '9.5'],
    ]);
    expect(t.unread).toEqual([expect.stringContaining('读者满意度 ≥90% 94% 1098')]);
  });

  it('| rows: the glued cell under 分值 with 得分 empty is cut; one that cannot be cut keeps the row, not its scores', () => {
    const t = read(['| 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |', '| 预算执行率 | ≥95% | 98.5% | 109.5 | |', '| 读者满意度 | ≥90% | 94% | 1098 | |']);
    expect(fields(t)).toEqual([
      ['预算执行率', '≥95%', '98.5%', '10', '9.5'],
      ['读者满意度', '≥90%', '94%', null, null],
    ]);
    expect(t.unread).toEqual([expect.stringMatching(/^指标“读者满意度”的分值和得分写在一格（1098），分不开/)]);
  });

  it('look-alike: 分值 and 得分 in their own cells are read as written (10 | 10, not cut again)', () => {
    const t = read(['三级指标\t年度指标值\t实际完成值\t分值\t得分', '预算执行率\t≥95%\t98.5%\t10\t10']);
    expect(fields(t)).toEqual([['预算执行率', '≥95%', '98.5%', '10', '10']]);
  });
});

describe('a target over three cells: 指标性质 | 指标值 | 度量单位', () => {
  it('≧ 300 人次 → ≥300人次, ═ 100 % → 100%; a word in 指标性质 (定量) is left out', () => {
    const t = read([
      '二级指标\t三级指标\t指标性质\t指标值\t度量单位\t实际完成值\t分值\t得分',
      '数量指标\t培训人次\t≧\t300\t人次\t325人次\t10\t10',
      '质量指标\t验收合格率\t═\t100\t%\t100%\t10\t10',
      '时效指标\t完成时限\t定量\t12\t月\t12月\t10\t9',
    ]);
    expect(fields(t)).toEqual([
      ['培训人次', '≥300人次', '325人次', '10', '10'],
      ['验收合格率', '100%', '100%', '10', '10'],
      ['完成时限', '12月', '12月', '10', '9'],
    ]);
  });

  it('look-alike: a header with no 指标性质 / 度量单位 keeps the target as written', () => {
    const t = read(['三级指标\t年度指标值\t计量方式\t实际完成值\t分值\t得分', '培训人次\t≥300人次\t人次\t325人次\t10\t10']);
    expect(fields(t)).toEqual([['培训人次', '≥300人次', '325人次', '10', '10']]);
  });
});
