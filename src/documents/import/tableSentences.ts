// Tables the budget-table reader does not take (三公 tables, 项目支出绩效自评表, 收入支出决算总表 flattened
// to text) become sentences of the same relation model: each money cell is stated as its row's label
// plus its column's header (公务接待费 + 决算数 + 5.21万元), so labels, the lexicon and the stage rules
// place it like prose. A table with no stated unit, or a column of another year, states nothing. Pure.
import type { DocTable, ParsedDocument } from '../../domain/checks/document.js';
import type { Placement, PlaceSource } from './placement.js';
import { simplify } from './simplify.js';
import { itemHeaderTable } from './threePublicHeader.js';

/** One table read as sentences: paragraph i states row `rows[i]` (an empty paragraph: nothing to state). */
export interface TableSource {
  source: PlaceSource;
  rows: string[][];
  /** Amounts read but bound to no column (listed with the reason). */
  unread?: string[];
}

const NUMBER = /^-?\d[\d,]*(?:\.\d+)?$/;
const PERCENT = /%$/;
// columns that are not amounts of the year: rates, weights, scores, row numbers, changes
const NOT_AMOUNT = /率|权重|得分|分值|行次|栏次|原因|说明|增减|变动|减少|增加|比上年|同比|上年|去年|占比|比重/;
// 1、部门预算项目 £ 2、区直专项: a row of options to tick (项目类别), never a column header
const CHOICES = /^\d+[、.．]\D|[£□☑■]/;
const AMOUNT_HEAD = /预算|决算|执行|支出|收入|金额|合计|数$/;
const TOTAL_ROW = /^(?:合计|总计|总额|小计|总额合计)$/;
const LIST_MARK = /^(?:[一二三四五六七八九十]+[、.．]|\d+[.、．](?!\d)|[（(][一二三四五六七八九十\d]+[)）])/;

const clean = (c: string) => simplify(c).replace(/\s+/g, '');

export function unitOf(t: DocTable, before: string): '万元' | '元' | null {
  const head = t.rows
    .slice(0, 8)
    .map((r) => r.join(' '))
    .join(' ');
  const text = clean(`${before} ${head}`);
  if (/万元/.test(text)) return '万元';
  if (/(?:单位|金额单位)[:：]元|[（(]元[)）]/.test(text)) return '元';
  return null;
}

/** The header cell as a label suffix: 决 算 数(万元) → 决算数; 2020年度支出 → 支出 (null: another year or no amount). */
export function headOf(cell: string, year: number | null): string | null {
  // 全年预算数(A) / 执行率(B/A): the letters name the columns for a formula, not what they hold
  let h = clean(cell).replace(/[（(](?:万元|元|[A-F](?:[/／-][A-F])?)[)）]/g, '');
  const y = /((?:19|20)\d\d)年度?/.exec(h);
  if (y) {
    if (year !== null && Number(y[1]) !== year) return null;
    h = h.replace(y[0], '');
    if (!h) return year !== null ? '' : null; // a year alone (2024年度): that year's amount, the row label says what
  }
  // 本期 / 本年数 beside 上年同期: this period's amount, the row label says what it is
  if (/^(?:本期|本年)(?:数|金额|发生额)?$/.test(h)) return '';
  // 本年预算数 / 本年决算数 beside 上年决算数: this year's, as 预算数 / 决算数 says
  h = h.replace(/^(?:本年度?|当年)(?=(?:预算|决算)数?$)/, '');
  if (!h || NOT_AMOUNT.test(h) || !AMOUNT_HEAD.test(h)) return null;
  // 金额 says nothing the row label does not; 预算执行数 is what was spent (the lexicon reads 执行数 as actual)
  return /^(?:金额|数额)$/.test(h) ? '' : h.replace(/^预算执行/, '执行');
}

/** The row's label as the lexicon reads it (其中:公务用车运行维护费 → 公务用车运行维护费; 合计 → the table's subject). */
export function rowLabel(cell: string, subject: string | null): string | null {
  const l = clean(cell)
    .replace(/^其中[:：]?/, '')
    .replace(LIST_MARK, '')
    .replace(/[:：]$/, '')
    .replace(/[“”"]/g, '');
  if (!l || NUMBER.test(l) || /^(?:项目|栏次|行次|经费项目|使用项目|科目)$/.test(l)) return null;
  // 年度资金总额 of a 项目支出绩效自评表: the column header alone says what it is (年初预算数 / 全年执行数)
  if (/^(?:年度|项目)(?:财政)?(?:资金)?总额$|^资金总额$/.test(l) || (l === '总额' && !subject)) return '';
  if (TOTAL_ROW.test(l)) return subject;
  // 配套变压器3台 / 2015年: a label holding a number would lend its words to the cell after it
  if (/\d/.test(l)) return null;
  return l === '财政资金' ? '财政拨款' : l;
}

/**
 * A header without its group cells: 年度预算数(万元) over 年初预算 | 调整后预算数 | … takes a cell of the header
 * row that the rows below do not have.
 */
export function withoutGroups(cells: string[], year: number | null): string[] {
  return cells.filter((c, i) => !(/(?:万元|元)[)）]\s*$/.test(clean(c)) && headOf(c, year) && cells[i + 1] !== undefined && headOf(cells[i + 1]!, year)));
}

// a header cell over a block of columns: 2030年 | 2031年, 上年 | 本年 (their 预算数 | 决算数 on the row below)
const GROUP = /^(?:(?:19|20)\d\d年度?|上年度?|本年度?|当年|上期|本期|上年同期)(?:数|金额)?$/;

/**
 * 项目 | 2030年 | 2031年 over 预算数 | 决算数 | 预算数 | 决算数: each column of the row below takes the group of its block
 * (the blocks are equal, in order: merged cells may have lost their empty places) — 2031年预算数, 上年决算数. Null when the
 * header row holds no such groups; no column named when the row below does not split evenly over them.
 */
export function underGroups(header: string[], sub: string[]): string[] | null {
  const h = header.map(clean);
  const c = sub.map(clean);
  if (new Set(h.filter((x) => GROUP.test(x))).size < 2) return null;
  // cells on one grid (.xlsx, .docx: a merged group repeated or left empty over its block; the row keeps its cell
  // under 项目): each column takes the group over it or before it
  if (h.length === c.length && headOf(c[0] ?? '', null) === null) {
    let g = '';
    return c.map((x, j) => {
      if (GROUP.test(h[j]!)) g = h[j]!;
      else if (h[j]) g = '';
      return x && g ? `${g}${x}` : x;
    });
  }
  const groups = h.filter((x, i) => GROUP.test(x) && x !== h[i - 1]);
  const named = c.map((x, j) => (x && headOf(x, null) !== null ? j : -1)).filter((j) => j >= 0);
  // 上年 | 本年 over 预算数 | 决算数 | 决算数: which column is this year's is not known — none is read (the rows are listed)
  if (named.length % groups.length !== 0) return c.map(() => '');
  const block = named.length / groups.length;
  const names = c.map(() => '');
  named.forEach((j, k) => (names[j] = `${groups[Math.floor(k / block)]}${c[j]}`));
  // the row starts with an amount column (its empty cell under 项目 was dropped): the rows below start with their label
  return named[0] === 0 ? ['', ...names] : names;
}

/** 2030年预算数 beside 2031年 / 上年决算数: an amount column of another year, as a label that says so (else null). */
export function otherYearHead(cell: string, year: number | null): string | null {
  const h = clean(cell).replace(/[（(](?:万元|元)[)）]/g, '');
  const y = /^((?:19|20)\d\d)年度?/.exec(h);
  const rest = y
    ? h.slice(y[0].length)
    : (/^(?:上年度?|去年|上期|上年同期)/.exec(h)?.[0] ?? null) !== null
      ? h.replace(/^(?:上年度?|去年|上期|上年同期)/, '')
      : null;
  if (rest === null || (y && (year === null || Number(y[1]) === year))) return null;
  // (上年 / 2030年 alone: that year's amount, the row label says what)
  const head = rest ? headOf(rest, null) : '';
  return head === null ? null : `${y ? `${y[1]}年` : '上年'}${head}`;
}

/** The one year a table's own title (a row of one merged cell, or the lines just before it) names, else null. */
function tableYear(t: DocTable, before: string): number | null {
  const title =
    t.rows
      .slice(0, 3)
      .find((r) => new Set(r.map(clean).filter(Boolean)).size === 1)
      ?.find((c) => clean(c)) ?? '';
  const years = new Set([...`${before} ${title}`.matchAll(/((?:19|20)\d\d)\s*年/g)].map((m) => Number(m[1])));
  return years.size === 1 ? [...years][0]! : null;
}

const THREE_PUBLIC_WORDS = /三公|公务接待|公务用车|因公出国/;
/** The table's own title and unit note: the two lines at most right above it that state no amount (nor a heading before them). */
function caption(doc: ParsedDocument, t: DocTable): string {
  const out: string[] = [];
  for (let i = t.line - 1; i >= Math.max(0, t.line - 2); i--) {
    const l = doc.lines[i] ?? '';
    if (/\d\s*(?:万元|元|亿元)/.test(l)) break;
    out.push(l);
    if (!/^\s*[（(]?(?:金额)?单位[:：]/.test(l)) break; // a title (or a heading) ends the caption
  }
  return out.join(' ');
}

/** The lines just before a table (its title, its 单位：万元). */
export const linesBefore = (doc: ParsedDocument, t: DocTable): string => doc.lines.slice(Math.max(0, t.line - 5), t.line).join(' ');

/** `taken`: rows another reader used (a key-project table's), stated by none here. */
export function tableSources(doc: ParsedDocument, tables: DocTable[], docYear: number | null, taken = new Set<string[]>()): TableSource[] {
  const out: TableSource[] = [];
  for (const t of tables) {
    const before = linesBefore(doc, t);
    // a report with no year of its own: the table's title may name it (某馆2031年度“三公”经费支出决算表)
    const year = docYear ?? tableYear(t, before);
    const unit = t.unit ?? unitOf(t, before);
    if (!unit) continue;
    const all = clean(`${before} ${t.rows.map((r) => r.join(' ')).join(' ')}`);
    // 合计 of another table: whose total is not known (a 三公 sentence above a table of projects names no subject of it)
    const subject = THREE_PUBLIC_WORDS.test(clean(`${caption(doc, t)} ${t.rows.map((r) => r.join(' ')).join(' ')}`)) ? '“三公”经费合计' : null;
    // 合计 | 因公出国（境）费 | … as header cells over 预算数 | 决算数, the amounts on one row under them
    const items = subject ? itemHeaderTable(t.rows, unit) : null;
    if (items) {
      const row = t.rows[items.row]!.join(' | ');
      const unread = items.unsure.map((v) => `${v}${unit} — 表格中的数，空格被略去，合计关系容许几种读法，未能确定所在的列 — 表格：${row}`);
      const paragraphs = t.rows.map((_, i) => (i === items.row && items.said.length ? `${items.said.join('，')}。` : ''));
      out.push({ source: { paragraphs, context: before, data: true }, rows: t.rows, unread });
      continue;
    }
    // the header: the first row of two or more cells naming an amount column and holding no number
    const h = t.rows.slice(0, 8).findIndex(
      (r) =>
        // (a title merged across the row is one cell written five times, not a header)
        new Set(r.map(clean).filter(Boolean)).size >= 2 &&
        r.some((c) => !CHOICES.test(clean(c)) && headOf(c, year) !== null) &&
        !r.some((c) => NUMBER.test(clean(c))),
    );
    const hdr = h >= 0 ? withoutGroups(t.rows[h]!, year) : [];
    const unread: string[] = [];
    let names: string[] | null = h >= 0 ? hdr : null;
    let heads = names ? names.map((c) => headOf(c, year)) : null;
    let rateAt = hdr.findIndex((c) => /率/.test(c));
    const paragraphs = t.rows.map((r, i) => {
      if (i <= h || taken.has(r)) return '';
      // a later header row (绩效指标 | 一级指标 | … | 年度指标值 | 实际完成值) starts another table: its columns
      // are not the money columns above
      if (heads && r.filter((c) => clean(c)).length >= 3 && !r.some((c) => /\d/.test(c))) {
        names = (i === h + 1 && underGroups(t.rows[h]!, r)) || r;
        heads = names.map((c) => headOf(c, year));
        rateAt = names.findIndex((c) => /率/.test(c));
        return '';
      }
      // 项目资金（万元） merged down the first column, the row names in the second (its header cell empty):
      // 年度资金总额 | 40 | 38 … under 年初预算数 | 全年预算数 …
      const lc = h >= 0 && !clean(r[0] ?? '') && clean(t.rows[h]![0] ?? '') && !clean(t.rows[h]![1] ?? '') && /[\u4e00-\u9fff]/.test(r[1] ?? '') ? 1 : 0;
      const label = rowLabel(r[lc] ?? '', subject);
      if (label === null) return '';
      const said: string[] = [];
      const others: string[] = []; // amounts of another year's column: listed as such, never lost in silence
      const cols = heads;
      if (cols) {
        // cells line up from the left (a row may stop before 分值); a row with more cells before its rate
        // than the header (the header lacks a leading cell) is aligned by the rate column
        // a header with no cell over the row labels (年初预算数 | 全年预算数 | …) starts one cell to the left
        const base = /^(?:年初|全年|调整后|本年)?(?:预算|决算|执行)数?$/.test(cols[0] ?? '') ? -1 : 0;
        const rowRate = r.findIndex((c) => PERCENT.test(clean(c)));
        const shift = rateAt >= 0 && rowRate >= 0 && rowRate + base > rateAt ? rateAt - rowRate : base;
        r.forEach((c, j) => {
          const head = j > lc && j + shift >= 0 ? cols[j + shift] : null;
          const v = clean(c);
          if (head != null && NUMBER.test(v) && (label || head)) said.push(`${label.endsWith(head) ? label : label + head}${v}${unit}`); // 经费支出 + 支出 once
          const other = head == null && label && names && j > lc && j + shift >= 0 ? otherYearHead(names[j + shift] ?? '', year) : null;
          const y = Number(/^(\d{4})年/.exec(other ?? '')?.[1] ?? 0);
          // an earlier year is said as 上年 (the placement may not know the table's year); a later one of a table whose
          // year only its title gives is listed here
          if (other && NUMBER.test(v)) {
            if (y && year !== null && y < year) others.push(`${label}${other.replace(/^\d{4}年/, '上年')}${v}${unit}。`);
            else if (y && docYear === null) unread.push(`${v}${unit} — 上年或其他年度的数（${other}），不入栏目 — 表格：${r.join(' | ')}`);
            else others.push(`${label}${other}${v}${unit}。`);
          }
        });
      } else if (/行次|金额/.test(all) && r.length <= 3) {
        // 收入支出决算总表 one cell per line: label | 行次 | 金额
        const v = clean(r[r.length - 1] ?? '');
        if (r.length >= 2 && NUMBER.test(v) && label) said.push(`${label}${v}${unit}`);
      }
      return `${said.length ? `${said.join('，')}。` : ''}${others.join('')}`;
    });
    if (paragraphs.some(Boolean)) out.push({ source: { paragraphs, context: `${before}`, data: true }, rows: t.rows, unread });
  }
  return out;
}

/**
 * After placement: each table figure names its row (表格：公务接待费 | 14.9 | 5.21) instead of the sentence
 * made of it; rows of tables nobody read that hold a number and placed or listed nothing are listed whole.
 */
export function tableRowsLeft(free: DocTable[], tables: TableSource[], tableAt: number, placement: Placement, taken = new Set<string[]>()): string[] {
  const hit = new Set<string>();
  for (const f of [...placement.placed, ...placement.unplaced]) {
    if (f.source < tableAt) continue;
    f.sentence = `表格：${tables[f.source - tableAt]!.rows[f.paragraph]!.join(' | ')}`;
    hit.add(`${f.source - tableAt}:${f.paragraph}`);
  }
  const out: string[] = [];
  for (const t of free) {
    if (t.loose) continue; // its lines stay prose: their figures are listed there
    const k = tables.findIndex((x) => x.rows === t.rows);
    t.rows.forEach((r, i) => {
      if (r.some((c) => /\d/.test(c)) && !hit.has(`${k}:${i}`) && !taken.has(r)) out.push(`表格行：${r.join(' | ')}`);
    });
  }
  return out;
}
