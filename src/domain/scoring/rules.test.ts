import { describe, expect, it } from 'vitest';
import { parseNumber, operatorPrefix, unitSuffix } from './numbers.js';
import {
  readAchievement,
  readYesNo,
  scoreAtLeast,
  scoreAtMost,
  scoreBands,
  scoreBudgetExecution,
  scoreDeduction,
  scoreEqual,
  scoreQualitative,
  scoreYesNo,
} from './rules.js';

describe('parseNumber', () => {
  it('reads numbers as officials write them, exactly', () => {
    expect(parseNumber('95%')).toBe('95');
    expect(parseNumber('≥90')).toBe('90');
    expect(parseNumber('≥90%')).toBe('90');
    expect(parseNumber('10,361')).toBe('10361');
    expect(parseNumber('10,361人')).toBe('10361');
    expect(parseNumber('１２个')).toBe('12');
    expect(parseNumber('不低于 98.5 %')).toBe('98.5');
    expect(parseNumber('89.974')).toBe('89.974');
    expect(parseNumber(0.1)).toBe('0.1');
    expect(parseNumber('-3')).toBe('-3');
    expect(parseNumber('.5')).toBe('0.5');
  });
  it('refuses what is not one number', () => {
    expect(parseNumber('效果明显')).toBeNull();
    expect(parseNumber('10-20')).toBeNull();
    expect(parseNumber('2022年12月31日前')).toBeNull();
    expect(parseNumber('1,2')).toBeNull();
    expect(parseNumber('')).toBeNull();
    expect(parseNumber(null)).toBeNull();
    expect(parseNumber(Number.NaN)).toBeNull();
  });
  it('reads the operator and unit around a target', () => {
    expect(operatorPrefix('≥90%')).toBe('>=');
    expect(operatorPrefix('≤5万元')).toBe('<=');
    expect(operatorPrefix('=100%')).toBe('=');
    expect(operatorPrefix('100%')).toBeNull();
    expect(unitSuffix('≥50个')).toBe('个');
    expect(unitSuffix('95%')).toBe('%');
  });
});

describe('>= rule', () => {
  it('scores proportionally below target, full at and above it', () => {
    expect(scoreAtLeast('50', '50', '8')).toEqual({ score: '8.00', explanation: '50 ÷ 50 = 100% × 8 = 8.00', exact: '8' });
    expect(scoreAtLeast('45', '50', '8').score).toBe('7.20');
    expect(scoreAtLeast('95', '90', '10')).toMatchObject({ score: '10.00', explanation: '95 ÷ 90 = 105.56%，按100%计 × 10 = 10.00' });
    expect(scoreAtLeast('0', '50', '8').score).toBe('0.00');
  });
  it('gives full marks for a target of 0', () => {
    expect(scoreAtLeast('0', '0', '5').score).toBe('5.00');
    expect(scoreAtLeast('3', '0', '5').score).toBe('5.00');
  });
  it('rounds half-up at .xx5 exactly (no float drift)', () => {
    // 96.85% × 10 = 9.685 → 9.69; as a float 0.9685*10 = 9.684999… would give 9.68
    expect(scoreAtLeast('96.85', '100', '10').score).toBe('9.69');
    expect(scoreAtLeast('1', '8', '0.1').score).toBe('0.01'); // 0.0125 → 0.01
    expect(scoreAtLeast('1', '8', '0.2').score).toBe('0.03'); // 0.025 → 0.03
  });
});

describe('<= rule', () => {
  it('is full when at or under the target, else target ÷ actual', () => {
    expect(scoreAtMost('3', '5', '5').score).toBe('5.00');
    expect(scoreAtMost('5', '5', '5').score).toBe('5.00');
    expect(scoreAtMost('6', '5', '5')).toMatchObject({ score: '4.17', explanation: '5 ÷ 6 = 83.33% × 5 = 4.17' });
    expect(scoreAtMost('0', '0', '5').score).toBe('5.00');
    expect(scoreAtMost('1', '0', '5').score).toBe('0.00');
  });
});

describe('= rule', () => {
  it('is full when equal, else proportional to closeness, not below 0', () => {
    expect(scoreEqual('100', '100', '5').score).toBe('5.00');
    expect(scoreEqual('98', '100', '5')).toMatchObject({ score: '4.90', explanation: '|98 − 100| ÷ 100 = 2%，1 − 2% = 98% × 5 = 4.90' });
    expect(scoreEqual('102', '100', '5').score).toBe('4.90');
    expect(scoreEqual('300', '100', '5').score).toBe('0.00');
    expect(scoreEqual('0', '0', '5').score).toBe('5.00');
    expect(scoreEqual('1', '0', '5').score).toBe('0.00');
  });
});

describe('qualitative rule', () => {
  it('maps achievement to 100 / 70 / 0 % and accepts a reviewer percent', () => {
    expect(scoreQualitative('achieved', '10').score).toBe('10.00');
    expect(scoreQualitative('partial', '10').score).toBe('7.00');
    expect(scoreQualitative('notAchieved', '10').score).toBe('0.00');
    expect(scoreQualitative('partial', '5', '65').score).toBe('3.25');
    expect(scoreQualitative('partial', '0.15').score).toBe('0.11'); // 0.105 → 0.11
    expect(scoreQualitative('achieved', '10', null, '达成预期指标').explanation).toBe('达成（据“达成预期指标”） → 100% × 10 = 10.00');
  });
  it('reads achievement from the actual text, negations first', () => {
    expect(readAchievement('达成预期指标')).toBe('achieved');
    expect(readAchievement('已完成')).toBe('achieved');
    expect(readAchievement('是')).toBe('achieved');
    expect(readAchievement('部分达成')).toBe('partial');
    expect(readAchievement('基本完成')).toBe('partial');
    expect(readAchievement('未达成')).toBe('notAchieved');
    expect(readAchievement('未完成')).toBe('notAchieved');
    expect(readAchievement('效果明显', '效果明显')).toBe('achieved');
    expect(readAchievement('一般', '效果明显')).toBeNull();
  });
});

describe('yesNo rule', () => {
  it('is full or 0', () => {
    expect(scoreYesNo(true, '2', 'x').score).toBe('2.00');
    expect(scoreYesNo(false, '2', 'x').score).toBe('0.00');
    expect(readYesNo('无')).toBe('no');
    expect(readYesNo('无失泄密案件')).toBe('no');
    expect(readYesNo('0起')).toBe('no');
    expect(readYesNo('2起')).toBe('yes');
    expect(readYesNo('是')).toBe('yes');
    expect(readYesNo('不清楚')).toBeNull();
  });
});

describe('deduction rule', () => {
  const p = { perUnit: '0.5', unitSize: '1', threshold: '0', direction: 'over' as const };
  it('takes perUnit off per unit beyond the threshold, never below 0', () => {
    expect(scoreDeduction('0', '5', p).score).toBe('5.00');
    expect(scoreDeduction('3', '5', p)).toMatchObject({ score: '3.50', explanation: '超出阈值 3，每1扣0.5：5 − 3 × 0.5 = 3.50' });
    expect(scoreDeduction('2.5', '5', p).score).toBe('3.75');
    expect(scoreDeduction('20', '5', p).score).toBe('0.00');
    const under = { perUnit: '2', unitSize: '5', threshold: '100', direction: 'under' as const };
    expect(scoreDeduction('90', '10', under).score).toBe('6.00'); // 10 short = 2 units × 2
    expect(scoreDeduction('100', '10', under).score).toBe('10.00');
  });
});

describe('bands rule', () => {
  const bands = [
    { min: '0', max: '0', points: '5' },
    { min: '0', max: '10', points: '4' },
    { min: '10', max: '20', points: '3' },
    { min: '20', max: null, points: '0' },
  ];
  it('takes the first band holding the value', () => {
    expect(scoreBands('0', '5', bands).score).toBe('5.00');
    expect(scoreBands('3.5', '5', bands)).toMatchObject({ score: '4.00', explanation: '3.5 ∈ [0, 10] → 4.00' });
    expect(scoreBands('10', '5', bands).score).toBe('4.00');
    expect(scoreBands('10.01', '5', bands).score).toBe('3.00');
    expect(scoreBands('50', '5', bands).score).toBe('0.00');
    expect(scoreBands('-1', '5', bands).score).toBe('0.00');
  });
});

describe('budget execution', () => {
  it('is weight × min(executed ÷ adjusted, 1), initial when no adjusted budget', () => {
    expect(scoreBudgetExecution('89.974', '89.974', '90', '10')).toMatchObject({ score: '10.00', explanation: '89.974 ÷ 89.974 = 100% × 10 = 10.00' });
    expect(scoreBudgetExecution('76', null, '100', '10').score).toBe('7.60');
    expect(scoreBudgetExecution('120', '100', '90', '10').score).toBe('10.00');
    expect(scoreBudgetExecution('0', '100', null, '10').score).toBe('0.00');
    expect(scoreBudgetExecution('0', '0', null, '10').score).toBe('10.00');
    expect(scoreBudgetExecution('87.139819', '89.974', null, '10').score).toBe('9.69'); // exactly 96.85% → 9.685 → 9.69
  });
});
