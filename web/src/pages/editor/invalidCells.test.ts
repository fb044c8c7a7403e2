// An invalid cell holds back only itself: the content sent keeps every valid edit and the cell's last
// saved value; the status can say which tab the cell is on.
import { describe, expect, it } from 'vitest';
import { emptyIndicatorValue } from '../../../../src/domain/indicators/emptyValue.js';
import type { Content } from './content.js';
import { cellTab, savableContent } from './invalidCells.js';

const content = (indicators: Content['indicators'], extra: Partial<Content> = {}) => ({ indicators, sections: [], ...extra }) as unknown as Content;

describe('saving around an invalid cell', () => {
  const saved = content([emptyIndicatorValue('1.1.1', { target: '100', actual: '96' }), emptyIndicatorValue('2.1.1', { target: '≥90%' })]);
  const typed = content([emptyIndicatorValue('1.1.1', { target: '100', actual: '九十八' }), emptyIndicatorValue('2.1.1', { target: '≥90%', actual: '93%' })], {
    title: '新标题',
  } as Partial<Content>);

  it('sends the invalid cell as last saved and every other edit as typed', () => {
    const sent = savableContent(typed, saved, ['indicator-1.1.1-actual']);
    expect(sent.indicators.map((v) => [v.indicatorCode, v.target, v.actual])).toEqual([
      ['1.1.1', '100', '96'],
      ['2.1.1', '≥90%', '93%'],
    ]);
    expect((sent as Content & { title: string }).title).toBe('新标题');
    // what the filler typed is not touched: it stays in the content shown
    expect(typed.indicators[0]!.actual).toBe('九十八');
  });

  it('a cell never saved goes out empty; without invalid indicator cells the content goes out unchanged', () => {
    const fresh = content([emptyIndicatorValue('3.1.1', { target: 'abc' })]);
    expect(savableContent(fresh, content([]), ['indicator-3.1.1-target']).indicators[0]).toMatchObject({ target: null });
    expect(savableContent(typed, saved, ['budget-general-total-income'])).toBe(typed);
    expect(savableContent(typed, saved, [])).toBe(typed);
  });

  it('finds the tab of each kind of field id', () => {
    const c = content([], { sections: [{ key: 's7', kind: 'problems' }] } as unknown as Partial<Content>);
    expect(cellTab('budget-general-total-income', c)).toBe('budget');
    expect(cellTab('line-total-executed', c)).toBe('budget');
    expect(cellTab('threePublic-reception-actual', c)).toBe('budget');
    expect(cellTab('indicator-1.1.1-actual', c)).toBe('indicators');
    expect(cellTab('keyProject-liangai-actual', c)).toBe('keyProjects');
    expect(cellTab('section-s7-p0', c)).toBe('problems');
    expect(cellTab('profile-staffActual', c)).toBe('profile');
  });
});
