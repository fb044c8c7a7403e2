import { describe, expect, it } from 'vitest';
import { auditScope, canEdit, canRead, canReview, SYSTEM_ACTOR, type Actor, type UnitLineage } from './access.js';

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
  it('the top level (no parent) is reviewed by finance of its level; below it finance does not review', () => {
    const top: UnitLineage = { unitId: 'hn', ancestors: [] };
    expect(canReview(user('finance', 'hn'), top)).toBe(true);
    expect(canReview(user('finance', null), top)).toBe(true);
    expect(canReview(user('finance', 'hn'), wugang)).toBe(false);
    expect(canReview(user('finance', 'sy'), top)).toBe(false);
    expect(canReview(user('reviewer', 'hn'), top)).toBe(false);
    const fillerAndFinance: Actor = {
      ...user('filler', 'hn'),
      grants: [
        { role: 'filler', unitId: 'hn' },
        { role: 'finance', unitId: 'hn' },
      ],
    };
    expect(canReview(fillerAndFinance, top)).toBe(false);
  });
  it('admin reads everything but does not fill or review', () => {
    const a = user('admin', null);
    expect(canRead(a, town)).toBe(true);
    expect(canEdit(a, town)).toBe(false);
  });
});

describe('auditScope', () => {
  it('is everything for a deployment-wide grant and the system', () => {
    expect(auditScope(user('admin', null))).toEqual({ all: true });
    expect(auditScope(user('reviewer', null))).toEqual({ all: true });
    expect(auditScope(SYSTEM_ACTOR)).toEqual({ all: true });
  });
  it('is the subtrees of the granted units otherwise, each root once', () => {
    const a: Actor = {
      kind: 'user',
      userId: '2',
      username: 'v',
      grants: [
        { role: 'reviewer', unitId: 'sy' },
        { role: 'filler', unitId: 'wg' },
        { role: 'finance', unitId: 'sy' },
      ],
    };
    expect(auditScope(a)).toEqual({ all: false, roots: ['sy', 'wg'] });
    expect(auditScope(user('filler', 'wg'))).toEqual({ all: false, roots: ['wg'] });
  });
  it('is nothing for a user without grants', () => {
    expect(auditScope({ kind: 'user', userId: '3', username: 'x', grants: [] })).toEqual({ all: false, roots: [] });
  });
});
