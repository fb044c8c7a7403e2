import { describe, expect, it } from 'vitest';
import { SYSTEM_ACTOR, type Actor, type Grant } from './access.js';
import { adminRoots, hasHidden, mayAdministerGrant, mayAdministerUser, sameGrants, sortGrants, unitFieldProblems, userProblems } from './userAdmin.js';

const actor = (...grants: Grant[]): Actor => ({ kind: 'user', userId: '1', username: 'u', grants });
// 湖南 1 → 邵阳 2 → 武冈 3 → 荆竹铺镇 4; 邵东 5 under 邵阳
const L = {
  hunan: { unitId: '1', ancestors: [] },
  shaoyang: { unitId: '2', ancestors: ['1'] },
  wugang: { unitId: '3', ancestors: ['2', '1'] },
  town: { unitId: '4', ancestors: ['3', '2', '1'] },
  shaodong: { unitId: '5', ancestors: ['2', '1'] },
};
const wugangAdmin = actor({ role: 'admin', unitId: '3' });
const globalAdmin = actor({ role: 'admin', unitId: null });

describe('adminRoots', () => {
  it('is the units of admin grants only; the system administers everything', () => {
    expect(adminRoots(actor({ role: 'admin', unitId: '3' }, { role: 'reviewer', unitId: '2' }, { role: 'admin', unitId: '3' }))).toEqual(['3']);
    expect(adminRoots(actor({ role: 'reviewer', unitId: null }))).toEqual([]);
    expect(adminRoots(SYSTEM_ACTOR)).toEqual([null]);
  });
});

describe('mayAdministerGrant', () => {
  it('lets a unit admin grant on its own unit and below, nowhere else', () => {
    expect(mayAdministerGrant(wugangAdmin, L.wugang)).toBe(true);
    expect(mayAdministerGrant(wugangAdmin, L.town)).toBe(true);
    expect(mayAdministerGrant(wugangAdmin, L.shaoyang)).toBe(false);
    expect(mayAdministerGrant(wugangAdmin, L.shaodong)).toBe(false);
    expect(mayAdministerGrant(wugangAdmin, null)).toBe(false);
  });
  it('gives a deployment-wide admin (and the system) everything; other roles nothing', () => {
    for (const l of [L.hunan, L.town, null]) {
      expect(mayAdministerGrant(globalAdmin, l)).toBe(true);
      expect(mayAdministerGrant(SYSTEM_ACTOR, l)).toBe(true);
      expect(mayAdministerGrant(actor({ role: 'reviewer', unitId: null }, { role: 'filler', unitId: '3' }), l)).toBe(false);
    }
  });
});

describe('mayAdministerUser', () => {
  it('needs every grant of the user inside the admin subtree', () => {
    expect(mayAdministerUser(wugangAdmin, [{ unit: L.wugang }, { unit: L.town }])).toBe(true);
    expect(mayAdministerUser(wugangAdmin, [{ unit: L.wugang }, { unit: L.shaodong }])).toBe(false);
    expect(mayAdministerUser(wugangAdmin, [{ unit: null }])).toBe(false);
  });
  it('leaves users without grants to a deployment-wide admin', () => {
    expect(mayAdministerUser(wugangAdmin, [])).toBe(false);
    expect(mayAdministerUser(globalAdmin, [])).toBe(true);
  });
});

describe('userProblems', () => {
  const ok = { username: 'zhang.san', displayName: '张三', grants: [{ role: 'filler' as const, unitId: '3' }] };
  it('accepts staff numbers, pinyin and Chinese usernames', () => {
    for (const username of ['zhang.san', 'wg_filler-01', '张三', 'a@b']) expect(userProblems({ ...ok, username })).toEqual([]);
  });
  it('names each problem', () => {
    expect(userProblems({ ...ok, username: 'a' })[0]).toContain('用户名');
    expect(userProblems({ ...ok, username: 'has space' })[0]).toContain('用户名');
    expect(userProblems({ ...ok, username: 'x'.repeat(51) })[0]).toContain('用户名');
    expect(userProblems({ ...ok, displayName: '  ' })[0]).toContain('姓名');
    expect(userProblems({ ...ok, grants: [{ role: 'filler', unitId: null }] })[0]).toContain('只有管理员');
    expect(userProblems({ ...ok, grants: [ok.grants[0]!, ok.grants[0]!] })[0]).toContain('重复');
    expect(userProblems({ ...ok, grants: [{ role: 'boss' as never, unitId: '3' }] })[0]).toContain('未知角色');
  });
});

describe('sortGrants / sameGrants', () => {
  it('orders by role then unit, and compares sets regardless of order', () => {
    const a: Grant[] = [
      { role: 'admin', unitId: '3' },
      { role: 'filler', unitId: '4' },
      { role: 'filler', unitId: '3' },
    ];
    expect(sortGrants(a).map((g) => `${g.role}@${g.unitId}`)).toEqual(['filler@3', 'filler@4', 'admin@3']);
    expect(sameGrants(a, [...a].reverse())).toBe(true);
    expect(sameGrants(a, a.slice(1))).toBe(false);
    expect(sameGrants([{ role: 'filler', unitId: '3' }], [{ role: 'reviewer', unitId: '3' }])).toBe(false);
  });
});

describe('unitFieldProblems', () => {
  const unit = { name: '武冈市妇联', shortName: '武冈妇联', code: '430581-01', type: '妇联', level: 'county' as const };
  it('accepts a plain Chinese name, also one with emoji-free punctuation and an Arabic name', () => {
    expect(unitFieldProblems(unit)).toEqual([]);
    expect(unitFieldProblems({ ...unit, name: '武冈市妇女联合会（机关）·二〇二二' })).toEqual([]);
    expect(unitFieldProblems({ ...unit, name: 'لجنة المرأة' })).toEqual([]);
  });
  it('refuses a direction override, a line break or an invisible character in the name, short name or type', () => {
    for (const bad of [{ name: '\u202e联妇市冈武' }, { shortName: '武冈\r\n妇联' }, { type: '妇\u200b联' }, { name: '武冈\u0007妇联' }]) {
      const p = unitFieldProblems({ ...unit, ...bad });
      expect(p, JSON.stringify(bad)).toHaveLength(1);
      expect(p[0]).toMatch(/^单位名称、简称和类型不能包含换行/);
      expect(p[0]).toContain(Object.keys(bad)[0]);
    }
  });
});

describe('hasHidden: whole emoji are text, joiners and selectors elsewhere are not', () => {
  it('accepts emoji a phone keyboard writes with a joiner, a presentation selector, a skin tone or flag tags', () => {
    for (const text of ['武冈市妇联👨‍👩‍👧', '家庭👩🏽‍💻服务中心', '彩虹🏳️‍🌈', '爱心❤️', '❤️‍🔥志愿队', '第1️⃣组', '🏴󠁧󠁢󠁳󠁣󠁴󠁿', '👋🏽', '🙂'])
      expect(hasHidden(text), JSON.stringify(text)).toBe(false);
  });
  it('refuses a joiner or selector that is not inside an emoji, bidi controls next to one, and loose tag characters', () => {
    for (const text of [
      '武冈\u200d妇联',
      '🙂\u200d',
      '\u200d🙂',
      '妇\ufe0f联',
      '🙂\u202e',
      '👨‍👩‍👧\u202e联妇',
      '妇联\u{e0041}\u{e0042}',
      '🏴\u{e0067}\u{e0062}',
      '武冈\u2028妇联',
    ])
      expect(hasHidden(text), JSON.stringify(text)).toBe(true);
  });
  it('lets a display name and a unit name carry a family emoji', () => {
    expect(userProblems({ username: 'zhang.san', displayName: '张三👨‍👩‍👧', grants: [] })).toEqual([]);
    expect(unitFieldProblems({ name: '武冈市家庭服务中心👨‍👩‍👧', shortName: null, code: '430581-02', type: '妇联', level: 'county' })).toEqual([]);
  });
});
