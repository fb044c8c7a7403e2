import { describe, expect, it } from 'vitest';
import { indicatorValue } from '../../../test/helpers/values.js';
import { blockingOf, completenessOf } from '../completeness.js';
import { projectExpenditure } from '../frameworks/builtin.js';
import { validateFramework } from '../frameworks/utils.js';
import { scoreEvaluation } from '../scoring/evaluation.js';
import type { Framework, IndicatorValue, ScoringRule } from '../types.js';
import { chosenLevel, levelProblems, scoredLevels } from './levels.js';

const LEVELS: ScoringRule = { kind: 'qualitative', levels: ['优', '良', '中', '差'], levelPoints: [10, 8, 6, 0] };
/** The project framework with 3.2.1 社会影响程度 (分值 10) scored by level. */
const byLevel: Framework = {
  ...projectExpenditure,
  indicators: projectExpenditure.indicators.map((i) => (i.code === '3.2.1' ? { ...i, rule: LEVELS } : i)),
};
const v = (indicatorCode: string, actual: string | null, extra: Partial<IndicatorValue> = {}) =>
  indicatorValue(indicatorCode, { target: '良', actual, ...extra });
const content = (values: IndicatorValue[]) => ({
  indicators: values,
  budgetLines: [],
  budget: [],
  profile: null,
  keyProjects: [],
  threePublic: [],
  reportDate: '2024-03-01',
  sections: [],
});

describe('定性 indicators scored by level', () => {
  it('reads the levels with their points, and nothing from a rule without points or with a count mismatch', () => {
    expect(scoredLevels(LEVELS)).toEqual([
      { level: '优', points: '10' },
      { level: '良', points: '8' },
      { level: '中', points: '6' },
      { level: '差', points: '0' },
    ]);
    expect(scoredLevels({ kind: 'qualitative', levels: ['优', '良'] })).toBeNull(); // a 运行监控 scale only
    expect(scoredLevels({ kind: 'qualitative', levels: ['优', '良'], levelPoints: [5] })).toBeNull();
    expect(scoredLevels({ kind: 'qualitative' })).toBeNull();
    expect(chosenLevel(scoredLevels(LEVELS)!, ' 良 ')).toEqual({ level: '良', points: '8' });
    expect(chosenLevel(scoredLevels(LEVELS)!, '良好')).toBeNull();
  });

  it('names every problem of a scale: too few, blank, repeated, points above the weight or rising', () => {
    expect(levelProblems(LEVELS, '10')).toEqual([]);
    expect(levelProblems({ kind: 'qualitative', levels: ['优', '差'] }, '10')).toEqual([]); // no points: monitoring only
    expect(levelProblems({ kind: 'qualitative', levels: ['优'], levelPoints: [5] }, '10')).toContain('定性等级应为 2 至 10 个');
    expect(levelProblems({ kind: 'qualitative', levels: ['优', ' '], levelPoints: [5, 0] }, '10')).toContain('定性等级名称不能为空，且不超过 20 个字');
    expect(levelProblems({ kind: 'qualitative', levels: ['优', '优'], levelPoints: [5, 0] }, '10')).toContain('定性等级名称不能重复');
    expect(levelProblems({ kind: 'qualitative', levels: ['优', '差'], levelPoints: [5] }, '10')).toContain('每个定性等级都需要一个得分');
    expect(levelProblems({ kind: 'qualitative', levels: ['优', '差'], levelPoints: [12, 0] }, '10')).toEqual(['定性等级的得分不能超过分值 10']);
    expect(levelProblems({ kind: 'qualitative', levels: ['优', '差'], levelPoints: [0, 5] }, '10')).toEqual(['定性等级应从好到差排列，得分逐级不增']);
    expect(levelProblems({ kind: 'qualitative', levels: ['优', '差'], levelPoints: [5, -1] }, '10')).toEqual(['定性等级的得分应为非负数']);
    // the framework check names the indicator
    const bad = { ...byLevel, indicators: byLevel.indicators.map((i) => (i.code === '3.2.1' ? { ...i, rule: { ...LEVELS, levelPoints: [12, 8, 6, 0] } } : i)) };
    expect(validateFramework(byLevel)).toEqual([]);
    expect(validateFramework(bad)).toEqual([{ code: '3.2.1', message: '指标“社会影响程度”：定性等级的得分不能超过分值 10' }]);
  });

  it('scores the chosen level with its points; a level not chosen leaves the leaf unscored, naming the levels', () => {
    const score = (actual: string | null, extra: Partial<IndicatorValue> = {}) =>
      scoreEvaluation(byLevel, [v('3.2.1', actual, extra)]).indicators.find((i) => i.indicatorCode === '3.2.1')!;
    expect(score('良')).toMatchObject({ score: '8.00', explanation: '等级“良” → 8.00' });
    expect(score('优')).toMatchObject({ score: '10.00' });
    expect(score('差')).toMatchObject({ score: '0.00' });
    // 达成 would give full marks by 达成情况; scored by level it is no level at all
    expect(score('达成', { achievement: 'achieved' })).toMatchObject({ score: null, problem: '“达成”不是可选的等级（优、良、中、差）' });
    expect(score(null)).toMatchObject({ score: null, problem: '请选择等级（优、良、中、差）' });
    // the look-alike: the same leaf without points still scores by 达成情况
    const plain = scoreEvaluation(projectExpenditure, [v('3.2.1', '达成')]).indicators.find((i) => i.indicatorCode === '3.2.1')!;
    expect(plain.score).toBe('10.00');
  });

  it('a level leaf without its level blocks 提交, naming the indicator; a chosen level or 不适用 does not', () => {
    const blocking = blockingOf(byLevel, content([v('3.2.1', null)]));
    expect(blocking).toEqual([
      {
        area: 'indicators',
        key: 'indicator:3.2.1:level',
        label: '指标 3.2.1 社会影响程度：定性指标未选择等级（优、良、中、差），不能提交',
        labelEn: 'Indicator 3.2.1 社会影响程度: no level chosen (优、良、中、差); required to submit',
        blocking: true,
      },
    ]);
    expect(completenessOf(byLevel, content([v('3.2.1', null)]))[0]).toEqual(blocking[0]); // listed first
    expect(blockingOf(byLevel, content([v('3.2.1', '中')]))).toEqual([]);
    expect(blockingOf(byLevel, content([v('3.2.1', null, { applicable: false })]))).toEqual([]);
    // an ordinary 定性 leaf with nothing filled in is only informational
    expect(blockingOf(projectExpenditure, content([v('3.2.1', null)]))).toEqual([]);
    expect(completenessOf(projectExpenditure, content([v('3.2.1', null)])).some((i) => i.key === 'indicator:3.2.1:actual')).toBe(true);
  });
});
