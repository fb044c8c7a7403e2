// The debt balance table of a budget or final account (地方政府一般 / 专项债务余额情况表, the Ministry's form):
// 上年末余额 + 本年发行额 − 本年还本额 = 本年末余额 — what the year borrowed and repaid moves the balance. Rows
// are found by their names alone (the year in each name says which balance is which), each with one amount.
import type { DocTable } from '../checks/document.js';
import type { Quantity } from '../quantity/index.js';
import { add, sub } from '../decimal.js';
import { halfStepSum, judge } from './compare.js';
import { relation } from './changeColumns.js';
import { labelOf, signedCell } from './tables.js';
import type { Relation } from './types.js';

type Role = 'balance' | 'issued' | 'repaid';
const YEAR = /((?:19|20)\d\d)\s*年/;
// (not 限额: the ceiling is no balance)
const ROLES: [Role, RegExp][] = [
  ['balance', /年末[^，。；]*债务余额(?:实际数|决算数|执行数|预计执行数)?$/],
  ['issued', /年[^，。；末]*债(?:务|券)发行额$/],
  ['repaid', /年[^，。；末]*债(?:务|券)还本额$/],
];

interface Row {
  i: number;
  role: Role;
  year: number;
  label: string;
  q: Quantity;
}

function rowsOf(t: DocTable): Row[] {
  const out: Row[] = [];
  t.rows.forEach((row, i) => {
    const label = labelOf(row)
      .replace(/\s/g, '')
      .replace(/^[一二三四五六七八九十]+[、.．]/, '');
    const year = YEAR.exec(label);
    const role = ROLES.find(([, re]) => re.test(label))?.[0];
    // one amount in the row: a row of budget and actual columns both filled is another form
    const amounts = row.map((c) => signedCell(c)).filter((q): q is Quantity => q !== null);
    if (!year || !role || amounts.length !== 1 || /限额/.test(label)) return;
    out.push({ i, role, year: Number(year[1]), label, q: amounts[0]! });
  });
  return out;
}

export function debtRows(t: DocTable): Relation[] {
  const rows = rowsOf(t);
  const one = (role: Role, year: number) => {
    const xs = rows.filter((r) => r.role === role && r.year === year);
    return xs.length === 1 ? xs[0]! : null;
  };
  const out: Relation[] = [];
  for (const closing of rows.filter((r) => r.role === 'balance')) {
    const [opening, issued, repaid] = [one('balance', closing.year - 1), one('issued', closing.year), one('repaid', closing.year)];
    // every row of one kind of debt: 一般 and 专项 rows in one table are two identities, not one
    const kind = (r: Row) => (/一般债/.test(r.label) ? 'g' : /专项债/.test(r.label) ? 's' : '');
    if (!opening || !issued || !repaid || one('balance', closing.year) !== closing) continue;
    if (new Set([closing, opening, issued, repaid].map(kind)).size !== 1) continue;
    const computed = sub(add(opening.q.value, issued.q.value), repaid.q.value);
    const verdict = judge(closing.q, computed, halfStepSum([opening.q, issued.q, repaid.q]));
    const parts = [opening, issued, repaid].map((r) => ({ label: r.label, q: r.q }));
    out.push(
      relation(
        t,
        closing.i,
        'carryOver',
        verdict,
        closing.q,
        computed,
        parts,
        `债务余额 = 上年末余额 ${opening.q.text} + 发行额 ${issued.q.text} − 还本额 ${repaid.q.text}`,
        'debt balance = the balance a year before + bonds issued − principal repaid',
      ),
    );
  }
  return out;
}
