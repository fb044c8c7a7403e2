import { describe, expect, it } from 'vitest';
import { adminEn, adminZh } from './i18n.js';
import {
  addGrant,
  ALL,
  createBody,
  deadlineBody,
  deadlineRows,
  differingFields,
  draftOf,
  emptyDraft,
  fieldOf,
  grantIssues,
  grantsOut,
  holdsAdmin,
  holdsDeploymentAdmin,
  isDate,
  missingFields,
  problemsByField,
  problemsOf,
  rebaseRows,
  removeGrant,
  setRole,
  setUnit,
  snapshot,
  updateBody,
  type GrantRow,
  type ManagedUser,
} from './model.js';

const wugang = { id: '12', name: '武冈市妇女联合会' };
const shaoyang = { id: '7', name: '邵阳市妇女联合会' };
const user: ManagedUser = {
  id: '5',
  username: 'li.si',
  displayName: '李四',
  disabled: false,
  version: 3,
  manageable: true,
  grants: [
    { role: 'reviewer', unitId: '7', unitName: '邵阳市妇女联合会' },
    { role: 'filler', unitId: '12', unitName: '武冈市妇女联合会' },
  ],
};

describe('grant rows', () => {
  it('adds rows with fresh keys and edits/removes them by key, not by position', () => {
    let rows = addGrant(emptyDraft().grants);
    expect(rows.map((r) => r.key)).toEqual([1, 2]);
    rows = setUnit(rows, 2, wugang);
    rows = removeGrant(rows, 1);
    rows = addGrant(rows);
    expect(rows).toEqual([
      { key: 2, role: 'filler', unit: wugang },
      { key: 3, role: 'filler', unit: null },
    ]);
  });

  it('only the admin role keeps 全部单位: another role clears the unit, a real unit stays', () => {
    const rows: GrantRow[] = [
      { key: 1, role: 'admin', unit: ALL },
      { key: 2, role: 'admin', unit: wugang },
    ];
    expect(setRole(rows, 1, 'reviewer')[0]).toEqual({ key: 1, role: 'reviewer', unit: null });
    expect(setRole(rows, 2, 'reviewer')[1]).toEqual({ key: 2, role: 'reviewer', unit: wugang });
  });

  it('flags a missing unit, 全部单位 on a non-admin role or for a unit admin, and duplicates', () => {
    const rows: GrantRow[] = [
      { key: 1, role: 'filler', unit: null },
      { key: 2, role: 'filler', unit: ALL },
      { key: 3, role: 'admin', unit: ALL },
      { key: 4, role: 'filler', unit: wugang },
      { key: 5, role: 'filler', unit: { ...wugang } },
      { key: 6, role: 'reviewer', unit: wugang },
    ];
    expect([...grantIssues(rows, true)]).toEqual([
      [1, 'noUnit'],
      [2, 'allNotAdmin'],
      [5, 'duplicate'],
    ]);
    expect(grantIssues(rows, false).get(3)).toBe('allNotAllowed');
  });

  it('sends grants in a stable order with null for the whole deployment, leaving out unfinished rows', () => {
    const rows: GrantRow[] = [
      { key: 1, role: 'admin', unit: ALL },
      { key: 2, role: 'filler', unit: wugang },
      { key: 3, role: 'reviewer', unit: null },
      { key: 4, role: 'filler', unit: shaoyang },
    ];
    expect(grantsOut(rows)).toEqual([
      { role: 'filler', unitId: '7' },
      { role: 'filler', unitId: '12' },
      { role: 'admin', unitId: null },
    ]);
  });
});

describe('request bodies', () => {
  it('POST trims username and name, keeps the password exactly as typed', () => {
    const d = {
      ...emptyDraft(),
      username: ' e2e.filler ',
      displayName: ' 测试填报员 ',
      password: ' secret pass 1 ',
      grants: [{ key: 1, role: 'filler' as const, unit: wugang }],
    };
    expect(createBody(d)).toEqual({
      username: 'e2e.filler',
      displayName: '测试填报员',
      password: ' secret pass 1 ',
      grants: [{ role: 'filler', unitId: '12' }],
    });
  });

  it('PUT carries the version the form is based on, the name, disabled and the whole grant set', () => {
    const d = { ...draftOf(user), displayName: '李四（已调离）', disabled: true };
    expect(updateBody(3, d)).toEqual({
      version: 3,
      displayName: '李四（已调离）',
      disabled: true,
      grants: [
        { role: 'filler', unitId: '12' },
        { role: 'reviewer', unitId: '7' },
      ],
    });
    expect(draftOf({ ...user, grants: [{ role: 'admin', unitId: null, unitName: null }] }).grants).toEqual([{ key: 1, role: 'admin', unit: ALL }]);
  });

  it('is unchanged when only the grant order or surrounding spaces differ; a half-filled row counts', () => {
    const d = draftOf(user);
    const reordered = { ...d, displayName: ' 李四 ', grants: [...d.grants].reverse() };
    expect(snapshot(reordered)).toBe(snapshot(d));
    expect(snapshot({ ...d, grants: addGrant(d.grants) })).not.toBe(snapshot(d));
    expect(snapshot({ ...d, disabled: true })).not.toBe(snapshot(d));
  });

  it('on a conflict names the fields where my draft and the server differ', () => {
    const mine = { ...draftOf(user), displayName: '李四二' };
    expect(differingFields(mine, user)).toEqual(['displayName']);
    const theirs = { ...user, disabled: true, grants: user.grants.slice(1), version: 4 };
    expect(differingFields(mine, theirs)).toEqual(['displayName', 'disabled', 'grants']);
    expect(differingFields(draftOf(user), user)).toEqual([]);
  });
});

describe('server problems', () => {
  it('names empty required fields before anything is sent (no username or password when editing)', () => {
    expect(missingFields({ ...emptyDraft(), displayName: '  ' }, true)).toEqual(['username', 'displayName', 'password']);
    expect(missingFields({ ...draftOf(user), displayName: '' }, false)).toEqual(['displayName']);
    expect(missingFields(draftOf(user), false)).toEqual([]);
  });

  it('takes every problem of a 400, else its message', () => {
    expect(problemsOf({ problems: ['a', 'b', 3] }, 'a；b')).toEqual(['a', 'b']);
    expect(problemsOf({}, '用户名已存在 / username taken: x')).toEqual(['用户名已存在 / username taken: x']);
  });

  it('puts each problem under its field, in the server’s words of either language', () => {
    expect(fieldOf('用户名须为 2–50 个字母、数字或 . _ @ - / username: 2–50 letters, digits or . _ @ -')).toBe('username');
    expect(fieldOf('新密码不能包含用户名 / must not contain the user name')).toBe('password');
    expect(fieldOf('新密码至少 10 位 / at least 10 characters')).toBe('password'); // the English half alone would not say: classify the whole
    expect(fieldOf('姓名不能为空，最多 100 字 / display name: 1–100 characters')).toBe('displayName');
    expect(fieldOf('重复的角色 / duplicate grant: filler@12')).toBe('grants');
    expect(fieldOf('不能停用自己或修改自己的角色，请另一位管理员操作 / ask another admin to change your own roles or disable you')).toBe(null);
    const m = problemsByField(['新密码至少 10 位', '用户名已存在', '请求无效']);
    expect([...m]).toEqual([
      ['password', ['新密码至少 10 位']],
      ['username', ['用户名已存在']],
      [null, ['请求无效']],
    ]);
  });
});

describe('sessions', () => {
  it('tells an admin of any unit from a deployment-wide one', () => {
    expect(holdsAdmin([{ role: 'filler', unitId: '1' }])).toBe(false);
    expect(holdsAdmin([{ role: 'admin', unitId: '1' }])).toBe(true);
    expect(holdsDeploymentAdmin([{ role: 'admin', unitId: '1' }])).toBe(false);
    expect(holdsDeploymentAdmin([{ role: 'admin', unitId: null }])).toBe(true);
    expect(holdsAdmin(undefined)).toBe(false);
  });
});

describe('deadlines', () => {
  const stored = [
    { year: 2022, level: '*', dueDate: '2022-03-31' },
    { year: 2022, level: 'county', dueDate: '2022-04-15' },
  ];

  it('has one row per level, in order, with the stored date as the starting draft', () => {
    const rows = deadlineRows(stored);
    expect(rows.map((r) => r.level)).toEqual(['*', 'province', 'prefecture', 'county', 'township', 'village', 'other']);
    expect(rows[3]).toEqual({ level: 'county', saved: '2022-04-15', draft: '2022-04-15' });
    expect(rows[1]).toEqual({ level: 'province', saved: null, draft: '' });
  });

  it('sends previous = the date shown and null to remove', () => {
    const rows = deadlineRows(stored);
    expect(deadlineBody(2022, { ...rows[3]!, draft: '2022-05-01' })).toEqual({ year: 2022, level: 'county', dueDate: '2022-05-01', previous: '2022-04-15' });
    expect(deadlineBody(2022, { ...rows[3]!, draft: '' })).toEqual({ year: 2022, level: 'county', dueDate: null, previous: '2022-04-15' });
    expect(deadlineBody(2022, { ...rows[1]!, draft: '2022-06-30' })).toEqual({ year: 2022, level: 'province', dueDate: '2022-06-30', previous: null });
  });

  it('after a reload keeps what was typed in rows the admin changed and takes the rest from the server', () => {
    const rows = deadlineRows(stored).map((r) => (r.level === 'township' ? { ...r, draft: '2022-07-01' } : r));
    const fresh = [...stored.filter((d) => d.level !== 'county'), { year: 2022, level: 'county', dueDate: '2022-04-20' }];
    const next = rebaseRows(rows, fresh);
    expect(next.find((r) => r.level === 'township')).toEqual({ level: 'township', saved: null, draft: '2022-07-01' });
    expect(next.find((r) => r.level === 'county')).toEqual({ level: 'county', saved: '2022-04-20', draft: '2022-04-20' });
  });

  it('accepts real calendar dates only', () => {
    expect(isDate('2022-06-30')).toBe(true);
    expect(isDate('2022-02-30')).toBe(false);
    expect(isDate('2022-6-30')).toBe(false);
    expect(isDate('')).toBe(false);
  });
});

describe('dictionaries', () => {
  it('every key has an English text, and placeholders match', () => {
    const vars = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(adminZh) as (keyof typeof adminZh)[]) {
      expect(adminEn[key], key).toBeTruthy();
      expect(vars(adminEn[key]), key).toEqual(vars(adminZh[key]));
    }
  });
});
