import { describe, expect, it } from 'vitest';
import { demoEvaluations } from '../../../../src/demo/reportFixtures.js';
import { conflictRows } from './content.js';

describe('the conflict dialog’s rows', () => {
  const { wugang } = demoEvaluations();
  const mine = { ...wugang, profile: { ...wugang.profile!, retired: 4 } };
  const theirs = { ...wugang, profile: { ...wugang.profile!, authorizedPosts: 7 } };

  it('name each field as the editor does (基本情况 · 编制数), not by a machine path', () => {
    const rows = conflictRows(mine, theirs);
    expect(rows.map((r) => r.label)).toEqual(['基本情况 · 编制数', '基本情况 · 退休人数']);
    expect(rows[0]).toMatchObject({ path: 'profile.authorizedPosts', mine: String(wugang.profile!.authorizedPosts), theirs: '7' });
    expect(rows[1]).toMatchObject({ mine: '4', theirs: String(wugang.profile!.retired) });
  });

  it('an indicator is named by its code (the list index shifted with the framework)', () => {
    const i = wugang.indicators.findIndex((v) => v.actual !== null);
    const changed = wugang.indicators.map((v, k) => (k === i ? { ...v, actual: '12345' } : v));
    const rows = conflictRows({ ...wugang, indicators: changed }, wugang);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.label).toBe(`指标 ${wugang.indicators[i]!.indicatorCode} · 实际完成值`);
  });

  it('a difference the labelled list does not cover still shows, under its path', () => {
    const rows = conflictRows({ ...wugang, keyProjects: [] }, wugang);
    expect(rows.length).toBeGreaterThan(0);
  });
});
