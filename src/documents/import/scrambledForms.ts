// The money rows of a 项目支出绩效自评表 whose cells a converter scrambled (an .xlsx saved as a web page: 项目资金
// 年初预算数 (万元) 年度资金总额 其中:当年财政拨款 实施单位 全年预算数 全年执行数 分值 执行率 得分 65.6 65.0 10 99% 9
// 65.6 65.0 — 99% — 上年结转资金 — — 其他资金 — —): the row labels may sit inside the header, a row's empty cells are
// dropped or written —, and two rows may follow one another with no label between. The form's own order (年初预算数
// 全年预算数 全年执行数 分值 执行率 得分; 年度资金总额, 当年财政拨款, 上年结转资金, 其他资金) is what lays them out: every way
// the values can be cut into the labelled rows and laid on the columns is tried, a reading must keep its 执行率
// (全年执行数 / 全年预算数) and 得分 ≤ 分值, and a cell is kept only when every reading gives it the same value. A row
// with no rate of its own is read only when it writes the amounts of the row above again (其中:当年财政拨款 = the
// total). Each form read becomes a loose DocTable (项目 | columns…). Pure; a few hundred tokens per header at most.
import type { DocTable } from '../../domain/checks/document.js';
import { simplify } from './simplify.js';

const COLUMNS = ['年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'] as const;
const ROWS = ['年度资金总额', '当年财政拨款', '上年结转资金', '其他资金'] as const;
const COLUMN_TOKEN = /^(年初预算数|全年预算数|全年执行数|分值|执行率|得分)(?:[（(][A-Z/×%\d]{1,10}[)）])?$/;
const AMOUNT = /^(?:0|[1-9]\d{0,11})(?:\.\d{1,6})?$/;
const RATE = /^\d{1,3}(?:\.\d{1,2})?%$/;
const BLANK = /^[—―－-]{1,2}$/;
const UNIT = /[（(](万元|元)[)）]|(?:单位|金额单位)[:：](万元|元)/;
/** Tokens between the first column name and the first value (labels and stray cells of the form). */
const MAX_HEADER = 16;
const MAX_VALUES = 24;
const MAX_READINGS = 4000;

type Cell = { kind: 'amount' | 'rate' | 'blank'; text: string };

const rowOf = (t: string): number => {
  const name = t.replace(/^其中[:：]?/, '').replace(/[:：]$/, '');
  return ROWS.findIndex((r) => r === name || (r === '上年结转资金' && name === '上年结转'));
};
const cellOf = (t: string): Cell | null =>
  BLANK.test(t) ? { kind: 'blank', text: '' } : RATE.test(t) ? { kind: 'rate', text: t } : AMOUNT.test(t) ? { kind: 'amount', text: t } : null;

/** Every reading of one row's values on the header's columns: column index → text ('' for a blank). */
function readings(cells: Cell[], columns: string[], out: Map<number, string>[]): void {
  const rateAt = columns.indexOf('执行率');
  const spentAt = columns.indexOf('全年执行数');
  const planAt = columns.includes('全年预算数') ? columns.indexOf('全年预算数') : columns.indexOf('年初预算数');
  const at: number[] = [];
  const walk = (i: number, from: number) => {
    if (out.length > MAX_READINGS) return;
    if (i === cells.length) {
      const got = new Map(at.map((c, j) => [c, cells[j]!.text] as const));
      const num = (c: number) => Number(got.get(c) || 0);
      const rate = got.get(rateAt);
      if (rate) {
        const decimals = rate.split('.')[1]?.replace('%', '').length ?? 0;
        if (!(num(planAt) > 0) || Math.abs((num(spentAt) / num(planAt)) * 100 - parseFloat(rate)) > 0.5 * 10 ** -decimals + 1e-9) return;
      }
      const weight = got.get(columns.indexOf('分值'));
      const score = got.get(columns.indexOf('得分'));
      if (score && (!weight || Number(score) > Number(weight))) return;
      out.push(got);
      return;
    }
    const cell = cells[i]!;
    for (let c = from; c <= columns.length - (cells.length - i); c++) {
      const col = columns[c]!;
      const fits =
        cell.kind === 'blank' || (cell.kind === 'rate' ? col === '执行率' : col !== '执行率' && (!/分值|得分/.test(col) || Number(cell.text) <= 100));
      if (!fits) continue;
      at.push(c);
      walk(i + 1, c + 1);
      at.pop();
    }
  };
  walk(0, 0);
}

/** Each row's cells that all its readings agree on (null where they differ), or null when a row has no reading. */
function solve(groups: Cell[][], columns: string[]): (string | null)[][] | null {
  const out: (string | null)[][] = [];
  for (const g of groups) {
    const r: Map<number, string>[] = [];
    readings(g, columns, r);
    if (r.length === 0 || r.length > MAX_READINGS) return null;
    out.push(columns.map((_, c) => (new Set(r.map((got) => got.get(c) ?? '')).size === 1 ? (r[0]!.get(c) ?? '') : null)));
  }
  return out;
}

/** Every way to cut `values` into `k` non-empty rows, each with at most one rate. */
function cuts(values: Cell[], k: number): Cell[][][] {
  if (k === 1) return values.length && values.filter((v) => v.kind === 'rate').length <= 1 ? [[values]] : [];
  const out: Cell[][][] = [];
  for (let i = 1; i < values.length; i++) {
    const head = values.slice(0, i);
    if (head.filter((v) => v.kind === 'rate').length > 1) break;
    for (const rest of cuts(values.slice(i), k - 1)) out.push([head, ...rest]);
  }
  return out;
}

/** The form's rows read from `tokens` (labels and values after the header), or null when nothing is sure. */
function readRows(labels: number[], pending: Cell[], body: [number, Cell[]][], columns: string[]): Map<number, string[]> | null {
  const out = new Map<number, string[]>();
  // the header's labels take the values before the first labelled row, in the form's order
  if (labels.length && pending.length) {
    const options = cuts(pending, labels.length);
    let agreed: (string | null)[][] | null = null;
    for (const groups of options) {
      const got = solve(groups, columns);
      if (!got) continue;
      agreed = agreed ? agreed.map((row, k) => row.map((v, c) => (v === got[k]![c] ? v : null))) : got;
    }
    if (agreed)
      labels.forEach((row, k) =>
        out.set(
          row,
          agreed![k]!.map((v) => v ?? ''),
        ),
      );
  }
  for (const [row, values] of body) {
    const got = solve([values], columns);
    if (got)
      out.set(
        row,
        got[0]!.map((v) => v ?? ''),
      );
  }
  // a row with no rate of its own: read only when it writes the amounts of the row above again
  const amountCols = columns.map((c, j) => (/预算数|执行数/.test(c) ? j : -1)).filter((j) => j >= 0);
  for (const [row, values] of [...body, ...labels.map((r): [number, Cell[]] => [r, []])]) {
    const above = out.get(row - 1);
    const cells = out.get(row);
    if (!above || !cells || values.some((v) => v.kind === 'rate')) continue;
    const amounts = values.filter((v) => v.kind === 'amount').map((v) => v.text);
    const aboveAmounts = amountCols.map((j) => above[j]!).filter(Boolean);
    if (amounts.length >= 2 && amounts.join('|') === aboveAmounts.join('|')) amountCols.forEach((j) => (cells[j] = above[j]!));
  }
  return out.size ? out : null;
}

/** Scrambled 自评表 money rows in the lines not `taken` by other tables. */
export function scrambledForms(lines: string[], taken: Set<number>): DocTable[] {
  const stream: { t: string; line: number }[] = [];
  lines.forEach((l, i) => {
    if (taken.has(i) || !l.trim()) return;
    for (const t of simplify(l.slice(0, 20_000)).split(/[\s|]+/)) if (t) stream.push({ t, line: i });
  });
  const out: DocTable[] = [];
  for (let i = 0; i < stream.length; i++) {
    if (!COLUMN_TOKEN.test(stream[i]!.t)) continue;
    // the header: column names in the form's order, labels and stray cells of the form between them
    const columns: string[] = [];
    const labels: number[] = [];
    let j = i;
    let stray = 0;
    for (; j < stream.length && stray <= MAX_HEADER && !cellOf(stream[j]!.t); j++) {
      const t = stream[j]!.t;
      const col = COLUMN_TOKEN.exec(t)?.[1];
      // 其中:当年财政 拨款: a label broken by a space
      const row = rowOf(t) >= 0 ? rowOf(t) : j + 1 < stream.length ? rowOf(t + stream[j + 1]!.t) : -1;
      if (col) columns.push(col);
      else if (row >= 0) {
        labels.push(row);
        if (rowOf(t) < 0) j++;
      } else stray++;
    }
    const order = columns.map((c) => COLUMNS.indexOf(c as (typeof COLUMNS)[number]));
    const inOrder = order.every((o, k) => k === 0 || o > order[k - 1]!);
    const around = stream
      .slice(Math.max(0, i - 6), j)
      .map((x) => x.t)
      .join('');
    const unit = UNIT.exec(around);
    if (!inOrder || !columns.includes('执行率') || !columns.includes('全年执行数') || !/预算数/.test(columns.join()) || !unit) continue;
    if (labels.some((r, k) => k > 0 && r <= labels[k - 1]!)) {
      i = j;
      continue;
    }
    // the values: rows before the first label after the header, then label, values, label, values …
    const pending: Cell[] = [];
    const body: [number, Cell[]][] = [];
    let count = 0;
    for (; j < stream.length && count < MAX_VALUES; j++) {
      const t = stream[j]!.t;
      const cell = cellOf(t);
      if (cell) {
        (body.length ? body.at(-1)![1] : pending).push(cell);
        count++;
        continue;
      }
      const row = rowOf(t) >= 0 ? rowOf(t) : j + 1 < stream.length ? rowOf(t + stream[j + 1]!.t) : -1;
      if (row < 0 || labels.includes(row) || body.some(([r]) => r >= row)) break;
      if (rowOf(t) < 0) j++;
      body.push([row, []]);
    }
    const rows = readRows(labels, pending, body, columns);
    if (rows) {
      const read = [...rows].filter(([, cells]) => cells.some(Boolean)).sort(([a], [b]) => a - b);
      if (read.length)
        out.push({
          line: stream[i]!.line,
          rows: [['项目', ...columns], ...read.map(([r, cells]) => [ROWS[r]!, ...cells])],
          rowLines: [stream[i]!.line, ...read.map(() => stream[i]!.line)],
          lineCount: 0,
          unit: (unit[1] ?? unit[2]) as DocTable['unit'],
          loose: true,
        });
    }
    i = j;
  }
  return out;
}
