// Tables a converter flattened into running text, with bare numbers and the unit stated once
// (项目资金(万元) 年初预算数 全年预算数 全年执行数 … 年度资金总额: 10 12 11 …; 单位:万元 … 一、一般公共预算拨款收入
// 16,745.59 …; 单位:元 … 2023年度 2024年度 … (一) 收入总计 1200 1350): column headers and row labels are
// recovered from the token stream and each amount is stated as a sentence of the relation model
// (label + column + amount + unit), like the rows of a real table. A row whose amounts do not line up with
// the columns, a number right after a header, a label holding a number: nothing is stated. Pure.
import type { DocTable, ParsedDocument } from '../../domain/checks/document.js';
import { simplify } from './placement.js';
import { headOf, rowLabel, withoutGroups, type TableSource } from './tableSentences.js';

const NUMBER = /^-?\d[\d,]*(?:\.\d+)?%?$/;
const YEAR = '(?:19|20)\\d\\d年度?';
// a column header: an amount column (年初预算数, 2024年度, 本期) or one that is not (分值, 执行率, 增减%, 行次)
const COLUMN = new RegExp(
  `^(?:${YEAR})?(?:年度|年初|全年|调整后|本年|本期|上年同期|上年|期末|期初)?(?:批复)?(?:预算|决算|执行|预算执行)?(?:数|额|金额)?$` +
    `|^(?:分值|权重|得分|(?:预算)?执行率|增减(?:值|额|%|率)?|增长率|增加额|(?:19|20)\\d\\d比(?:19|20)\\d\\d增减|行次|行号|栏次|原因)$`,
);
const UNIT = /(?:单位|金额单位)[:：]\s*(万元|元)|[（(](万元|元)[)）]/;
const MAX_LABEL = 24;

/** Whitespace tokens, runs of single characters joined (本 年 收 入 合 计 → 本年收入合计), trailing | dropped. */
function tokens(line: string): string[] {
  const out: string[] = [];
  let single = '';
  for (const raw of simplify(line).replace(/\|/g, ' ').split(/\s+/)) {
    const t = raw.trim();
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
  const c = t.replace(/[（(](?:万元|元)[)）]$/, '');
  return c.length >= 2 && COLUMN.test(c) && !NUMBER.test(c);
};

/** The amount a column states, as a label suffix ('' = the row label alone; null = not an amount of the year). */
function columnHead(t: string, year: number | null): string | null {
  const c = t.replace(/[（(](?:万元|元)[)）]$/, '');
  const y = new RegExp(`^(${YEAR})`).exec(c);
  if (y && c === y[1]) return year !== null && Number(/\d{4}/.exec(c)![0]) === year ? '' : null; // a year alone: that year's amount
  if (/^(?:本期|本年)(?:数|额|金额)?$/.test(c)) return '';
  if (/^年初预算$/.test(c)) return '年初预算数';
  return headOf(c, year);
}

/** Lines outside the document's tables that hold bare amounts under a stated unit, read as table rows. */
export function flatTableSources(doc: ParsedDocument, year: number | null): TableSource[] {
  const inTable = new Set<number>();
  doc.tables.forEach((t: DocTable) => {
    for (let k = 0; k < (t.lineCount ?? t.rows.length); k++) inTable.add(t.line + k);
  });
  // one stream of tokens: a table flattened a cell per line goes on over many lines
  const stream: { t: string; unit: string | null }[] = [];
  let unit: string | null = null;
  doc.lines.forEach((line, i) => {
    if (inTable.has(i)) return;
    const u = UNIT.exec(simplify(line).replace(/\s+/g, ''));
    if (u) unit = u[1] ?? u[2]!;
    for (const t of tokens(line)) {
      // 年初 / 预算数 broken over two lines: one header
      const prev = stream[stream.length - 1];
      if (prev && /^(?:年初|全年|调整后|年度|本年|当年|实际)$/.test(prev.t) && /^(?:预算|执行|决算|完成|指标)/.test(t)) prev.t += t;
      else stream.push({ t, unit });
    }
  });
  const paragraphs: string[] = [];
  const rows: string[][] = [];
  let columns: string[] = [];
  let label: string | null = null;
  let run: string[] = []; // the column tokens since the last label or amount
  for (let k = 0; k < stream.length;) {
    const t = stream[k]!.t;
    if (!NUMBER.test(t)) {
      if (isColumn(t)) run.push(t);
      else {
        if (run.length >= 2 || (run.length && !columns.length)) columns = run; // a header (one column only as the first)
        run = [];
        label = t;
      }
      k++;
      continue;
    }
    const at = stream[k]!.unit;
    const values: string[] = [];
    while (k < stream.length && NUMBER.test(stream[k]!.t)) values.push(stream[k++]!.t);
    // 2020年预算数 16,745.59: amounts right after a header belong to a label somewhere else
    const afterHeader = run.length > 0;
    if (run.length >= 2) columns = run;
    run = [];
    const raw = label;
    // 合计 is the subject's total: the 三公 table's when 三公 was named just before, else nobody's
    const subject = stream.slice(Math.max(0, k - 60), k).some((x) => /三公/.test(x.t)) ? '“三公”经费合计' : null;
    const name = raw === null || afterHeader ? null : rowLabel(raw.replace(/[:：]$/, ''), subject);
    label = null;
    // a label is a noun phrase: punctuation inside (页,共 46 页) is running text around a number
    if (!at || name === null || /[，,;；。！？!?=/]/.test(name) || name.length > MAX_LABEL || !columns.length || values.length > columns.length) continue;
    // a group column over the amount columns (年度预算数(万元) 年初预算 …): the rate column aligns them
    const cols = withoutGroups(columns, year);
    const rateAt = cols.findIndex((c) => /率/.test(c));
    const rowRate = values.findIndex((v) => v.endsWith('%'));
    const shift = rateAt >= 0 && rowRate > rateAt ? rateAt - rowRate : 0;
    const said: string[] = [];
    values.forEach((v, j) => {
      const col = cols[j + shift];
      const head = col === undefined || v.endsWith('%') ? null : columnHead(col, year);
      if (head === null || (!name && !head)) return;
      said.push(`${name.endsWith(head) ? name : name + head}${v.replace(/,/g, '')}${at}`);
    });
    if (said.length) {
      paragraphs.push(`${said.join('，')}。`);
      rows.push([raw!, ...values]);
    }
  }
  return paragraphs.length ? [{ source: { paragraphs, context: '', data: true }, rows }] : [];
}
