// Lines → sections and tables. Pure: the readers (read.ts) produce lines, this gives them structure.
import { tableLineSet, type DocSection, type DocTable, type ParsedDocument } from '../../domain/checks/document.js';
import { cellPerLineTables } from './cellTables.js';
import { flatTables } from './flatTables.js';
import { splitProseTables } from './proseTables.js';
import { gluedTables } from './gluedTables.js';
import { rowNumberTables } from './rowNumberTables.js';
import { scrambledForms } from './scrambledForms.js';
import { withIndicators } from './flatIndicators.js';
import { joinBrokenRows, spacedTables, withHeader } from './spacedTables.js';
import type { SectionKind } from '../../domain/types.js';

const CN = '[一二三四五六七八九十]+';
const HEADINGS: [RegExp, number][] = [
  [new RegExp(`^(${CN}、)\\s*(.+)$`), 1],
  [new RegExp(`^([（(]${CN}[）)])\\s*(.+)$`), 2],
  [/^(\d{1,2}[、.．](?!\d))\s*(.+)$/, 3],
  [/^([（(]\d{1,2}[）)])\s*(.+)$/, 4],
];

/** Standard headings of the department-wide outline (DOMAIN.md), recognised even unnumbered. */
const STANDARD: [RegExp, number, SectionKind][] = [
  [/^部门(基本|概况)情况|^单位(基本|概况)情况/, 1, 'profile'],
  [/^机构、?人员构成/, 2, 'profile'],
  [/^(单位|部门)?主要职责/, 2, 'duties'],
  [/^一般公共预算(财政拨款)?支出情况/, 1, 'budget'],
  [/^基本支出情况/, 2, 'budget'],
  [/^项目支出情况/, 2, 'budget'],
  [/^政府性基金预算(财政拨款)?支出情况/, 1, 'budget'],
  [/^国有资本经营预算(财政拨款)?支出情况/, 1, 'budget'],
  [/^社会保险基金预算(财政拨款)?支出情况/, 1, 'budget'],
  [/^(部门|单位)?整体支出绩效情况/, 1, 'performance'],
  [/^存在的(主要)?问题(及原因分析)?/, 1, 'problems'],
  [/^下一步(改进|工作)(措施|打算)/, 1, 'measures'],
  [/^(部门整体支出)?绩效自评结果(拟)?应用(和|及)公开情况/, 1, 'publication'],
  [/^其他需要说明的(情况|问题)/, 1, 'other'],
  [/^重点民生实事(项目)?$/, 1, 'keyProject'],
  [/^各项指标完成情况/, 1, 'indicatorCategory'],
];

export function sectionKind(title: string): SectionKind {
  for (const [re, , kind] of STANDARD) if (re.test(title)) return kind;
  if (/职责/.test(title)) return 'duties';
  if (/基本情况|机构|人员/.test(title)) return 'profile';
  if (/预算|支出情况|资金/.test(title)) return 'budget';
  if (/问题/.test(title)) return 'problems';
  if (/措施|建议/.test(title)) return 'measures';
  if (/公开|应用/.test(title)) return 'publication';
  if (/重点民生|重点项目|民生实事/.test(title)) return 'keyProject';
  if (/绩效情况|绩效目标|完成情况/.test(title)) return 'performance';
  return 'other';
}

/** docx/text-conversion debris in front of the title: XML names, control characters, ASCII noise. */
export function isJunkLine(line: string): boolean {
  const t = line.trim();
  if (!t) return false;
  if (/[\u0000-\u0008\u000e-\u001f\ufffd]/.test(t)) return true;
  if (
    /PK\u0003|\[Content_Types\]|word\/|docProps|_rels|\.xml\b|\.rels\b|Normal\.dot|Microsoft (Office )?Word|WPS Office|KSOProductBuildVer|^(Title|Author|Subject|Keywords|Company|Creator|LastModifiedBy|Created|Modified|Revision)\s*[:：]|^(标题|作者|主题|关键词|创建者|最后修改者|修订号)\s*[:：]/i.test(
      t,
    )
  )
    return true;
  const cjk = (t.match(/[\u4e00-\u9fff]/g) ?? []).length;
  if (/[\u00c0-\u00ff]{2,}/.test(t) && cjk === 0) return true; // mojibake (ÐÏà¡±á)
  return t.length >= 6 && cjk / t.length < 0.15 && /[A-Za-z]{3,}/.test(t);
}

function splitRow(line: string): string[] | null {
  if ((line.match(/\|/g) ?? []).length >= 2) {
    const cells = line.split('|').map((c) => c.trim());
    if (cells[0] === '') cells.shift();
    if (cells[cells.length - 1] === '') cells.pop();
    if (cells.every((c) => /^[-:\s]*$/.test(c))) return []; // markdown separator row
    return cells;
  }
  // tables flattened with tabs or wide gaps: ≥3 cells, one numeric, no sentence punctuation
  if (/[，。；]/.test(line)) return null;
  // a tab closes one cell (two tabs hold an empty cell between them); spaces only in runs
  const t = line.trim();
  const cells = t.includes('\t')
    ? t.split('\t').map((c) => c.trim())
    : t
        .split(/ {2,}|\u3000{2,}/)
        .map((c) => c.trim())
        .filter(Boolean);
  if (cells.length >= 3 && cells.some((c) => /^[-\d.,%]+$/.test(c))) return cells;
  return null;
}

/**
 * Blank lines between two `|` rows (a markdown table pasted from a web page, a blank line after each row) keep the
 * table; rows with another number of cells on the far side are the next table.
 */
function pipedAround(lines: string[], i: number): boolean {
  const bars = (l: string | undefined) => (l && l.trimStart().startsWith('|') ? (l.match(/\|/g) ?? []).length : 0);
  const piped = (l: string | undefined) => bars(l) >= 2;
  let a = i - 1;
  while (a >= 0 && !lines[a]!.trim()) a--;
  let b = i + 1;
  while (b < lines.length && !lines[b]!.trim()) b++;
  return i - a <= 2 && b - i <= 2 && piped(lines[a]) && bars(lines[a]) === bars(lines[b]);
}

/** Consecutive row-like lines form a table (a single `|` line counts too: a flattened row). */
export function findTables(lines: string[]): DocTable[] {
  const cellTables = cellPerLineTables(lines);
  const taken = tableLineSet(cellTables);
  const tables: DocTable[] = [];
  const leading: boolean[][] = [];
  let cur: DocTable | null = null;
  lines.forEach((line, i) => {
    const row = taken.has(i) ? null : splitRow(line);
    if (row) {
      if (!cur) {
        cur = { line: i, rows: [] };
        tables.push(cur);
        leading.push([]);
      }
      cur.rows.push(row);
      leading[leading.length - 1]!.push(line.trimStart().startsWith('|'));
    } else if (!(cur && !line.trim() && pipedAround(lines, i))) cur = null;
  });
  const cellLines = tableLineSet(cellTables);
  const found = tables
    .map((t, k) => withHeader(joinBrokenRows(t, leading[k]!), lines, cellLines))
    .filter((t) => t.rows.length >= 2 || (t.rows[0]?.length ?? 0) >= 3);
  const spaced = spacedTables(lines, tableLineSet([...cellTables, ...found]));
  // tables flattened into running text: their lines stay prose (lineCount 0), so they go last
  // a one-row | table may be a whole table flattened onto one line (项目 | 预算数 | 决算数 | 合计 | 120 | …):
  // the flat reader reads its line too, and where it finds rows there the one-row table gives way
  const single = found.filter((t) => t.rows.length === 1);
  const flat = flatTables(lines, tableLineSet([...cellTables, ...found.filter((t) => t.rows.length > 1), ...spaced]));
  const flatLines = new Set(flat.flatMap((t) => t.rowLines ?? []));
  const kept = found.filter((t) => !single.includes(t) || !flatLines.has(t.line));
  const indicators = withIndicators(lines, tableLineSet([...cellTables, ...found.filter((t) => t.rows.length > 1), ...spaced]), flat);
  // a 自评表 whose cells were glued together (no space between them): its money rows, where their rates confirm them
  const glued = gluedTables(lines, tableLineSet([...cellTables, ...found.filter((t) => t.rows.length > 1), ...spaced]));
  // a 资金投入 table with a 行次 column: its rows' amounts where their columns are sure
  const numbered = rowNumberTables(lines, tableLineSet([...cellTables, ...found.filter((t) => t.rows.length > 1), ...spaced]));
  // a 自评表 whose cells a converter scrambled (labels inside the header, rows run together): only where no
  // other reader took the same row's amounts (a form laid out in order is theirs)
  const others = [...kept.filter((t) => t.rows.length > 1), ...flat, ...glued, ...numbered];
  const scrambled = scrambledForms(lines, tableLineSet([...cellTables, ...spaced])).filter((s) => !readElsewhere(s, others));
  return [...kept, ...cellTables, ...spaced, ...indicators, ...glued, ...numbered, ...scrambled].sort((a, b) => a.line - b.line);
}

/** Another table on the form's lines has one of its rows (by label) with one of that row's amounts. */
function readElsewhere(form: DocTable, others: DocTable[]): boolean {
  const lines = new Set(form.rowLines ?? [form.line]);
  const label = (c: string) => c.replace(/\s+/g, '').replace(/^其中[:：]?/, '');
  return others.some((t) => {
    const at = t.lineCount === 0 ? (t.rowLines ?? [t.line]) : [...tableLineSet([t])];
    if (!at.some((l) => lines.has(l))) return false;
    return form.rows.slice(1).some((r) => t.rows.some((o) => label(o[0] ?? '') === r[0] && o.slice(1).some((c) => c && r.slice(1).includes(c))));
  });
}

function headingOf(line: string): { numbering: string | null; title: string; level: number; runIn: boolean } | null {
  const t = line.trim();
  if (!t || t.includes('|')) return null;
  for (const [re, level] of HEADINGS) {
    const m = re.exec(t);
    if (!m) continue;
    const rest = m[2]!.trim();
    // A long line is a run-in heading: its lead sentence is the title.
    const lead = /^[^。；]*[。；]?/.exec(rest)![0];
    const runIn = rest.length > 40 || lead.length < rest.length;
    return { numbering: m[1]!, title: lead.replace(/[。；]$/, ''), level, runIn };
  }
  if (t.length <= 30) {
    const bare = t.replace(/[：:。]$/, '');
    for (const [re, level] of STANDARD) if (re.test(bare)) return { numbering: null, title: bare, level, runIn: false };
  }
  return null;
}

export const FUND_USE = /(?:资金|转移支付|公益金)[”"]?(?:的)?(?:管理使用|使用管理|分配使用|使用)情况$/;

/** Joins a two-line title (…整体支出 / 绩效自评报告) and finds it in the first lines. */
function findTitle(lines: string[]): string | null {
  for (let i = 0; i < Math.min(lines.length, 20); i++) {
    const t = lines[i]!.trim();
    // • 自评报告: an item of a web page's navigation (公开目录), not the title
    // 关于“某某补助资金”管理使用情况: one fund's report titled by its use
    if (FUND_USE.test(t) && t.length <= 80 && !/[。；]/.test(t)) return t;
    if (t.endsWith('报告') && !t.startsWith('附件') && !/^[•·▪◦●]/.test(t)) {
      let j = i - 1;
      while (j >= 0 && !lines[j]!.trim()) j--;
      const prev = j >= 0 ? lines[j]!.trim() : '';
      if (prev && t.length < 12 && /(年度|支出|单位|部门|项目|资金|经费|转移支付)$/.test(prev)) return prev + t;
      return t;
    }
  }
  return null;
}

export function structure(rawLines: string[], extraTables: DocTable[] = [], source?: ParsedDocument['source']): ParsedDocument {
  const lines = rawLines.map((l) => l.replace(/\s+$/, ''));
  // Junk only counts before the first real heading or title line.
  const junk: string[] = [];
  for (let i = 0; i < Math.min(lines.length, 60); i++) {
    const t = lines[i]!.trim();
    if (isJunkLine(t)) {
      junk.push(t);
      lines[i] = '';
    } else if (/报告|[一二三四五六七八九十]+、/.test(t)) break;
  }
  // the reader's own tables (.docx, .xlsx) are also written as "a | b" lines: a table found on any of
  // those lines is the same one read again (an .xlsx sheet whose first row is a one-cell title)
  const readerLines = tableLineSet(extraTables);
  const found = findTables(lines).filter((t) => ![...tableLineSet([t])].some((i) => readerLines.has(i)));
  const tables = [...extraTables, ...found].sort((a, b) => a.line - b.line);
  const tableLines = tableLineSet(tables);

  const sections: DocSection[] = [];
  const counters: number[] = [];
  const open: DocSection[] = [];
  lines.forEach((line, i) => {
    if (tableLines.has(i)) return;
    const h = headingOf(line);
    if (!h) return;
    // an unnumbered standard heading at level 2 without an open level-1 parent becomes level 1
    let level = h.level;
    while (level > 1 && !open.some((s) => s.level < level)) level--;
    while (open.length && open[open.length - 1]!.level >= level) open.pop()!.endLine = i;
    counters.length = level;
    for (let k = 0; k < level - 1; k++) counters[k] ??= 0;
    counters[level - 1] = (counters[level - 1] ?? 0) + 1;
    const key = counters.join('.');
    // sub-sections of categories, key projects, narrative and lists take their parent's kind
    const parent = open[open.length - 1];
    const kind = parent && !['profile', 'budget', 'other'].includes(parent.kind) ? parent.kind : sectionKind(h.title);
    const s: DocSection = { key, numbering: h.numbering, title: h.title, level, kind, line: i, endLine: lines.length, runIn: h.runIn };
    sections.push(s);
    open.push(s);
  });
  return { lines, sections, tables, title: findTitle(lines), junk, ...(source ? { source } : {}) };
}

/** Text of a whole report (any line endings) → ParsedDocument. */
export function parseText(text: string, source: ParsedDocument['source'] = { format: 'text' }): ParsedDocument {
  return structure(splitProseTables(text.replace(/^\ufeff/, '').split(/\r\n|\r|\n/)), [], source);
}
