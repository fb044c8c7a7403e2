import { describe, expect, it } from 'vitest';
import { judgeLevel, levelScale, LEVEL_SCALES, monitor, readLevel, readMonitoringSheet, targetLevel, MonitoringInputError } from './index.js';

describe('the level scale of a qualitative indicator', () => {
  it('is what the framework leaf declares, trimmed and without repeats', () => {
    expect(levelScale({ operator: 'qualitative', rule: { kind: 'qualitative', levels: [' 优秀 ', '合格', '合格', '不合格'] } }, '合格')).toEqual([
      '优秀',
      '合格',
      '不合格',
    ]);
  });
  it('else the scale the target is written in, else 达到/基本达到/未达到', () => {
    expect(levelScale({ operator: 'qualitative' }, '达到')).toEqual(LEVEL_SCALES.attainment);
    expect(levelScale({ operator: 'qualitative' }, '较好')).toEqual(['好', '较好', '一般', '差']);
    expect(levelScale({ operator: 'qualitative' }, '良')).toEqual(['优', '良', '中', '差']);
    expect(levelScale({ operator: 'qualitative' }, '妇女健康意识明显提高')).toEqual(['达到', '基本达到', '未达到']);
    // a declared scale of one level is no scale
    expect(levelScale({ operator: 'qualitative', rule: { kind: 'qualitative', levels: ['好'] } }, '好')).toEqual(LEVEL_SCALES.quality);
  });
  it('yes/no items answer 无/有 when the target says 无, else 是/否; quantitative leaves have none', () => {
    expect(levelScale({ operator: 'yesNo' }, '无')).toEqual(['无', '有']);
    expect(levelScale({ operator: 'yesNo' }, '是')).toEqual(['是', '否']);
    expect(levelScale({ operator: '>=' }, '95')).toBeNull();
  });
  it('the target level is the longest level the target names, else the best', () => {
    expect(targetLevel(LEVEL_SCALES.attainment, '基本达到')).toBe('基本达到');
    expect(targetLevel(LEVEL_SCALES.quality, '较好')).toBe('较好');
    expect(targetLevel(LEVEL_SCALES.attainment, '效果明显')).toBe('达到');
  });
});

describe('the deviation judgement of a level', () => {
  const Q = LEVEL_SCALES.quality;
  it('at or above the target level: no warning, 确定能', () => {
    expect(judgeLevel(Q, '较好', '好')).toEqual({ targetLevel: '较好', met: true, warning: null, likelihood: '确定能' });
    expect(judgeLevel(Q, '较好', '较好')).toMatchObject({ met: true, warning: null });
  });
  it('one level short: yellow; two or more, or the worst level: red', () => {
    expect(judgeLevel(Q, '好', '较好')).toEqual({ targetLevel: '好', met: false, warning: 'yellow', likelihood: '有可能' });
    expect(judgeLevel(Q, '好', '一般')).toMatchObject({ warning: 'red' });
    expect(judgeLevel(Q, '一般', '差')).toMatchObject({ warning: 'red' });
    expect(judgeLevel(LEVEL_SCALES.noIncident, '无', '有')).toMatchObject({ met: false, warning: 'red' });
  });
  it('nothing is judged before a level is chosen', () => {
    expect(judgeLevel(Q, '好', null)).toBeNull();
  });
  it('reads a level only from the scale', () => {
    expect(readLevel(Q, ' 一般 ')).toEqual({ ok: true, level: '一般' });
    expect(readLevel(Q, '')).toEqual({ ok: true, level: null });
    expect(readLevel(Q, '95')).toMatchObject({ ok: false, message: expect.stringContaining('好、较好、一般、差') });
  });
});

describe('a monitoring sheet with level answers', () => {
  const sheet = (indicators: unknown[]) => ({ year: 2022, asOf: '2022-06-30', budget: [], indicators });
  it('computes the warning and likelihood of each level row', () => {
    const r = monitor(
      sheet([
        { code: '3.1', name: '社会效益', operator: 'qualitative', target: '好', actualLevel: '一般' },
        { code: '3.2', name: '宣传效果', operator: 'qualitative', target: '达到', actualToDate: '达到' },
        { code: '3.3', name: '安全事故', operator: 'yesNo', target: '无', actualLevel: '有' },
        { code: '3.4', name: '群众评价', operator: 'qualitative', target: '良', levels: ['优', '良', '中', '差'] },
      ]),
    );
    expect(r.indicators.map((i) => [i.code, i.warning, i.likelihood])).toEqual([
      ['3.1', 'red', '有可能'],
      ['3.2', null, '确定能'],
      ['3.3', 'red', '有可能'],
      ['3.4', null, null],
    ]);
  });
  it('refuses a level outside the scale, naming the choices', () => {
    expect(() => readMonitoringSheet(sheet([{ code: '3.1', name: '社会效益', operator: 'qualitative', target: '好', actualLevel: '很好' }]))).toThrow(
      MonitoringInputError,
    );
    expect(() => readMonitoringSheet(sheet([{ code: '3.1', name: '社会效益', operator: 'qualitative', target: '好', actualLevel: '很好' }]))).toThrow(
      /3\.1 社会效益 截至目前完成等级: 应为 好、较好、一般、差 之一/,
    );
  });
});
