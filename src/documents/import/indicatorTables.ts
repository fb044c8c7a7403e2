// The indicator part of a report's own tables (绩效自评表 / 绩效目标完成情况表 of a .docx or .xlsx): one row per
// 三级指标 with its 年度指标值, 实际完成值, 分值 and 得分, read by the header's column names. Merged 一级/二级指标
// cells come spread (DocTable.grid); columns the reader does not know are ignored; empty rows are skipped;
// a 合计/总分 row is the table's total, not an indicator. Pure.
import type { DocTable } from '../../domain/checks/document.js';

export interface ReportIndicator {
  level1: string | null;
  level2: string | null;
  name: string;
  target: string | null;
  actual: string | null;
  weight: string | null;
  score: string | null;
  deviationReason: string | null;
  /** The row as written, for the preview and the unplaced list. */
  row: string;
}

export interface ReportIndicatorTable {
  indicators: ReportIndicator[];
  /** The 合计/总分 row: its 分值 and 得分. */
  total: { weight: string | null; score: string | null } | null;
}

export type Column = 'level1' | 'level2' | 'name' | 'target' | 'actual' | 'weight' | 'score' | 'deviationReason';

const COLUMNS: [RegExp, Column][] = [
  [/^一级指标$/, 'level1'],
  [/^二级指标$/, 'level2'],
  [/^(?:三级指标|指标名称|指标内容|绩效指标名称)$/, 'name'],
  [/^(?:年度)?(?:绩效)?(?:指标值|目标值)|^(?:年初)?(?:预期|计划)目标值?$|^年度目标$/, 'target'],
  [/^(?:实际)?完成值|^(?:全年)?实际(?:完成|值)|^完成情况$/, 'actual'],
  [/^(?:分值|权重|标准分值?)(?:[（(]分[)）])?$/, 'weight'],
  [/^(?:得分|自评得分|评分)(?:[（(]分[)）])?$/, 'score'],
  [/偏差原因|未完成原因|原因分析|改进措施/, 'deviationReason'],
];

const clean = (s: string): string => s.replace(/\s+/g, '').trim();
export const TOTAL = /^(?:合计|总计|总分|得分合计|合计得分)$/;
const NUMBER = /^\d+(?:\.\d+)?$/;
export const number = (s: string | undefined): string | null => {
  const t = clean(s ?? '')
    .normalize('NFKC')
    .replace(/分$/, '');
  return NUMBER.test(t) ? t : null;
};
const text = (s: string | undefined): string | null => {
  const t = (s ?? '').trim();
  return t === '' || /^[—–\-/／]+$/.test(t) ? null : t;
};

/** The columns of a header row, or null when it is not an indicator header (a name column and a target or actual one). */
export function headerOf(row: string[]): Map<Column, number> | null {
  const at = new Map<Column, number>();
  row.forEach((cell, i) => {
    const c = clean(cell);
    const hit = COLUMNS.find(([re]) => re.test(c));
    if (hit && !at.has(hit[1])) at.set(hit[1], i);
  });
  return at.has('name') && (at.has('target') || at.has('actual')) ? at : null;
}

/** Every indicator table of the document (a table may hold money rows above its indicator header). */
export function readIndicatorTables(tables: DocTable[]): ReportIndicatorTable[] {
  return indicatorTablesOf(tables).tables;
}

/** The tables, and the rows of the document's tables they took (header to total: not listed as table rows left). */
export function indicatorTablesOf(tables: DocTable[]): { tables: ReportIndicatorTable[]; taken: Set<string[]> } {
  const out: ReportIndicatorTable[] = [];
  const taken = new Set<string[]>();
  for (const t of tables) {
    if (t.loose || t.tight) continue; // rows recovered from running text: cells may be lost or shifted
    const rows = t.grid ?? t.rows;
    let cols: Map<Column, number> | null = null;
    let cur: ReportIndicatorTable | null = null;
    for (const [i, row] of rows.entries()) {
      const header = headerOf(row);
      if (header || cols) taken.add(t.rows[i]!);
      if (header) {
        cols = header;
        cur = { indicators: [], total: null };
        out.push(cur);
        continue;
      }
      if (!cols || !cur) continue;
      const get = (c: Column) => (cols!.has(c) ? row[cols!.get(c)!] : undefined);
      if (row.every((c) => !clean(c))) continue; // an empty row
      const labels = [get('level1'), get('level2'), get('name')].map((x) => clean(x ?? ''));
      if (labels.some((l) => TOTAL.test(l)) || TOTAL.test(clean(row[0] ?? ''))) {
        cur.total = { weight: number(get('weight')), score: number(get('score')) };
        cols = null; // what follows a total (评价结论, 签字) is not indicators
        continue;
      }
      const name = text(get('name'));
      // a name is words: a bare number there is a row shifted against its header (a table flattened into text)
      if (name && !/[\u4e00-\u9fff]/.test(name)) continue;
      // a row repeating the name of its group (a merged cell spread across the columns) names no indicator
      if (!name || name === text(get('level1')) || name === text(get('level2'))) continue;
      cur.indicators.push({
        level1: text(get('level1')),
        level2: text(get('level2')),
        name,
        target: text(get('target')),
        actual: text(get('actual')),
        weight: number(get('weight')),
        score: number(get('score')),
        deviationReason: text(get('deviationReason')),
        row: row.join(' | '),
      });
    }
  }
  const found = out.filter((x) => x.indicators.length > 0);
  return { tables: found, taken: found.length ? taken : new Set() };
}
