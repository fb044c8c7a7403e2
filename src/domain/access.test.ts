import { describe, expect, it } from 'vitest';
import { canEdit, canRead, canReview, type Actor, type UnitLineage } from './access.js';

const wugang: UnitLineage = { unitId: 'wg', ancestors: ['sy', 'hn'] };
const other: UnitLineage = { unitId: 'dx', ancestors: ['sy', 'hn'] }; // a sibling county
const town: UnitLineage = { unitId: 'town', ancestors: ['wg', 'sy', 'hn'] };
const user = (role: Actor['grants'][number]['role'], unitId: string | null): Actor => ({
  kind: 'user',
  userId: '1',
  username: 'u',
  grants: [{ role, unitId }],
});

describe('access', () => {
  it('filler edits and reads only its own unit (and reads below it)', () => {
    const f = user('filler', 'wg');
    expect(canEdit(f, wugang)).toBe(true);
    expect(canRead(f, wugang)).toBe(true);
    expect(canRead(f, town)).toBe(true);
    expect(canEdit(f, town)).toBe(false);
    expect(canRead(f, other)).toBe(false);
    expect(canEdit(f, other)).toBe(false);
    expect(canReview(f, wugang)).toBe(false);
  });
  it('reviewer reviews strict descendants only', () => {
    const r = user('reviewer', 'sy');
    expect(canReview(r, wugang)).toBe(true);
    expect(canReview(r, other)).toBe(true);
    expect(canReview(r, { unitId: 'sy', ancestors: ['hn'] })).toBe(false);
    expect(canEdit(r, wugang)).toBe(false);
    expect(canRead(r, { unitId: 'hn', ancestors: [] })).toBe(false);
  });
  it('admin reads everything but does not fill or review', () => {
    const a = user('admin', null);
    expect(canRead(a, town)).toBe(true);
    expect(canEdit(a, town)).toBe(false);
  });
});
