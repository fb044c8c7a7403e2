// The indicator part of a 自评表 flattened into words (our own form, invented figures).
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../domain/checks/index.js';
import { parseText } from './structure.js';

const errors = (text: string) =>
  analyzeText(parseText(text))
    .findings.filter((f) => f.severity === 'error')
    .map((f) => [f.rule, f.stated, f.computed]);

// one line, as a converter writes a whole form: funds part, then indicators, then 总分
const form = (o: { w?: string; s?: string; total?: string } = {}) =>
  [
    '项目支出绩效自评表（2024年度） 项目名称 河道保洁补助',
    '项目资金（万元） 年初预算数 全年预算数 全年执行数 分值 执行率 得分 年度资金总额： 50 60 54 10 90% 9 其中：本年财政拨款 50 60 54 — — —',
    `绩效指标 一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 偏差原因分析及改进措施 产出指标（50分） 数量指标 保洁河道长度 ≥40公里 42 ${o.w ?? '20'} 20 质量指标 保洁达标率 ≥90% 93% 15 ${o.s ?? '14'} 时效指标 保洁及时性 及时 及时 15 15 效益指标（40分） 社会效益指标 河道环境改善 明显 明显 25 24 满意度指标 沿岸群众满意度 ≥90% 91% 15 15 总分 100 ${o.total ?? '97'}`,
    '评价结论 项目总体完成较好。',
  ].join('\n');

describe('flattened indicators: 分值 and 得分 end each indicator', () => {
  it('a clean form has no error', () => {
    expect(errors(form())).toEqual([]);
  });
  it('a weight that breaks its 一级指标 total is an error', () => {
    expect(errors(form({ w: '25' }))).toContainEqual(['weightSum', '50', '55']);
  });
  it('a 总分 that is not the sum of the scores (with the execution rate’s points) is an error', () => {
    expect(errors(form({ total: '96' }))).toEqual([['tableTotal', '96', '97']]);
  });
  it('a score above its weight is an error', () => {
    expect(errors(form({ s: '16' }))).toContainEqual(['scoreWeight', '16', '15']);
  });
});

describe('a section cell before the header heads every indicator', () => {
  const text = (w: string) =>
    [
      '绩效指标（90分） 一级指标 二级指标 三级指标 指标性质 指标值 度量单位 完成值 权重 得分 未完成原因分析',
      '产出指标 数量指标 巡查次数 ≥ 24 次 26 40 40',
      `产出指标 质量指标 问题整改率 ≥ 95 % 97 ${w} 30`,
      '效益指标 社会效益指标 投诉下降 ≥ 10 % 12 20 20',
      '合计 100',
    ].join('\n');
  it('the weights add up to 90; a wrong one is an error', () => {
    expect(errors(text('30'))).toEqual([]);
    expect(errors(text('35'))).toEqual([['weightSum', '90', '95']]);
  });
});

describe('what cannot be paired is not read', () => {
  it('a blank score (one number ends an indicator) leaves the whole part unread', () => {
    const blank = form({ w: '25' }).replace('≥90% 93% 15 14', '≥90% 93% 15');
    expect(errors(blank).filter((e) => e[0] === 'weightSum' || e[0] === 'scoreWeight')).toEqual([]);
  });
  it('an actual value taken for a weight (above its group) leaves the part unread', () => {
    const shifted = form().replace('≥40公里 42 20 20', '≥40公里 42 20');
    expect(errors(shifted)).toEqual([]);
  });
  it('a 总分 without the funds part’s points is not summed (its 10 points are stated nowhere)', () => {
    const noFunds = form({ total: '96' }).replace(/^项目资金.*$/m, '');
    expect(errors(noFunds)).toEqual([]);
  });
  it('without the funds part, a 总分 whose 分值 the indicators’ weights make up exactly is summed', () => {
    const whole = (total: string) =>
      [
        '一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分',
        '产出指标 数量指标 新建步道 ≥5公里 6公里 30 30',
        '产出指标 质量指标 验收合格率 100% 100% 30 28',
        '效益指标 社会效益指标 居民使用率 ≥60% 65% 25 24',
        '满意度指标 满意度 居民满意度 ≥90% 92% 15 15',
        `总分 100 ${total}`,
      ].join('\n');
    expect(errors(whole('97'))).toEqual([]);
    expect(errors(whole('95'))).toEqual([['tableTotal', '95', '97']]);
  });
  it('without the funds part, the indicators may fall short of the 总分 but never exceed it', () => {
    const part = (o: { w?: string; total?: string } = {}) =>
      [
        '一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分',
        '产出指标 数量指标 维修路段 ≥8处 9处 30 30',
        `产出指标 质量指标 验收合格率 100% 100% ${o.w ?? '20'} 19`,
        '效益指标 社会效益指标 通行改善 明显 明显 25 23',
        '满意度指标 满意度 群众满意度 ≥90% 93% 15 14',
        `总分 100 ${o.total ?? '95'}`,
      ].join('\n');
    // 90 points listed, 86 scored: the funds part's 10 (and its score) are stated elsewhere
    expect(errors(part())).toEqual([]);
    expect(errors(part({ total: '84' }))).toEqual([['tableTotal', '84', '86']]);
    expect(errors(part({ w: '40' }))).toEqual([['weightSum', '100', '110']]);
  });
  it('a number in the column after 得分 (0 for no deviation) makes the pairs unknown', () => {
    const zero = form({ total: '96' }).replace('≥40公里 42 20 20', '≥40公里 42 20 20 0');
    expect(errors(zero)).toEqual([]);
  });
  it('年度 / 指标值 broken over two lines is one header name', () => {
    const broken = form({ w: '25' }).replace('年度指标值 实际完成值', '年度\n指标值 实际\n完成值');
    expect(errors(broken)).toContainEqual(['weightSum', '50', '55']);
  });
});
