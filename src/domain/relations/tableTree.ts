// Tables whose rows nest: numbered rows ("(一) 收入总计" over "1. … 2. …") and region rows
// ("全市" over "市本级" and "县区级", "县区级" over "区级" and "县级", each over its 区/县 rows).
// A parent row is the sum of its direct children, column by column — never of the grand total
// twice. Only a parent named as a total (合计/总计/小计) asserts it; other numbered parents and
// region trees are read from names alone, so a table where the tree fails more than it holds is
// left unsure (the tree was misread, not the figures).
import { cellNumber } from '../checks/tables.js';
import { cmp } from '../decimal.js';
import type { DocTable } from '../checks/document.js';
import { cellSign, type Quantity } from '../quantity/index.js';
import { judgeSum, type Verdict } from './compare.js';
import { columnNames } from './tableHeader.js';
import { columnSums, isSubtotal, labelOf as rowLabel, rel, sumRel, signedCell as signed, TOTAL } from './tables.js';
import type { Relation } from './types.js';
import { SIGNS_UNTOLD, signsUntold } from './unsignedChanges.js';
import { shiftedRows } from './shiftedRows.js';

const SKIP = /分值|得分|权重|率|%|％|比例|比重|序号|行次|栏次|行号|编码|代码|科目编码|人次|平均|单价/;
const TOTALISH = /(?:合计|总计|小计|总额)$/;
const CN = '[一二三四五六七八九十]+';
const MARK = new RegExp(`(${CN}、|[（(]${CN}[）)]|\\d{1,2}[.、．](?!\\d)|[（(]\\d{1,2}[）)])`, 'g');

const labelOf = (r: string[]) => (r[0] ?? '').trim();

/** Level of the last numbering in a label: 一、 1 · （一） 2 · 1. 3 · （1） 4. */
function levelOf(label: string): number | null {
  const ms = [...label.matchAll(MARK)];
  const m = ms[ms.length - 1]?.[1];
  if (!m) return null;
  if (m.endsWith('、') && !/\d/.test(m)) return 1;
  if (/^[（(]/.test(m)) return /\d/.test(m) ? 4 : 2;
  return 3;
}

const nameOf = (label: string) => label.replace(/\s/g, '').replace(new RegExp(`^.*(?:${MARK.source})`), '');

interface Node {
  parent: number;
  children: number[];
  /** Asserted by a total word (合计/总计); otherwise read from names and guarded. */
  asserted: boolean;
}

/** Numbered rows: each numbered parent over the next-deeper numbered rows until its level closes. */
function numbered(t: DocTable, rows: number[]): Node[] {
  const lv = rows.map((i) => levelOf(labelOf(t.rows[i]!)));
  if (lv.filter((x) => x !== null).length < 3) return [];
  const out: Node[] = [];
  rows.forEach((i, a) => {
    const L = lv[a];
    if (L === null || L === undefined) return;
    const kids: number[] = [];
    let deeper: number | null = null;
    for (let b = a + 1; b < rows.length; b++) {
      const l = lv[b];
      if (l === null || l === undefined) return; // an unnumbered row inside: 其中 or a note
      if (l <= L) break;
      deeper ??= l;
      if (l === deeper) kids.push(rows[b]!);
    }
    if (kids.length >= 2) out.push({ parent: i, children: kids, asserted: TOTALISH.test(nameOf(labelOf(t.rows[i]!))) });
  });
  return out;
}

const OWN = /^(?:[省市州县区]|市县|县区|区县)?本级$/;
const GROUP = /^(县区|区县|市县|县市|乡镇|[省市州县区乡镇])级$/;

/** Region rows: a first row over 本级 and X级 rows, each X级 over the rows whose names end in X. */
function regions(t: DocTable, rows: number[]): Node[] {
  const names = rows.map((i) => labelOf(t.rows[i]!).replace(/\s/g, ''));
  if (!names.some((n) => OWN.test(n)) || !names.some((n) => GROUP.test(n))) return [];
  const out: Node[] = [];
  const suffix = (n: string) => new Set([...(GROUP.exec(n)?.[1] ?? '')].filter((c) => c !== '级'));
  let pos = 1;
  const group = (): boolean => {
    const self = pos;
    const s = suffix(names[pos]!);
    pos++;
    const kids: number[] = [];
    let subgroups = false;
    while (pos < rows.length) {
      const n = names[pos]!;
      const g = GROUP.test(n) ? suffix(n) : null;
      if (g && g.size < s.size && [...g].every((c) => s.has(c))) {
        if (kids.length && !subgroups) return false;
        subgroups = true;
        kids.push(rows[pos]!);
        if (!group()) return false;
      } else if (!g && !OWN.test(n) && !subgroups && [...s].some((c) => n.endsWith(c))) {
        kids.push(rows[pos]!);
        pos++;
      } else break;
    }
    if (kids.length < 2) return false;
    out.push({ parent: rows[self]!, children: kids, asserted: false });
    return true;
  };
  const top: number[] = [];
  while (pos < rows.length) {
    const n = names[pos]!;
    if (OWN.test(n)) {
      top.push(rows[pos]!);
      pos++;
    } else if (GROUP.test(n)) {
      top.push(rows[pos]!);
      if (!group()) return [];
    } else return [];
  }
  if (top.length < 2) return [];
  out.push({ parent: rows[0]!, children: top, asserted: false });
  return out;
}

const unsigned = (total: Quantity, parts: { q: Quantity }[]) => [total, ...parts.map((p) => p.q)].every((q) => cmp(q.value, '0') >= 0);

const zeroRow = (r: string[]) => r.slice(1).every((c) => !c.trim() || /^[-—–0.]+$/.test(c.trim()));

/** Σ children = parent in every amount column. */
function sums(t: DocTable, node: Node, width: number, names: string[] | null, shifted: Set<number>, out: { k: number; r: Relation }[]): void {
  const p = t.rows[node.parent]!;
  const label = nameOf(labelOf(p));
  for (let k = 1; k < width; k++) {
    const name = names?.[k] ?? '';
    const total = signed(p[k]);
    if (!total || total.unit === '%' || total.unit === '％' || SKIP.test(name)) continue;
    const parts: { label: string; q: Quantity }[] = [];
    let unsure = false;
    let slid = false;
    for (const c of node.children) {
      const r = t.rows[c]!;
      // a row whose cells slid (shiftedRows.ts) cannot be placed: its amounts are unknown, never below zero
      if (shifted.has(c) && !zeroRow(r)) {
        slid = true;
        continue;
      }
      // a short row cannot be placed either: it counts only when all it holds is zero
      if (r.length < width && !zeroRow(r)) {
        unsure = true;
        continue;
      }
      const q = signed(r[k]);
      // a percent under an amount column is no amount of the sum
      if (q && (q.unit === '%' || q.unit === '％')) unsure = true;
      else if (q) parts.push({ label: nameOf(labelOf(r)), q });
      else if (r[k]?.trim() && !/^[-—–]$/.test(r[k]!.trim())) unsure = true;
    }
    if (parts.length < 1) continue;
    // without a header, a signed or rate-like column is not summed (增幅, 比重 columns print no %)
    if (!names && [p, ...node.children.map((c) => t.rows[c]!)].some((r) => cellSign(r[k] ?? '').negative)) continue;
    const { verdict, computed } = judgeSum(
      total,
      parts.map((x) => x.q),
    );
    const cells = [p[k], ...node.children.map((c) => t.rows[c]![k])];
    const untold =
      verdict === 'error' &&
      signsUntold(
        name,
        cells,
        total,
        parts.map((x) => x.q),
      );
    // slid rows add what is not known, but nothing below zero: placed parts above the total stay an error
    const over = slid && !unsure && unsigned(total, parts) && cmp(computed, total.value) > 0;
    const v: Verdict = (unsure || untold || (slid && !over)) && verdict === 'error' ? 'unsure' : verdict;
    const col = name ? `（${name}列）` : '';
    const r = rel(
      t,
      node.parent,
      'tableTotal',
      v,
      total,
      computed,
      parts,
      `“${label}”行 = 其下各分项之和${col}${untold ? `；${SIGNS_UNTOLD.zh}` : ''}`,
      `the “${label}” row is the sum of the rows under it${untold ? `; ${SIGNS_UNTOLD.en}` : ''}`,
    );
    out.push({ k, r: untold ? { ...r, signsUntold: true } : r });
  }
}

/**
 * Rows in groups each closed by a 小计 row, then 合计: every 小计 is the sum of its group and the
 * 合计 the sum of the 小计 rows (never of the leaves again). 其中 rows leave the block alone.
 */
function subtotals(t: DocTable, out: Relation[]): void {
  let group: number[] = [];
  let subs: number[] = [];
  let bad = false;
  const reset = () => {
    [group, subs, bad] = [[], [], false];
  };
  const rows = (ix: number[]) => ix.map((j) => t.rows[j]!);
  t.rows.forEach((row, i) => {
    const numbers = row.some((c) => cellNumber(c) !== null);
    if (!numbers) return void (row.filter((c) => c.trim()).length >= 2 && reset());
    const label = rowLabel(row).replace(/\s/g, '');
    if (isSubtotal(row)) {
      if (!group.length) bad = true;
      else
        columnSums(t, i, rows(group), out, {
          label: rowLabel,
          min: 1,
          all: true,
          noScores: true,
          reason: (k, h) => `“小计”行 = 其上本组各行之和${h?.[k] ? `（${h[k]}列）` : ''}`,
          reasonEn: 'the subtotal row is the sum of the rows of its group',
        });
      subs.push(i);
      group = [];
    } else if (TOTAL.test(label)) {
      if (subs.length && !group.length && !bad)
        columnSums(t, i, rows(subs), out, {
          label: rowLabel,
          min: 1,
          all: true,
          noScores: true,
          reason: (k, h) => `“${label}”行 = 各“小计”行之和${h?.[k] ? `（${h[k]}列）` : ''}`,
          reasonEn: `the “${label}” row is the sum of the subtotal rows`,
        });
      reset();
    } else if (label.startsWith('其中')) bad = true;
    else group.push(i);
  });
}

const PART_SKIP = /^其中|率|%|％|比例|比重|增减|变动|差额|备注|序号|编码|代码/;

/**
 * A column named 合计/小计/总计 and the amount columns it sums: the ones after it (合计 | 财政拨款 |
 * 其他资金), or before it when it is the last one. A 其中 column makes it unsure (a part of a part).
 * Read from names alone: a column that fails on more rows than it holds was misread.
 */
function totalColumn(t: DocTable, first: number, names: string[] | null, out: Relation[]): void {
  if (!names) return;
  const k0 = names.findIndex((n, k) => k > 0 && TOTAL.test(n));
  if (k0 < 0 || names.some((n, k) => k !== k0 && TOTAL.test(n))) return;
  const after = names.map((_, k) => k).filter((k) => k > k0 && names[k]);
  const cols = after.length ? after : names.map((_, k) => k).filter((k) => k > 0 && k < k0 && names[k]);
  if (cols.length < 2 || cols.some((k) => names[k]!.startsWith('其中'))) return;
  const parts = cols.filter((k) => !PART_SKIP.test(names[k]!));
  if (parts.length < 2 || parts.length !== cols.length) return;
  const rs: Relation[] = [];
  for (let i = first; i < t.rows.length; i++) {
    const row = t.rows[i]!;
    if (!row.some((c) => cellNumber(c) !== null)) break;
    const total = signed(row[k0]);
    const qs = parts.map((k) => ({ label: names[k]!, q: signed(row[k]) ?? (!row[k]?.trim() || /^[-—–]$/.test(row[k]!.trim()) ? null : undefined) }));
    if (!total || total.unit === '%' || qs.some((x) => x.q === undefined)) continue;
    const ps = qs.filter((x): x is { label: string; q: Quantity } => !!x.q);
    if (ps.length < 1) continue;
    rs.push(
      sumRel(
        t,
        i,
        total,
        ps,
        `“${names[k0]}”列 = ${parts.map((k) => `“${names[k]}”`).join(' + ')}（${nameOf(labelOf(row))}行）`,
        `the total column is the sum of the columns it heads (${nameOf(labelOf(row))})`,
      ),
    );
  }
  const bad = rs.filter((r) => r.verdict === 'error').length;
  if (bad > rs.length - bad) for (const r of rs) if (r.verdict === 'error') r.verdict = 'unsure';
  out.push(...rs);
}

/** Relations of a table's nested rows. */
export function treeSums(t: DocTable, out: Relation[]): void {
  subtotals(t, out);
  if (t.rows.length > 500) return;
  const first = t.rows.findIndex((r) => r.slice(1).some((c) => cellNumber(c) !== null));
  if (first < 0) return;
  const rows = t.rows.map((_, i) => i).filter((i) => i >= first && labelOf(t.rows[i]!));
  const names = columnNames(t, first);
  const widths = new Map<number, number>();
  for (const i of rows) widths.set(t.rows[i]!.length, (widths.get(t.rows[i]!.length) ?? 0) + 1);
  // a table whose rows all lack a label has no tree to read
  const width = names?.length ?? [...widths].sort((a, b) => b[1] - a[1])[0]?.[0];
  if (width === undefined) return;
  totalColumn(t, first, names, out);
  const nodes = [...numbered(t, rows), ...regions(t, rows)];
  const asserted: { k: number; r: Relation }[] = [];
  const guarded: { k: number; r: Relation }[] = [];
  const shifted = shiftedRows(t);
  for (const n of nodes) sums(t, n, width, names, shifted, n.asserted ? asserted : guarded);
  // a tree read from names alone: a column where it fails more often than it holds was misread
  for (let k = 1; k < width; k++) {
    const col = guarded.filter((x) => x.k === k).map((x) => x.r);
    const bad = col.filter((r) => r.verdict === 'error').length;
    const good = col.filter((r) => r.verdict === 'ok' || r.verdict === 'rounding').length;
    if (bad > good) for (const r of col) if (r.verdict === 'error') r.verdict = 'unsure';
  }
  out.push(...[...asserted, ...guarded].map((x) => x.r));
}
