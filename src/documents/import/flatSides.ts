// A two-sided table (收入支出决算总表) flattened into running text: the 收入 side and the 支出 side of
// one row come one after the other ("一般公共预算财政拨款收入 500.00 一般公共服务支出 300.00 …"), and the
// flat reader reads each as a row of its own. When every row's label tells its side and the sides
// alternate, the rows are paired back into the table's rows: [收入 label, cells…, 支出 label, cells…].
import type { DocTable } from '../../domain/checks/document.js';

const NUMBERING = /^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[）)]|\d{1,2}[.、．](?!\d))/;
const INCOME = /收入(?:合计|总计)?$|拨款$|^年初.*结[转余]|^上年结转|^使用.*结余|^用事业基金弥补/;
// the parts of 年末结转和结余 (基本支出结转, 项目支出结转和结余, 经营结余) are listed on the 支出 side
const SPENDING = /支出(?:合计|总计)?$|^年末.*结[转余]|^结余分配|^结转下年|^(?!年初|上年|使用).*(?:结转|结余)$/;

function sideOf(label: string): 'in' | 'out' | null {
  const l = label.replace(/\s/g, '').replace(NUMBERING, '');
  const i = INCOME.test(l);
  const o = SPENDING.test(l);
  return i === o ? null : i ? 'in' : 'out';
}

/** The table with its 收入 and 支出 rows paired, or the table itself when it is not one of two sides. */
export function pairSides(t: DocTable): DocTable {
  const rows = t.rows.slice(1);
  const sides = rows.map((r) => sideOf(r[0] ?? ''));
  // the sides alternate at least twice: a table of income rows then spending rows turns only once
  let turns = 0;
  for (let j = 1; j < sides.length; j++) if (sides[j - 1] === 'in' && sides[j] === 'out') turns++;
  if (turns < 2) return t;
  // two sides in one stream that cannot all be told apart: its totals would add up both sides
  if (sides.some((s) => s === null)) return { ...t, tight: false };
  const width = t.rows[0]!.length;
  const blank = () => Array.from({ length: width }, () => '');
  const out: string[][] = [];
  const lines: number[] = [];
  let open = -1; // a paired row whose 支出 side is still empty
  rows.forEach((r, j) => {
    const line = t.rowLines?.[j + 1] ?? t.line;
    if (sides[j] === 'in') {
      out.push([...r, ...blank()]);
      lines.push(line);
      open = out.length - 1;
    } else if (open === out.length - 1 && open >= 0) {
      out[open]!.splice(width, width, ...r);
      open = -1;
    } else {
      out.push([...blank(), ...r]);
      lines.push(line);
    }
  });
  const header = [...t.rows[0]!, ...t.rows[0]!];
  return { ...t, rows: [header, ...out], rowLines: [t.rowLines?.[0] ?? t.line, ...lines] };
}
