import { describe, expect, it } from 'vitest';
import { demoEvaluations } from '../demo/reportFixtures.js';
import { contentOf, type EvaluationContent } from './content.js';
import { mergeContent } from './merge.js';
import type { IndicatorValue, NarrativeSection } from './types.js';

const base = contentOf(demoEvaluations().wugang);
const profile = (c: EvaluationContent, p: Partial<NonNullable<EvaluationContent['profile']>>) => ({ ...c, profile: { ...c.profile!, ...p } });
const indicator = (c: EvaluationContent, code: string, v: Partial<IndicatorValue>) => ({
  ...c,
  indicators: c.indicators.map((x) => (x.indicatorCode === code ? { ...x, ...v } : x)),
});
const codes = base.indicators.map((v) => v.indicatorCode);

describe('three-way merge of two editors’ content', () => {
  it('fields changed on one side only are all kept, with no conflict', () => {
    const mine = indicator(profile(base, { retired: 4 }), codes[0]!, { actual: '111' });
    const theirs = indicator(profile(base, { authorizedPosts: 9 }), codes[1]!, { actual: '222' });
    const { merged, conflicts } = mergeContent(base, mine, theirs);
    expect(conflicts).toEqual([]);
    expect(merged.profile).toMatchObject({ retired: 4, authorizedPosts: 9 });
    expect(merged.indicators.find((v) => v.indicatorCode === codes[0])?.actual).toBe('111');
    expect(merged.indicators.find((v) => v.indicatorCode === codes[1])?.actual).toBe('222');
    expect(merged.indicators.map((v) => v.indicatorCode)).toEqual(codes);
  });

  it('one field changed on both sides to different values is one conflict; the rest merges; choose settles it', () => {
    const mine = profile(base, { staffActual: 6, retired: 4 });
    const theirs = profile(base, { staffActual: 7, intro: '我们的简介' });
    const r = mergeContent(base, mine, theirs);
    expect(r.conflicts).toEqual([{ path: 'profile.staffActual', base: base.profile!.staffActual, mine: 6, theirs: 7 }]);
    expect(r.merged.profile).toMatchObject({ staffActual: 6, retired: 4, intro: '我们的简介' });
    expect(mergeContent(base, mine, theirs, () => 'theirs').merged.profile).toMatchObject({ staffActual: 7, retired: 4, intro: '我们的简介' });
  });

  it('the same change on both sides is no conflict', () => {
    const both = profile(base, { retired: 9 });
    expect(mergeContent(base, both, both).conflicts).toEqual([]);
  });

  it('paragraphs of one section merge position by position; the same paragraph typed twice conflicts', () => {
    const s = base.sections.find((x) => x.paragraphs.length >= 2)!;
    const edit = (c: EvaluationContent, i: number, text: string) => ({
      ...c,
      sections: c.sections.map((x): NarrativeSection => (x.key === s.key ? { ...x, paragraphs: x.paragraphs.map((p, k) => (k === i ? text : p)) } : x)),
    });
    const ok = mergeContent(base, edit(base, 0, '我的第一段'), edit(base, 1, '他们的第二段'));
    expect(ok.conflicts).toEqual([]);
    expect(ok.merged.sections.find((x) => x.key === s.key)?.paragraphs.slice(0, 2)).toEqual(['我的第一段', '他们的第二段']);
    const clash = mergeContent(base, edit(base, 0, '甲'), edit(base, 0, '乙'));
    expect(clash.conflicts.map((c) => c.path)).toEqual([`sections[${s.key}].paragraphs.0`]);
  });

  it('a row added by them is kept, after the row it follows; a row I removed that they did not touch stays removed', () => {
    const added: NarrativeSection = { ...base.sections[0]!, key: 'x1', title: '新增一节', paragraphs: ['内容'], figures: [] };
    const theirs = { ...base, sections: [base.sections[0]!, added, ...base.sections.slice(1)] };
    const mine = { ...base, sections: base.sections.filter((_, i) => i !== 2) };
    const { merged, conflicts } = mergeContent(base, mine, theirs);
    expect(conflicts).toEqual([]);
    expect(merged.sections.map((x) => x.key)).toEqual([base.sections[0]!.key, 'x1', base.sections[1]!.key, ...base.sections.slice(3).map((x) => x.key)]);
  });

  it('a row I removed that they edited is a conflict, not a silent loss', () => {
    const mine = { ...base, indicators: base.indicators.filter((v) => v.indicatorCode !== codes[0]) };
    const theirs = indicator(base, codes[0]!, { deviationReason: '他们写的原因' });
    const r = mergeContent(base, mine, theirs);
    expect(r.conflicts).toHaveLength(1);
    expect(r.conflicts[0]).toMatchObject({ path: `indicators[${codes[0]}]`, mine: undefined });
    expect(mergeContent(base, mine, theirs, () => 'theirs').merged.indicators.some((v) => v.indicatorCode === codes[0])).toBe(true);
  });

  it('look-alike: a score the server recomputes differs on both sides — no conflict', () => {
    const mine = indicator(base, codes[0]!, { score: '1.00', actual: '5' });
    const theirs = indicator(base, codes[0]!, { score: '2.00', deviationReason: '说明' });
    const r = mergeContent(base, mine, theirs);
    expect(r.conflicts).toEqual([]);
    expect(r.merged.indicators[0]).toMatchObject({ actual: '5', deviationReason: '说明' });
  });
});
