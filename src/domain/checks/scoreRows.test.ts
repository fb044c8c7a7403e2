// 自评表 rows whose merged cells were lost (rows of any width, the table cut by empty "|" lines): the
// 总分 row against the scores read from the rows' ends. Our own form, invented figures.
import { describe, expect, it } from 'vitest';
import { parseText } from '../../documents/import/structure.js';
import { analyzeText } from './index.js';

const form = (o: { total?: string; score?: string; weight?: string; grade?: string; gap?: boolean } = {}) =>
  [
    '2024年度项目支出绩效自评表',
    '| 项目名称 | 社区老年食堂运营补助 | 主管部门 | 某区民政局 |',
    '| 项目资金（万元） | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |',
    '| 年度资金总额 | 60 | 80 | 76 | 10 | 95% | 9.5 |',
    '| 其中：当年财政拨款 | 60 | 80 | 76 | — | — | — |',
    '| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因分析及改进措施 |',
    '| 产出指标 | 数量指标 | 供餐人次 | ≥20000 | 21500 | 20 | 20 | 无 |',
    `| 质量指标 | 食品抽检合格率 | 100% | 100% | ${o.weight ?? '15'} | 15 | 无 |`,
    `| 时效指标 | 补助按月拨付率 | 100% | 90% | 15 | ${o.score ?? '13'} | 两个月延后拨付 |`,
    ...(o.gap ? ['|', '|', '|'] : []),
    '| 效益指标 | 社会效益指标 | 老人就餐便利度 | 明显提高 | 明显提高 | 30 | 28 |',
    '| 满意度指标 | 服务对象满意度指标 | 就餐老人满意度 | ≥90% | 94% | 10 | 9 |',
    `| 总分 | 100 | ${o.total ?? '94.5'} | ${o.grade ?? '优'} |`,
  ].join('\n');

const errors = (text: string) =>
  analyzeText(parseText(text))
    .findings.filter((f) => f.severity === 'error')
    .map((f) => [f.rule, f.stated, f.computed]);
const relations = (text: string) =>
  analyzeText(parseText(text))
    .relations.filter((r) => r.kind === 'score')
    .map((r) => [r.verdict, r.stated, r.computed]);

describe('总分 of a 自评表 read from the rows’ ends', () => {
  it('holds: the funds part 9.5 and the indicators add up to 94.5', () => {
    expect(errors(form())).toEqual([]);
    expect(relations(form())).toContainEqual(['ok', 94.5, 94.5]);
  });
  it('a score changed, or the total, is an error; the table cut by empty lines is one table', () => {
    expect(errors(form({ score: '11' }))).toContainEqual(['tableTotal', '94.5', '92.5']);
    expect(errors(form({ total: '96.5' }))).toContainEqual(['tableTotal', '96.5', '94.5']);
    expect(errors(form({ score: '11', gap: true }))).toContainEqual(['tableTotal', '94.5', '92.5']);
  });
  it('a grade after the total that the total does not give is an error', () => {
    expect(errors(form({ grade: '良' }))).toContainEqual(['grade', '良', '优']);
  });
  it('a 合计 row is the total as well, and its cells are no column sum of the ragged rows (100% + 100% was added)', () => {
    expect(errors(form().replace('| 总分 |', '| 合计 |'))).toEqual([]);
    const sum = form({ score: '11' }).replace('| 总分 |', '| 合计 |');
    expect(errors(sum)).toContainEqual(['tableTotal', '94.5', '92.5']);
  });
  it('look-alike: weights that do not add up to the total’s 分值 leave the reading unsure, no error', () => {
    // a row lost its 分值 cell: its last two numbers are no weight and score pair
    expect(errors(form({ weight: '', total: '90' }))).toEqual([]);
    expect(relations(form({ weight: '', total: '90' }))).toEqual([]);
  });
});

describe('tab-separated 自评表 whose indicator header the table reader left out', () => {
  const tabbed = (score: string) =>
    [
      '项目资金（万元）\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分',
      '年度资金总额\t20\t25\t24\t10\t96%\t9.6',
      '其中：当年财政拨款\t20\t25\t24\t—\t—\t—',
      '一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因分析及改进措施',
      '产出指标\t数量指标\t技能培训人次\t≥300人次\t320人次\t30\t30',
      '质量指标\t培训合格率\t≥90%\t88%\t20\t' + score + '\t个别学员缺考',
      '效益指标\t社会效益指标\t参训人员就业率\t≥60%\t65%\t30\t30',
      '满意度指标\t服务对象满意度指标\t学员满意度\t≥90%\t95%\t10\t10',
      '总分\t100\t97.6',
    ].join('\n');
  it('the rows after it are read as one score table with the funds part', () => {
    expect(errors(tabbed('18'))).toEqual([]);
    expect(relations(tabbed('18'))).toContainEqual(['ok', 97.6, 97.6]);
    expect(errors(tabbed('16'))).toContainEqual(['tableTotal', '97.6', '95.6']);
  });
});
