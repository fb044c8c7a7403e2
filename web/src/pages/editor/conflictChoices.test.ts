import { describe, expect, it } from 'vitest';
import { demoEvaluations } from '../../../../src/demo/reportFixtures.js';
import { conflictChoices } from './conflictChoices.js';
import { contentOf } from './content.js';

describe('the conflict dialog asks only about fields both editors changed differently', () => {
  const { wugang } = demoEvaluations();
  const base = contentOf(wugang);
  const profile = (p: Partial<NonNullable<typeof wugang.profile>>) => ({ ...wugang.profile!, ...p });

  it('one row for the field both changed, named as the editor names it; the field only they changed is counted as merged', () => {
    const mine = { ...base, profile: profile({ retired: 4, staffActual: 6 }) };
    const theirs = { ...wugang, version: wugang.version + 1, profile: profile({ retired: 5, authorizedPosts: 9 }) };
    const { rows, merged } = conflictChoices({ base, theirs }, mine);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ path: 'profile.retired', mineDeleted: false, theirsDeleted: false });
    expect(rows[0]!.fields).toEqual([{ path: 'profile.retired', label: '基本情况 · 退休人数', mine: '4', theirs: '5' }]);
    expect(merged).toBe(1); // 编制数 from theirs
  });

  it('an indicator I deleted that they edited is one choice, shown by its labelled fields', () => {
    const code = wugang.indicators[0]!.indicatorCode;
    const mine = { ...base, indicators: base.indicators.filter((v) => v.indicatorCode !== code) };
    const theirs = { ...wugang, indicators: wugang.indicators.map((v) => (v.indicatorCode === code ? { ...v, deviationReason: '原因' } : v)) };
    const { rows } = conflictChoices({ base, theirs }, mine);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.mineDeleted).toBe(true);
    expect(rows[0]!.fields.some((f) => f.label === `指标 ${code} · 偏差原因` && f.theirs === '原因')).toBe(true);
  });
});
