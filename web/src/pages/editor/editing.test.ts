// The editor's pure edits: a leaf value patched or added, a paragraph removed with its figure links,
// free keys for new projects and measures, where an empty item of the submit list is filled in.
import { describe, expect, it } from 'vitest';
import type { NarrativeSection } from '../../../../src/domain/types.js';
import type { Content } from './content.js';
import { patchValues } from './IndicatorsTab.js';
import { newProject, nextFundingSource, nextKey } from './keyProjectModel.js';
import { withoutParagraph } from './SectionsTab.js';
import { itemTarget } from './SubmitDialog.js';

describe('editing the evaluation', () => {
  it('patches a stored leaf value, and adds a row for a leaf the content does not hold yet', () => {
    const v = [{ indicatorCode: '1.1.1', target: '100', actual: null, score: null, deviationReason: null, applicable: true, achievement: null }];
    expect(patchValues(v, '1.1.1', { actual: '98' })).toEqual([{ ...v[0], actual: '98' }]);
    const added = patchValues(v, '2.2.2', { target: '≥90%' });
    expect(added).toHaveLength(2);
    expect(added[1]).toEqual({ indicatorCode: '2.2.2', target: '≥90%', actual: null, score: null, deviationReason: null, applicable: true, achievement: null });
  });

  it('removing a paragraph drops its figure links and moves later ones up', () => {
    const s: NarrativeSection = {
      key: '6',
      parentKey: null,
      order: 1,
      kind: 'performance',
      numbering: '六、',
      title: '绩效',
      runIn: false,
      paragraphs: ['甲10人', '乙20人', '丙30人'],
      indicatorCode: null,
      figures: [
        { paragraph: 0, text: '10人', occurrence: 0, ref: { kind: 'profile', field: 'retired' } },
        { paragraph: 1, text: '20人', occurrence: 0, ref: { kind: 'profile', field: 'staffActual' } },
        { paragraph: 2, text: '30人', occurrence: 0, ref: { kind: 'profile', field: 'authorizedPosts' } },
      ],
    };
    const r = withoutParagraph(s, 1);
    expect(r.paragraphs).toEqual(['甲10人', '丙30人']);
    expect(r.figures.map((f) => [f.paragraph, f.text])).toEqual([
      [0, '10人'],
      [1, '30人'],
    ]);
  });

  it('new projects and measures take the next free key', () => {
    expect(nextKey('kp', ['kp1', 'kp3'])).toBe('kp2');
    expect(nextKey('m', [])).toBe('m1');
    expect(newProject(['liangai', 'kp1'])).toMatchObject({ code: 'kp2', measures: [], funding: [] });
  });

  it('an empty item of the submit list points to its tab and field', () => {
    const content = { sections: [{ key: '9', kind: 'publication' }] } as unknown as Content;
    expect(itemTarget({ area: 'indicators', key: 'indicator:2.2.1:actual', label: '', labelEn: '', blocking: false }, content)).toEqual({
      tab: 'indicators',
      field: 'indicator-2.2.1-actual',
    });
    // a 定性 leaf without its level: the level is chosen in the actual's place
    expect(itemTarget({ area: 'indicators', key: 'indicator:3.2.1:level', label: '', labelEn: '', blocking: true }, content)).toEqual({
      tab: 'indicators',
      field: 'indicator-3.2.1-actual',
    });
    expect(itemTarget({ area: 'indicators', key: 'indicator:1.1.1:target', label: '', labelEn: '', blocking: false }, content)).toEqual({
      tab: 'indicators',
      field: 'indicator-1.1.1-target',
    });
    expect(itemTarget({ area: 'sections', key: 'section:9', label: '', labelEn: '', blocking: false }, content)).toEqual({ tab: 'publication', field: null });
    expect(itemTarget({ area: 'report', key: 'report:reportDate', label: '', labelEn: '', blocking: false }, content)).toEqual({
      tab: 'profile',
      field: 'report-date',
    });
    expect(itemTarget({ area: 'budget', key: 'budget:general', label: '', labelEn: '', blocking: false }, content)).toEqual({ tab: 'budget', field: null });
  });
});

describe('a new key project funding line', () => {
  const f = (category: string, source: string) => ({ category, source });
  it('takes the first source not yet given in its category (a repeat would be refused on save)', () => {
    expect(nextFundingSource([f('资金总额', 'central')], '资金总额')).toBe('provincial');
    expect(nextFundingSource([f('资金总额', 'central'), f('资金总额', 'provincial')], '资金总额')).toBe('cityCounty');
  });
  it('a source given in another category does not count', () => {
    expect(nextFundingSource([f('已拨付', 'central')], '资金总额')).toBe('central');
    expect(nextFundingSource([], '资金总额')).toBe('central');
  });
});
