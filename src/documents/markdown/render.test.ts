import { describe, expect, it } from 'vitest';
import { demoEvaluations, evaluationWithIndicators, sampleIndicatorDefs } from '../../demo/reportFixtures.js';
import { escapeMarkdown, renderMarkdown } from './render.js';

describe('renderMarkdown', () => {
  const { wugang, hunan } = demoEvaluations();
  const md = renderMarkdown(wugang);

  it('writes title, cover facts and headings by level', () => {
    expect(md.startsWith('# 2022年度武冈市妇女联合会整体支出绩效自评报告\n\n单位名称：武冈市妇女联合会  \n2023年7月18日\n')).toBe(true);
    expect(md).toContain('\n## 一、部门基本情况\n');
    expect(md).toContain('\n### （一）基本支出情况\n');
    expect(md).toContain('\n**1、注重理论武装，妇联系统坚定信仰，呈现新气象。**一是抓好思想引领工作。');
    expect(md).toContain('武冈市妇联2022年度一般公共预算财政拨款基本支出年初结转和结余0万元，本年收入153.98万元');
  });

  it('keeps numbered measures from turning into Markdown lists', () => {
    expect(md).toContain('\n1\\. 细化预算编制工作');
    expect(escapeMarkdown('# 标题')).toBe('\\# 标题');
    expect(escapeMarkdown('a*b_c')).toBe('a\\*b\\_c');
  });

  it('escapes angle brackets from the seed text', () => {
    expect(renderMarkdown(hunan)).toContain('《贯彻落实中央\\<关于打赢脱贫攻坚战的决定\\>的实施意见》');
  });

  it('writes the indicator table as a GFM table with blanks under merged cells', () => {
    const t = renderMarkdown(evaluationWithIndicators(), { indicators: sampleIndicatorDefs });
    expect(t).toContain('| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因分析及改进措施 |');
    expect(t).toContain('| 产出指标 | 数量指标 | “两癌”检查人数 | ≥10361人 | 10780人 | 30 | 30 |  |');
    expect(t).toContain('|  |  | 救助低收入妇女人数 | ≥40人 | 31人 | 20 | 15.5 | 申请人数少于预期，明年加强宣传 |');
    expect(t).toContain('| 合计 |  |  |  |  | 90 | 83.5 |  |');
  });
});
