import { describe, expect, it } from 'vitest';
import { headlineState } from './headlineState.js';

const project = (target: string | null, actual: string | null) => ({ code: 'liangai', target, actual, rate: null, reporting: actual ? 1 : 0, funding: [] });
const root = (publishedUnits: number, p = project(null, null)) => ({ unitId: '1', name: '某市妇联', publishedUnits, project: p });

describe('headlineState: the portal card of one root', () => {
  it('nothing published: says so, whatever the project figures', () => {
    expect(headlineState(root(0))).toBe('nothingPublished');
    expect(headlineState(root(0, project('100', '90')))).toBe('nothingPublished');
  });
  it('published units without the project: no card of dashes', () => {
    expect(headlineState(root(2))).toBe('noProject');
  });
  it('a target or an actual (even 0) is shown', () => {
    expect(headlineState(root(1, project('10000', '10250')))).toBe('figures');
    expect(headlineState(root(1, project('10000', null)))).toBe('figures');
    expect(headlineState(root(1, project(null, '0')))).toBe('figures');
  });
});
