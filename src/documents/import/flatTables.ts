// Tables a converter flattened into running text, with bare numbers and the unit stated once
// (项目资金(万元) 年初预算数 全年预算数 全年执行数 … 年度资金总额: 10 12 11 …; 单位:万元 … 一、一般公共预算拨款收入
// 16,745.59 …; 单位:元 … 2023年度 2024年度 … (一) 收入总计 1200 1350): column headers and row labels are
// recovered from the token stream and become DocTables of the document structure, read by the checker
// and the importer alike. A row whose amounts do not line up with the columns, a number right after a
// header, a label holding a number: no row. The lines stay prose too (lineCount 0): a sentence that
// happens to look like a row is still read as a sentence. Pure; linear in the text.
import type { DocTable } from '../../domain/checks/document.js';
import { simplify } from './simplify.js';
import { rowLabel } from './tableSentences.js';
import { pairSides } from './flatSides.js';

// signed as the checker reads a cell (quantity/sign.ts): −1.83, －1.83, +1.83, (1.83) in a change column
const NUMBER = /^(?:[-−－﹣+＋]?\d[\d,]*(?:\.\d+)?%?|[（(]\d[\d,]*\.\d+[)）])$/;
const YEAR = '(?:19|20)\\d\\d年度?';
// a column header: an amount column (年初预算数, 2024年度, 本期) or one that is not (分值, 执行率, 增减%, 行次)
const COLUMN = new RegExp(
  `^(?:${YEAR})?(?:年度|年初|全年|调整后|变动后|本年|当年|本期|上年同期|上年|期末|期初)?(?:批复)?(?:预算|决算|执行|预算执行|调整预算|完成(?=数|额|金额)|实际(?:采购|支出|完成)?)?(?:数|额|金额)?$` +
    `|^(?:分值|权重|得分|实际得分|自评得分|(?:预算)?(?:执行|完成)率|增减(?:值|额|率)?|增长率|增加额|占比|比重|(?:比上年|同比)(?:增长|增减)(?:率)?|(?:19|20)\\d\\d比(?:19|20)\\d\\d增减|行次|行号|栏次|原因` +
    `|(?:完成|为)(?:年初|调整后?|全年)?预算(?:数)?的?|(?:决算|执行)数?为(?:年初|调整后?|全年)?预算数?的?)(?:[%％]|[（(][%％][）)])?$`,
);
const UNIT = /(?:单位|金额单位)[:：]\s*(万元|元)|[（(](万元|元)[)）]/;
const UNIT_SUFFIX = /[（(](?:万元|元)[)）]$/;
const MAX_LABEL = 24;
const HEADER_START = /^(?:项目|项目名称|科目名称|功能分类科目名称)$/;
const CLASS_COLUMN = /^(?:合计|小计|本年支出合计|基本支出|项目支出|上缴上级支出|经营支出|对附属单位补助支出|人员经费|公用经费)$/;
const CODE_HEADER = /^(?:(?:支出)?功能分类|经济分类)?(?:科目)?(?:编码|代码)$/;
/** An account code: 3, 5 or 7 digits of the expenditure, revenue or economic classification (201, 20101, 2010101). */
const CODE = /^[1-3]\d{2}(?:\d{2}){0,2}$/;
/** A word right after a number that makes it a quantity of a sentence, not a cell. */
const UNIT_WORD = /^(?:亿元|万元|元|个|场|人|次|项|家|户|天|页|批|篇|期|件|条|所|名|人次|万人次|平方米|公里|亩|吨|台|辆|%)(?:$|[，,。；;、])/;
/** Tokens of one line read at most (a 10 MB line is text, not a table). */
const MAX_TOKENS = 5000;
/** Characters of one line read (a report flattened onto one line is tens of KB; 10 MB is not a table). */
const MAX_LINE = 100_000;

/** Whitespace tokens, runs of single characters joined (本 年 收 入 合 计 → 本年收入合计), trailing | dropped. */
function tokens(plain: string): string[] {
  const out: string[] = [];
  let single = '';
  const raw = plain.replace(/\|/g, ' ').split(/\s+/, MAX_TOKENS);
  for (const r of raw) {
    const t = r.trim();
    if (!t) continue;
    if (t.length === 1 && !/\d/.test(t)) {
      single += t;
      continue;
    }
    if (single) out.push(single);
    single = '';
    out.push(t);
  }
  if (single) out.push(single);
  return out;
}

const isColumn = (t: string) => {
  const c = t.replace(UNIT_SUFFIX, '');
  return c.length >= 2 && COLUMN.test(c) && !NUMBER.test(c);
};
const amountColumn = (t: string) => isColumn(t) && !/率|分值|权重|得分|增减|增长|增加|占比|比重|行次|行号|栏次|原因|[%％]|为.*预算|完成.*预算/.test(t);

/** A header without its group cell: 年度预算数(万元) over 年初预算 | 调整后预算数 | …; cells named as the rows read them. */
function headerCells(run: string[]): string[] {
  return run
    .filter((c, i) => !(UNIT_SUFFIX.test(c) && amountColumn(c) && run[i + 1] !== undefined && amountColumn(run[i + 1]!)))
    .map((c) => c.replace(UNIT_SUFFIX, '').replace(/^年初预算$/, '年初预算数'));
}

interface Token {
  t: string;
  line: number;
  unit: '万元' | '元' | null;
}

/** Row names, then one column name, then as many amounts as names: a one-column table written down its column. */
function columnOf(names: Token[], column: Token, values: string[], unit: Token['unit']): DocTable | null {
  const rows = names.slice(names.findLastIndex((n) => HEADER_START.test(n.t)) + 1);
  const good = (n: string) => n.length >= 2 && n.length <= MAX_LABEL && /[\u4e00-\u9fff]/.test(n) && !/[，,;；。！？!?=/:：]/.test(n) && !NUMBER.test(n);
  if (!unit || rows.length < 2 || rows.length !== values.length || !rows.every((r) => good(r.t)) || !amountColumn(column.t)) return null;
  return {
    line: rows[0]!.line,
    rows: [['项目', headerCells([column.t])[0]!], ...rows.map((r, j) => [r.t, values[j]!])],
    rowLines: [column.line, ...rows.map((r) => r.line)],
    lineCount: 0,
    unit,
    loose: true,
    tight: true,
  };
}

/** Tables read from the token stream of the lines not `taken` by other tables. */
export function flatTables(lines: string[], taken: Set<number>): DocTable[] {
  // one stream of tokens: a table flattened a cell per line goes on over many lines
  const stream: Token[] = [];
  let unit: Token['unit'] = null;
  let numbers = 0;
  lines.forEach((line, i) => {
    if (taken.has(i) || !line.trim()) return;
    const plain = simplify(line.length > MAX_LINE ? line.slice(0, MAX_LINE) : line);
    const u = UNIT.exec(plain.length > 2000 ? plain.slice(0, 2000).replace(/\s+/g, '') : plain.replace(/\s+/g, ''));
    if (u) unit = (u[1] ?? u[2]) as Token['unit'];
    for (const t of tokens(plain)) {
      // 年初 / 预算数 broken over two lines: one header
      const prev = stream[stream.length - 1];
      if (prev && /^(?:年初|全年|调整后|年度|本年|当年|实际)$/.test(prev.t) && /^(?:预算|执行|决算|完成|指标)/.test(t)) prev.t += t;
      else {
        if (NUMBER.test(t)) numbers++;
        stream.push({ t, line: i, unit });
      }
    }
  });
  if (!numbers) return [];
  const out: DocTable[] = [];
  let table: DocTable | null = null;
  let columns: string[] = [];
  let columnsAt = -1;
  let label: Token | null = null;
  let run: Token[] = []; // the column tokens since the last label or amount
  // a run of numbers since the header that became no row: a later row of the table may follow a lost one
  let gap = false;
  // 科目编码 | 科目名称 | 决算数: each row's code is the last number before its name ("… 180.00 20101 人大事务 …")
  let codeHeader = false;
  let codes = false;
  let pendingCode = '';
  let headerStart = false;
  let names: Token[] = []; // the label tokens in a row since the last number or column // right after 项目 / 科目名称: 合计 基本支出 项目支出 are column names
  const setColumns = (r: Token[]) => {
    columns = headerCells(r.map((x) => x.t));
    columnsAt = r[0]!.line;
    table = null;
    gap = false;
    codes = codeHeader;
    codeHeader = false;
    pendingCode = '';
  };
  for (let k = 0; k < stream.length;) {
    const tok = stream[k]!;
    if (!NUMBER.test(tok.t)) {
      const after = stream[k + 1]?.t ?? '';
      // 项目 合计 基本支出 项目支出: two or more classification words right after 项目 name columns
      const classColumn = headerStart && CLASS_COLUMN.test(tok.t) && (run.length > 0 || CLASS_COLUMN.test(after));
      if (isColumn(tok.t) && !classColumn) headerStart = false;
      if (isColumn(tok.t) || classColumn) run.push(tok);
      else {
        headerStart = HEADER_START.test(tok.t) || CODE_HEADER.test(tok.t);
        if (run.length >= 2 || (run.length && !columns.length)) setColumns(run); // a header (one column only as the first)
        if (run.length) names = [];
        run = [];
        label = tok;
        names.push(tok);
        if (CODE_HEADER.test(tok.t)) codeHeader = true;
        // a sentence between rows: what follows it is not known to be the same table
        if (/[。！？；]/.test(tok.t)) gap = true;
      }
      k++;
      continue;
    }
    headerStart = false;
    const at = tok.unit;
    const values: string[] = [];
    while (k < stream.length && NUMBER.test(stream[k]!.t)) values.push(stream[k++]!.t);
    const stated = names;
    names = [];
    // 项目 ⏎ 基本支出 ⏎ 项目支出 ⏎ 合计 ⏎ 决算数 ⏎ 318.46 ⏎ 97.20 ⏎ 415.66: a column of one cell per line
    // (基本支出 项目支出 合计 right after 项目 were taken for column names: they are the rows here)
    const lead = run.slice(0, -1);
    const transposed = run.length && lead.every((c) => CLASS_COLUMN.test(c.t)) ? columnOf([...stated, ...lead], run[run.length - 1]!, values, tok.unit) : null;
    if (transposed) {
      out.push(transposed);
      run = [];
      label = null;
      continue;
    }
    // 2020年预算数 16,745.59: amounts right after a header belong to a label somewhere else
    const afterHeader = run.length > 0;
    if (run.length >= 2 || (run.length && codeHeader)) setColumns(run);
    run = [];
    const following = stream[k]?.t ?? '';
    const rowCode = pendingCode;
    pendingCode = '';
    // one number more than the columns (or a lone one right after the header): the next row's code
    const extra = values.length === columns.length + 1 || (values.length === 1 && (afterHeader || !label));
    if (codes && extra && CODE.test(values[values.length - 1]!) && /[\u4e00-\u9fff]/.test(following) && !isColumn(following)) {
      pendingCode = values.pop()!;
      if (!values.length) {
        label = null;
        continue;
      }
    }
    const raw = label;
    label = null;
    const name = raw === null || afterHeader ? null : raw.t.replace(/[:：]$/, '');
    // a label is a noun phrase: punctuation inside (页,共 46 页) is running text around a number, and a
    // number followed by its unit word (举办活动 12 场) is a sentence
    const next = stream[k]?.t ?? '';
    // until this run becomes a row it is a lost one
    const lost = gap;
    gap = true;
    if (UNIT_WORD.test(next)) continue;
    if (
      !at ||
      !name ||
      name.length < 2 ||
      !/[\u4e00-\u9fff]/.test(name) ||
      rowLabel(name, '合计') === null ||
      // 实际完成值 8755 under money columns read far above: an indicator's value (a count), not a money row
      /指标|完成值|目标值/.test(name) ||
      /[，,;；。！？!?=/]/.test(name) ||
      name.length > MAX_LABEL ||
      !columns.length ||
      values.length > columns.length
    )
      continue;
    // the rate column aligns a row with fewer amounts than columns
    const rateAt = columns.findIndex((c) => /率/.test(c));
    const rowRate = values.findIndex((v) => v.endsWith('%'));
    const shift = rateAt >= 0 && rowRate > rateAt ? rateAt - rowRate : 0;
    const cells = columns.map(() => '');
    values.forEach((v, j) => {
      if (j + shift >= 0 && j + shift < cells.length) cells[j + shift] = v;
    });
    const fresh = !table || table.unit !== at;
    const t: DocTable = fresh
      ? {
          line: columnsAt,
          rows: [[...(codes ? ['科目编码'] : []), '项目', ...columns]],
          rowLines: [columnsAt],
          lineCount: 0,
          unit: at,
          loose: true,
          tight: true,
        }
      : table!;
    if (fresh) {
      out.push(t);
      table = t;
    }
    if (lost) t.tight = false;
    gap = false;
    // a row short of cells lost one, unless what it lacks are the trailing 分值 | 执行率 | 得分 columns
    // (其中:当年财政拨款 50 60 57 under a 年度资金总额 row that states them)
    if (values.length !== columns.length && (shift !== 0 || columns.slice(values.length).some(amountColumn))) t.tight = false;
    t.rows.push([...(codes ? [rowCode] : []), name, ...cells]);
    t.rowLines!.push(raw!.line);
  }
  return out.map(pairSides);
}
