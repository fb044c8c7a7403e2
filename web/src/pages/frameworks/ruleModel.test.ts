import { describe, expect, it } from 'vitest';
import { commonLevels, draftOf, kindsFor, ruleOf } from './ruleModel.js';

describe('kindsFor', () => {
  it('follows the server table of rule kinds per 性质', () => {
    expect(kindsFor('>=')).toEqual(['ratio', 'deduction', 'bands', 'budgetExecution']);
    expect(kindsFor('<=')).toEqual(['ratio', 'deduction', 'bands']);
    expect(kindsFor('qualitative')).toEqual(['qualitative']);
    expect(kindsFor('yesNo')).toEqual(['yesNo']);
    expect(kindsFor(null)).toEqual([]);
  });
});

describe('draftOf / ruleOf', () => {
  it('round-trips a deduction and a bands rule', () => {
    const deduction = { kind: 'deduction' as const, perUnit: 0.5, unitSize: 1, threshold: 5, direction: 'under' as const };
    expect(ruleOf(draftOf(deduction, '>='), '>=', '10')).toEqual({ rule: deduction, problems: [] });
    const bands = {
      kind: 'bands' as const,
      bands: [
        { min: 95, max: null, points: 10 },
        { min: 80, max: 95, points: 6 },
        { min: null, max: 80, points: 0 },
      ],
    };
    expect(ruleOf(draftOf(bands, '>='), '>=', '10')).toEqual({ rule: bands, problems: [] });
  });

  it('starts a new deduction in the direction the 性质 suggests', () => {
    expect(draftOf({ kind: 'ratio' }, '<=').direction).toBe('over');
    expect(draftOf({ kind: 'ratio' }, '>=').direction).toBe('under');
  });

  it('names every problem of a deduction', () => {
    const d = { ...draftOf({ kind: 'ratio' }, '>='), kind: 'deduction' as const, perUnit: '0', unitSize: 'x', threshold: '-1' };
    expect(ruleOf(d, '>=', '10').problems).toEqual(['perUnit', 'unitSize', 'threshold']);
  });

  it('refuses bands that are empty, open on both sides, reversed, not numbers or above the weight', () => {
    const base = draftOf({ kind: 'ratio' }, '>=');
    const bands = (...b: [string, string, string][]) => ({ ...base, kind: 'bands' as const, bands: b.map(([min, max, points]) => ({ min, max, points })) });
    expect(ruleOf(bands(), '>=', '10').problems).toEqual(['bandsEmpty']);
    expect(ruleOf(bands(['', '', '5']), '>=', '10').problems).toEqual(['bandOpen']);
    expect(ruleOf(bands(['90', '80', '5']), '>=', '10').problems).toEqual(['bandOrder']);
    expect(ruleOf(bands(['a', '', '5'], ['1', '2', '']), '>=', '10').problems).toEqual(['bandNumber']);
    expect(ruleOf(bands(['90', '', '12']), '>=', '10').problems).toEqual(['bandPoints']);
    expect(ruleOf(bands(['90', '', '12']), '>=', '').problems).toEqual([]); // no weight yet: the server's check catches it later
  });

  it('refuses a kind that does not fit the 性质', () => {
    expect(ruleOf({ ...draftOf({ kind: 'ratio' }, '<='), kind: 'budgetExecution' }, '<=', '10').problems).toEqual(['kind']);
    expect(ruleOf({ ...draftOf({ kind: 'ratio' }, 'yesNo'), kind: 'yesNo' }, 'yesNo', '10')).toEqual({ rule: { kind: 'yesNo' }, problems: [] });
  });
});

describe('定性 levels', () => {
  const byLevel = { kind: 'qualitative' as const, levels: ['优', '良', '中', '差'], levelPoints: [10, 8, 6, 0] };
  const draft = (levels: [string, string][]) => ({
    ...draftOf({ kind: 'qualitative' }, 'qualitative'),
    levels: levels.map(([level, points]) => ({ level, points })),
  });

  it('round-trips levels with points, a scale without points (运行监控 only) and plain 达成情况', () => {
    expect(ruleOf(draftOf(byLevel, 'qualitative'), 'qualitative', '10')).toEqual({ rule: byLevel, problems: [] });
    const scale = { kind: 'qualitative' as const, levels: ['好', '较好', '一般', '差'] };
    expect(ruleOf(draftOf(scale, 'qualitative'), 'qualitative', '10')).toEqual({ rule: scale, problems: [] });
    expect(ruleOf(draftOf({ kind: 'qualitative' }, 'qualitative'), 'qualitative', '10')).toEqual({ rule: { kind: 'qualitative' }, problems: [] });
  });

  it('offers 优/良/中/差 at 100/80/60/0 % of the weight', () => {
    expect(commonLevels('5')).toEqual([
      { level: '优', points: '5' },
      { level: '良', points: '4' },
      { level: '中', points: '3' },
      { level: '差', points: '0' },
    ]);
    expect(ruleOf(draft(commonLevels('5').map((l) => [l.level, l.points])), 'qualitative', '5').problems).toEqual([]);
  });

  it('names each problem: one level, a blank or repeated name, a missing point, points above the weight or rising', () => {
    expect(ruleOf(draft([['优', '10']]), 'qualitative', '10').problems).toEqual(['levelCount']);
    expect(
      ruleOf(
        draft([
          ['优', '10'],
          [' ', '0'],
        ]),
        'qualitative',
        '10',
      ).problems,
    ).toEqual(['levelName']);
    expect(
      ruleOf(
        draft([
          ['优', '10'],
          ['优', '0'],
        ]),
        'qualitative',
        '10',
      ).problems,
    ).toEqual(['levelRepeat']);
    expect(
      ruleOf(
        draft([
          ['优', '10'],
          ['差', ''],
        ]),
        'qualitative',
        '10',
      ).problems,
    ).toEqual(['levelNumber']);
    expect(
      ruleOf(
        draft([
          ['优', '12'],
          ['差', '0'],
        ]),
        'qualitative',
        '10',
      ).problems,
    ).toEqual(['levelPoints']);
    expect(
      ruleOf(
        draft([
          ['优', '2'],
          ['差', '6'],
        ]),
        'qualitative',
        '10',
      ).problems,
    ).toEqual(['levelOrder']);
  });
});
