// A fund's statement as rows (社保 / 医保基金收支表): 上年结余 | 收入合计 | 支出合计 | 滚存结余, in that order —
// the closing balance is the opening one plus the year's income less its spending, column by column.
// Rows are found by their names alone; each role once per block (a second opening starts the next
// block). When the closing balance is income − spending (the income already holds the carry-over),
// the table is read that way and nothing is said.
import type { DocTable } from '../checks/document.js';
import type { Quantity } from '../quantity/index.js';
import { add, sub } from '../decimal.js';
import { halfStepSum, judge } from './compare.js';
import { relation } from './changeColumns.js';
import { columnNames } from './tableHeader.js';
import { labelOf, signedCell, SKIP_COL } from './tables.js';
import type { Relation } from './types.js';

type Role = 'opening' | 'income' | 'spending' | 'closing';
const ROLES: [Role, RegExp][] = [
  ['opening', /^(?:上年(?:末)?|年初|期初)(?:滚存)?(?:结余|余额|结转结余)$/],
  ['income', /^(?:本年|当年|基金)?收入(?:合计|小计)?$/],
  ['spending', /^(?:本年|当年|基金)?支出(?:合计|小计)?$/],
  ['closing', /^(?:本年末|年末|期末)?滚存结余$|^(?:年末|期末)(?:结余|余额)$/],
];
const ORDER: Role[] = ['opening', 'income', 'spending', 'closing'];
const MARK = /^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[）)]|\d{1,2}[、.．](?!\d))/;

const roleOf = (row: string[]): Role | null => {
  const name = labelOf(row).replace(/\s/g, '').replace(MARK, '');
  return ROLES.find(([, re]) => re.test(name))?.[0] ?? null;
};

/** Blocks of four rows, one per role, in order (rows of no role between them are items or notes). */
function blocks(t: DocTable): number[][] {
  const out: number[][] = [];
  let cur: number[] = [];
  t.rows.forEach((row, i) => {
    const role = roleOf(row);
    if (!role) return;
    if (role === 'opening') cur = [i];
    else if (cur.length && ORDER[cur.length] === role) cur.push(i);
    else cur = [];
    if (cur.length === 4) {
      out.push(cur);
      cur = [];
    }
  });
  return out;
}

const amount = (c: string | undefined): Quantity | null => {
  const q = signedCell(c);
  return q && q.unit !== '%' && q.unit !== '％' ? q : null;
};

export function fundRows(t: DocTable): Relation[] {
  const out: Relation[] = [];
  const names = columnNames(t, 0);
  for (const [o, inc, sp, cl] of blocks(t)) {
    const rows = [o!, inc!, sp!, cl!].map((i) => t.rows[i]!);
    const width = Math.min(...rows.map((r) => r.length));
    for (let k = 1; k < width; k++) {
      if (names?.[k] && SKIP_COL.test(names[k]!)) continue;
      const [open, income, spent, closing] = rows.map((r) => amount(r[k]));
      if (!open || !income || !spent || !closing) continue;
      const computed = sub(add(open.value, income.value), spent.value);
      const verdict = judge(closing, computed, halfStepSum([open, income, spent]));
      // 收入合计 that already holds the carry-over: closing = income − spending
      if (verdict === 'error' && judge(closing, sub(income.value, spent.value), halfStepSum([income, spent])) !== 'error') continue;
      const label = (r: string[]) => labelOf(r).replace(/\s/g, '').replace(MARK, '');
      out.push(
        relation(
          t,
          cl!,
          'carryOver',
          verdict,
          closing,
          computed,
          [
            { label: label(rows[0]!), q: open },
            { label: label(rows[1]!), q: income },
            { label: label(rows[2]!), q: spent },
          ],
          `“${label(rows[3]!)}” = ${label(rows[0]!)} ${open.text} + ${label(rows[1]!)} ${income.text} − ${label(rows[2]!)} ${spent.text}`,
          'closing balance = opening balance + income − spending',
        ),
      );
    }
  }
  return out;
}
