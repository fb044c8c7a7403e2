// A table of key projects (项目名称 | 预算数 | 执行数 | 执行率, or 项目名称 | 年初预算 | 调整预算 | 实际支出 | 执行率):
// each row a key project whose money is its measure (budget as target, spending as actual, 万元), as prose
// about a named project gives it (projectMoney). Its 合计 is no project; its rates are the checker's to judge. Pure.
import type { DocTable } from '../../domain/checks/document.js';
import { normalize, shift } from '../../domain/decimal.js';
import { conceptOf } from '../../domain/relations/figures.js';
import { projectField } from './placementWords.js';
import { projectMoney, type ProjectAmount } from './projectMoney.js';
import type { ProjectBook } from './projects.js';
import { simplify } from './simplify.js';

// the column of the names: 项目名称 / 重点项目; a bare 项目 heads 三公, budget and expense tables too (rowsAreProjects)
const NAME_HEAD = /^(?:重点|主要)?项目(?:名称|名)$|^重点项目$|^项目$/;
// 办公费 / 会议费: a class of expense, no project (…工作经费 is a project's money)
const EXPENSE_CLASS = /(?<!经)费$/;
const NUMBER = /^-?\d[\d,]*(?:\.\d+)?$/;
const TOTAL = /^(?:合计|总计|小计|总额|总额合计)$/;
// columns a project table may carry beside its money: rates (the checker's), row numbers, notes
const OTHER = /率$|^序号$|^备注$|说明|原因|^(?:分值|得分|权重)$|^项目(?:类别|类型|性质)$|^(?:主管|实施)(?:部门|单位)$/;

const clean = (c: string) =>
  simplify(c)
    .replace(/\s+/g, '')
    .replace(/[（(](?:万元|元|%)[)）]$/, '');

/** A row's name without its outline number. */
const nameOf = (cell: string | undefined) => clean(cell ?? '').replace(/^(?:\d+[.、．]?|[一二三四五六七八九十]+、)/, '');

/**
 * Under a bare 项目: the rows (but a 合计 or 其中 row) are projects only when every one has a name that is no line the
 * lexicon knows (公务接待费, 基本支出, 工资福利支出) and no class of expense (办公费).
 */
function rowsAreProjects(rows: string[][], at: number): boolean {
  const names = rows
    .filter((r) => r.some((c, j) => j !== at && NUMBER.test(clean(c).replace(/,/g, ''))))
    .map((r) => nameOf(r[at]))
    .filter((n) => !TOTAL.test(n) && !n.startsWith('其中'));
  return names.length > 0 && names.every((n) => /[\u4e00-\u9fff]/.test(n) && !conceptOf(n) && !EXPENSE_CLASS.test(n));
}

/** The money a header cell names: the budget as adopted or adjusted, or what was spent. */
function columnOf(cell: string): 'initial' | 'adjusted' | 'executed' | null {
  const h = clean(cell);
  if (/^调整(?:后)?预算(?:数)?$|^全年预算(?:数)?$/.test(h)) return 'adjusted';
  if (/^决算(?:数)?$|^实际支出(?:数)?$/.test(h)) return 'executed';
  return projectField(h);
}

/** The rows of a key-project table it read (rows to take from the other readers), and rows it leaves with the reason. */
export interface ProjectTableRead {
  rows: string[][];
  notes: string[];
}

/**
 * The key projects of a table whose header names the projects' column and only money, rate and note columns
 * besides (in `unit`, the table's); null when the table is not such a table.
 */
export function readProjectTable(book: ProjectBook, t: DocTable, unit: '万元' | '元' | null): ProjectTableRead | null {
  if (t.loose || !unit) return null;
  const h = t.rows.slice(0, 3).findIndex((r) => r.some((c) => NAME_HEAD.test(clean(c))));
  if (h < 0) return null;
  const header = t.rows[h]!;
  const at = header.findIndex((c) => NAME_HEAD.test(clean(c)));
  const cols = header.map((c, j) => (j > at ? columnOf(c) : null));
  const rest = header.slice(at + 1).filter((c) => clean(c));
  if (!rest.every((c) => columnOf(c) || OTHER.test(clean(c)))) return null;
  // the budget a rate is taken of: the adjusted one when the table has it (执行率 = 执行数 ÷ 调整后预算)
  const budgetCol = cols.indexOf('adjusted') >= 0 ? cols.indexOf('adjusted') : cols.indexOf('initial');
  const spentCol = cols.indexOf('executed');
  if (budgetCol < 0 || spentCol < 0) return null;
  if (clean(header[at]!) === '项目' && !rowsAreProjects(t.rows.slice(h + 1), at)) return null;
  const amount = (cell: string | undefined): ProjectAmount | undefined => {
    const v = clean(cell ?? '').replace(/,/g, '');
    if (!NUMBER.test(v)) return undefined;
    return { wan: normalize(unit === '元' ? shift(v, -4) : v), text: (cell ?? '').trim(), start: 0 };
  };
  const out: ProjectTableRead = { rows: [], notes: [] };
  for (const r of t.rows.slice(h + 1)) {
    const name = nameOf(r[at]);
    const budget = amount(r[budgetCol]);
    const spent = amount(r[spentCol]);
    if (!budget && !spent) continue;
    out.rows.push(r);
    const note = (why: string) => out.notes.push(`${(budget ?? spent)!.text}${unit} — ${why} — 表格：${r.join(' | ')}`);
    if (TOTAL.test(name) || name.startsWith('其中')) note('重点项目表的合计行，不是一个项目，不入栏目');
    // 基本支出 / 公务接待费 in the names' column: a line of the unit's account, not a project
    else if (!/[\u4e00-\u9fff]/.test(name) || conceptOf(name)) note('重点项目表中的这一行不是一个项目（名称是收支科目或空），未读入');
    else projectMoney(book, name, budget, spent);
  }
  return out.rows.length ? out : null;
}
