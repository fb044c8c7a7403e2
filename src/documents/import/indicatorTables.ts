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

export type Column = 'level1' | 'level2' | 'name' | 'target' | 'sign' | 'unit' | 'actual' | 'weight' | 'score' | 'deviationReason';

const COLUMNS: [RegExp, Column][] = [
  [/^一级指标$/, 'level1'],
  [/^二级指标$/, 'level2'],
  [/^(?:三级指标|指标名称|指标内容|绩效指标名称)$/, 'name'],
  [/^(?:年度)?(?:绩效)?(?:指标值|目标值)|^(?:年初)?(?:预期|计划)目标值?$|^年度目标$/, 'target'],
  // the target written over three cells: 指标性质 (≥) | 指标值 (100) | 度量单位 (%)
  [/^指标性质$/, 'sign'],
  [/^(?:度量|计量)单位$/, 'unit'],
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

/**
 * 分值 and 得分 written in one cell (1010 = 10 | 10, 109.5 = 10 | 9.5, 9.59.5 = 9.5 | 9.5): the one way to cut it
 * into a 分值 of at most 50 and a 得分 above 0 and not above it, or null. A cell that is itself a 分值 (≤ 100)
 * is not cut: 100 may be 10 | 0 or a lone 100.
 */
export function splitScores(cell: string): [string, string] | null {
  const t = clean(cell).normalize('NFKC');
  if (!/^\d[\d.]*\d$/.test(t) || (NUMBER.test(t) && Number(t) <= 100)) return null;
  const part = /^(?:0|[1-9]\d*)(?:\.\d+)?$/;
  const cuts: [string, string][] = [];
  for (let i = 1; i < t.length; i++) {
    const [w, s] = [t.slice(0, i), t.slice(i)];
    if (part.test(w) && part.test(s) && Number(w) <= 50 && Number(s) > 0 && Number(s) <= Number(w)) cuts.push([w, s]);
  }
  return cuts.length === 1 ? cuts[0]! : null;
}

/** 指标性质 | 指标值 | 度量单位 → one target (≧ 100 % → ≥100%); a sign that is a word (定量, 正向) is left out. */
function targetOf(sign: string | null, value: string | null, unit: string | null): string | null {
  if (!value) return null;
  const op = (sign ?? '').replace(/\s+/g, '').replace(/≧/g, '≥').replace(/≦/g, '≤').replace(/[═＝]/g, '=').replace(/＞/g, '>').replace(/＜/g, '<');
  const head = /^[≥≤<>=]$/.test(op) && op !== '=' && !/^[≥≤<>=]/.test(value) ? op : '';
  const tail = unit && unit.length <= 6 && /\d$/.test(value) && !/[\d.]/.test(unit) ? unit : '';
  return `${head}${value}${tail}`;
}

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

/**
 * The tables, the rows of the document's tables they took (header to total: not listed as table rows left),
 * and what of a row could not be read, with the reason.
 */
export function indicatorTablesOf(tables: DocTable[]): { tables: ReportIndicatorTable[]; taken: Set<string[]>; unread: string[] } {
  const out: ReportIndicatorTable[] = [];
  const taken = new Set<string[]>();
  const unread: string[] = [];
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
      // 分值 and 得分 in one cell (the other left empty): cut where only one cut holds, else neither is read
      let [weight, score] = [number(get('weight')), number(get('score'))];
      const glued = !text(get('score')) ? get('weight') : !text(get('weight')) ? get('score') : undefined;
      if (
        glued !== undefined &&
        cols.has('weight') &&
        cols.has('score') &&
        (number(glued) === null || Number(number(glued)) > 100) &&
        /^\d[\d.]*$/.test(clean(glued))
      ) {
        const cut = splitScores(glued);
        if (cut) [weight, score] = cut;
        else {
          [weight, score] = [null, null];
          unread.push(`指标“${name}”的分值和得分写在一格（${clean(glued)}），分不开，未读入分值和得分 — 表格：${row.join(' | ')}`);
        }
      }
      cur.indicators.push({
        level1: text(get('level1')),
        level2: text(get('level2')),
        name,
        target: cols.has('sign') || cols.has('unit') ? targetOf(text(get('sign')), text(get('target')), text(get('unit'))) : text(get('target')),
        actual: text(get('actual')),
        weight,
        score,
        deviationReason: text(get('deviationReason')),
        row: row.join(' | '),
      });
    }
  }
  const found = out.filter((x) => x.indicators.length > 0);
  return { tables: found, taken: found.length ? taken : new Set(), unread };
}
