// An indicator header of two rows flattened onto one line, the table's first row after it (绩效指标 over 一级/二级/三级指标,
// 年度指标值 over 指标性质 | 指标值 | 度量单位), and rows below split by | with a broken cell or empty rows among them.
// Our own table, invented figures.
import { describe, expect, it } from 'vitest';
import { textToDocument } from './read.js';
import { textIndicators, twoLevelHeader } from './textIndicators.js';

const read = (...lines: string[]) => {
  const d = textToDocument(Buffer.from(lines.join('\n')));
  return textIndicators(d.lines, d.tables);
};
const rows = (t: ReturnType<typeof read>) =>
  t.tables.flatMap((x) => x.indicators).map((i) => [i.level1, i.level2, i.name, i.target, i.actual, i.weight, i.score]);

const HEAD =
  '| 绩效指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因分析及改进措施 | 一级指标 | 二级指标 | 三级指标 | 指标性质 | 指标值 | 度量单位 | 产出指标 | 数量指标 | 培训农户人次 | ≧ | 600 | 人次 | 640 | 20 | 20 |';

describe('a two-row indicator header on one line', () => {
  it('the columns are the sub-header’s, the first row is read, the rows below too (past | lines and a broken cell)', () => {
    const t = read(
      '某镇2031年度项目支出绩效自评表',
      HEAD,
      '| 质量指标 | 培训合格率 | ≧ | 90 | % | 93% | 20 | 18 |',
      '| 效益指标 | 社会效益 指标 | 农户技能提升 |',
      '| 明显 |',
      '| 明显 | 20 | 20 |',
      '|',
      '|',
      '| 满意度指标 | 服务对象满意度 | 农户满意度 | ≧ | 90 | % | 96% | 20 | 20 |',
    );
    expect(rows(t)).toEqual([
      ['产出指标', '数量指标', '培训农户人次', '≥600人次', '640', '20', '20'],
      ['产出指标', '质量指标', '培训合格率', '≥90%', '93%', '20', '18'],
      ['效益指标', '社会效益 指标', '农户技能提升', null, null, null, null],
      ['满意度指标', '服务对象满意度', '农户满意度', '≥90%', '96%', '20', '20'],
    ]);
    expect(t.unread.join()).toMatch(/明显 \| 20 \| 20/);
  });

  it('the pieces: sub-header first, 年度指标值 gives way to its three cells', () => {
    const cells = HEAD.split('|')
      .map((c) => c.trim())
      .filter(Boolean);
    expect(twoLevelHeader(cells)?.header).toEqual([
      '一级指标',
      '二级指标',
      '三级指标',
      '指标性质',
      '指标值',
      '度量单位',
      '实际完成值',
      '分值',
      '得分',
      '偏差原因分析及改进措施',
    ]);
    expect(twoLevelHeader(cells)?.first).toEqual(['产出指标', '数量指标', '培训农户人次', '≧', '600', '人次', '640', '20', '20']);
  });

  it('look-alikes: an ordinary one-row header, and a 绩效指标 line with no 分值, are not rebuilt', () => {
    expect(twoLevelHeader(['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分'])).toBeNull();
    expect(twoLevelHeader(['绩效指标', '年度指标值', '实际完成值', '一级指标', '二级指标', '三级指标'])).toBeNull();
  });
});
