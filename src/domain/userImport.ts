// A list of users to create (用户名, 姓名, 角色, 单位 per row, header first): what each row asks
// for, and every problem with the list, by line, before anything is written.
import type { Role } from './access.js';
import { userProblems } from './userAdmin.js';

export interface UserRow {
  line: number; // 1-based, as the file shows it
  username: string;
  displayName: string;
  role: Role;
  unit: string | null; // name, short name or code; null = whole deployment (admin only)
}

export interface RowProblem {
  line: number;
  message: string;
}

const HEADERS: Record<keyof Omit<UserRow, 'line'>, RegExp> = {
  username: /^(用户名|账号|username|user)$/i,
  displayName: /^(姓名|名称|display ?name|name)$/i,
  role: /^(角色|role)$/i,
  unit: /^(单位|unit)$/i,
};

const ROLE_WORDS: Record<string, Role> = {
  填报人: 'filler',
  填报员: 'filler',
  filler: 'filler',
  审核人: 'reviewer',
  审核员: 'reviewer',
  reviewer: 'reviewer',
  财政: 'finance',
  财政人员: 'finance',
  finance: 'finance',
  管理员: 'admin',
  admin: 'admin',
};

/** Rows of the file (header first) → the users asked for, or every problem with them. */
export function readUserRows(table: string[][]): { rows: UserRow[]; problems: RowProblem[] } {
  const problems: RowProblem[] = [];
  const [header, ...body] = table;
  if (!header) return { rows: [], problems: [{ line: 1, message: '文件为空 / empty file' }] };
  const col = Object.fromEntries(Object.entries(HEADERS).map(([k, re]) => [k, header.findIndex((h) => re.test(h.trim()))])) as Record<
    keyof typeof HEADERS,
    number
  >;
  const missing = Object.entries(col)
    .filter(([, i]) => i < 0)
    .map(([k]) => k);
  if (missing.length)
    return { rows: [], problems: [{ line: 1, message: `表头缺少列 / missing columns: ${missing.join(', ')}（应为 用户名、姓名、角色、单位）` }] };

  const rows: UserRow[] = [];
  const seen = new Map<string, number>();
  body.forEach((cells, i) => {
    const line = i + 2;
    const get = (k: keyof typeof HEADERS) => (cells[col[k]] ?? '').trim();
    const role = ROLE_WORDS[get('role').toLowerCase()];
    const unit = get('unit') || null;
    const row = { line, username: get('username'), displayName: get('displayName'), role: role ?? 'filler', unit };
    const here: string[] = [];
    if (!role) here.push(`未知角色 / unknown role: ${get('role') || '（空）'}（填报人、审核人、财政、管理员）`);
    if (role && role !== 'admin' && !unit) here.push('须填写单位 / a unit is required for this role');
    here.push(...userProblems({ username: row.username, displayName: row.displayName, grants: [] }));
    const key = row.username.toLowerCase();
    if (key && seen.has(key)) here.push(`用户名与第 ${seen.get(key)} 行重复 / same username as line ${seen.get(key)}`);
    else if (key) seen.set(key, line);
    if (here.length) problems.push(...here.map((message) => ({ line, message })));
    else rows.push(row);
  });
  if (body.length === 0) problems.push({ line: 2, message: '没有用户行 / no user rows' });
  return { rows, problems };
}
