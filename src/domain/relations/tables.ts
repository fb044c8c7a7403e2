// Tables (from .docx, .xlsx or flattened text) as relations: a 合计 row over the rows above it or
// over its 其中 rows below, a 合计 column over the columns of one classification, and
// 年初预算 + 调整 = 调整后预算 within a row. Hierarchical tables (codes, 其中, 小计) are left unsure.
import { cellNumber } from '../checks/tables.js';
import { rowLine, type DocTable } from '../checks/document.js';
import { cellSign, negated, type Quantity } from '../quantity/index.js';
import { inUnit, judgeSum, likeWritten, type Verdict } from './compare.js';
import { conceptOf, cleanLabel } from './figures.js';
import { descendants, isComplete, partitionsOf } from './lexicon.js';
import { normalizePunctuation } from './text.js';
import { SIGNS_UNTOLD, signsUntold } from './unsignedChanges.js';
import { columnNames } from './tableHeader.js';
import { subRows } from './tableNest.js';
import type { Relation } from './types.js';
import { partOverTotal } from './aloneParts.js';

export const TOTAL = /^(?:合\s*计|总\s*计|总额|年度资金总额|资金总额|收入合计|支出合计|本年收入合计|本年支出合计)$/;
export const SKIP_COL = /分值|得分|权重|率|%|％|比例|比重|序号|行次|栏次|行号|编码|代码|科目编码/;
export const PART_FIRST = /^其中[:：]?/;
/** 按收入性质分 / 按支出性质分: another breakdown of the same total, never a sibling row. */
const BREAKDOWN = /^按.{1,8}分/;

/** A cell as a quantity, signed (−128,966.75 / －1.30 / (1.30) in an 增减 column): one reading for every table finder. */
export function signedCell(cell: string | undefined): Quantity | null {
  if (!cell) return null;
  const { negative, body } = cellSign(cell);
  const q = cellNumber(body);
  return q && negative ? negated(q) : q;
}
/** A number cell, signed or not: a row of changes that all fell is a row of numbers too. */
export const isNum = (c: string | undefined) => signedCell(c) !== null;
export const labelOf = (row: string[]) => (row.find((c) => /[\u4e00-\u9fff]/.test(c) && !isNum(c)) ?? '').trim();
export const isSubtotal = (r: string[]) => /^小\s*计$/.test(labelOf(r).replace(/\s/g, ''));
/** An account code: a 3–9 digit cell before the row's name (科目编码 | 科目名称); after it, a digit cell is an amount. */
export const codeOf = (row: string[]) => {
  const name = row.findIndex((c) => /[\u4e00-\u9fff]/.test(c) && !isNum(c));
  return row.find((c, k) => (name < 0 || k < name) && /^\d{3,9}$/.test(c.trim()))?.trim() ?? null;
};

/** A relation read on row `i` of a table: its figures, line and row text (cut to 160 characters). */
export function tableRelation(
  t: DocTable,
  i: number,
  r: Omit<Relation, 'parts' | 'labels' | 'line' | 'text'>,
  parts: { label: string; q: Quantity }[],
): Relation {
  return {
    ...r,
    parts: parts.map((p) => ({ label: p.label, text: p.q.text, value: inUnit(p.q, p.q.value) })),
    labels: parts.map((p) => p.label),
    line: rowLine(t, i) + 1,
    text: t.rows[i]!.join(' | ').slice(0, 160),
  };
}

export function rel(
  t: DocTable,
  i: number,
  kind: Relation['kind'],
  verdict: Verdict,
  total: Quantity,
  computed: string,
  parts: { label: string; q: Quantity }[],
  reason: string,
  reasonEn: string,
): Relation {
  const r = {
    kind,
    verdict,
    stated: inUnit(total, total.value),
    computed: inUnit(total, computed),
    statedText: likeWritten(total, total.value),
    computedText: likeWritten(total, computed),
    reason,
    reasonEn,
  };
  return tableRelation(t, i, r, parts);
}

/** Row i's `total` cell as the sum of `parts` (judgeSum): a table total unless `kind` says otherwise. */
export function sumRel(
  t: DocTable,
  i: number,
  total: Quantity,
  parts: { label: string; q: Quantity }[],
  reason: string,
  reasonEn: string,
  kind: Relation['kind'] = 'tableTotal',
): Relation {
  const { verdict, computed } = judgeSum(
    total,
    parts.map((p) => p.q),
  );
  return rel(t, i, kind, verdict, total, computed, parts, reason, reasonEn);
}

const headers = new WeakMap<DocTable, Int32Array>();

/** The nearest header row above row `i` (indexed once per table: rules ask for it row by row). */
export function headerOf(t: DocTable, i: number): string[] | null {
  // a header of two rows with merged cells: the names of the data columns (占调整预算% under 执行数)
  return columnNames(t, i) ?? nearestHeader(t, i);
}

function nearestHeader(t: DocTable, i: number): string[] | null {
  let last = headers.get(t);
  if (!last) {
    last = new Int32Array(t.rows.length + 1).fill(-1);
    for (let j = 0; j < t.rows.length; j++) {
      const r = t.rows[j]!;
      const header = r.filter((c) => c.trim() && !isNum(c)).length >= 2 && !r.some(isNum);
      last[j + 1] = header ? j : last[j]!;
    }
    headers.set(t, last);
  }
  const j = last[Math.min(i, t.rows.length)]!;
  return j >= 0 ? t.rows[j]! : null;
}

interface ColumnSum {
  label: (r: string[]) => string;
  /** Parts needed: at least `min`, or every part row (`all`). */
  min: number;
  all?: boolean;
  /** Skip a column whose total is in 分 (score columns). */
  noScores?: boolean;
  /** A blank part cell counts as 0 (决算 tables leave zeros empty); a bare 3–9 digit cell is a code. */
  codes?: boolean;
  verdict?: (v: Verdict, k: number) => Verdict;
  /** Only these columns (one side of a two-sided table). */
  only?: (k: number) => boolean;
  reason: (k: number, hdr: string[] | null) => string;
  reasonEn: string;
}

/** Row `i` is the total of `partRows`: each of its number cells against the same column of the parts. */
export function columnSums(t: DocTable, i: number, partRows: string[][], out: Relation[], o: ColumnSum): void {
  const row = t.rows[i]!;
  const hdr = headerOf(t, i);
  for (let k = 0; k < row.length; k++) {
    const total = signedCell(row[k]);
    if (
      !total ||
      (o.only && !o.only(k)) ||
      (o.codes && /^\d{3,9}$/.test((row[k] ?? '').trim())) ||
      (hdr && SKIP_COL.test(hdr[k] ?? '')) ||
      total.unit === '%' ||
      (o.noScores && total.unit === '分')
    )
      continue;
    const parts = partRows
      .map((r) => ({ label: o.label(r), q: signedCell(r[k]) ?? (o.codes && !r[k]?.trim() ? cellNumber('0') : null) }))
      .filter((p): p is { label: string; q: Quantity } => p.q !== null);
    if (parts.length < o.min || (o.all && parts.length !== partRows.length)) continue;
    // a cell in % among the parts: the rows do not line up with the total's column (merged cells lost), or it is a rate
    if (parts.some((p) => p.q.unit === '%')) continue;
    const judged = judgeSum(
      total,
      parts.map((p) => p.q),
    );
    const { computed } = judged;
    // an 增减 column without signs: a part may be a fall
    const cells = [row[k], ...partRows.map((r) => r[k])];
    const untold =
      judged.verdict === 'error' &&
      signsUntold(
        hdr?.[k] ?? '',
        cells,
        total,
        parts.map((p) => p.q),
      );
    const verdict = untold ? 'unsure' : judged.verdict;
    const [why, whyEn] = untold ? [`${o.reason(k, hdr)}；${SIGNS_UNTOLD.zh}`, `${o.reasonEn}; ${SIGNS_UNTOLD.en}`] : [o.reason(k, hdr), o.reasonEn];
    const r = rel(t, i, 'tableTotal', o.verdict ? o.verdict(verdict, k) : verdict, total, computed, parts, why, whyEn);
    out.push(untold ? { ...r, signsUntold: true } : r);
  }
}

/** The label of the side a cell is on (收入合计 | … | 支出合计 | …): the last text cell before it. */
const sideLabel = (row: string[], k: number) =>
  row
    .slice(0, k)
    .findLast((c) => /[\u4e00-\u9fff]/.test(c) && !isNum(c))
    ?.trim() ?? '';

/** 合计 in the last row of a block: Σ of the rows above it since the header or the previous total. */
export function totalsLast(t: DocTable, out: Relation[]): void {
  let from = 0;
  t.rows.forEach((row, i) => {
    const label = labelOf(row).replace(/\s/g, '');
    const header = !row.some(isNum) && row.filter((c) => c.trim()).length >= 2;
    if (header) return void (from = i + 1);
    if (!TOTAL.test(label)) return;
    let block = t.rows.slice(from, i).filter((r) => r.some(isNum));
    from = i + 1;
    if (block.length < 2) return;
    // groups closed by 小计 rows are read in tableTree.ts
    if (isSubtotal(block[block.length - 1]!)) return;
    // 一、财政拨款收入 ⏎ 一般公共预算收入 ⏎ 二、…: rows nested under a numbered head are not its siblings (this side only)
    const nest = subRows(row, block);
    if (nest) {
      const { side, heads, subs } = nest;
      for (const g of subs) innerSum(t, g, out, side);
      columnSums(t, i, heads, out, {
        label: labelOf,
        min: 2,
        noScores: true,
        only: side,
        verdict: (v, k) => ((!headerOf(t, i) || nest.unsure(k)) && v === 'error' ? 'unsure' : v),
        reason: (k, h) => `“${sideLabel(row, k) || label}”行 = 其上各编号行之和（其下各行为所属明细）${h?.[k] ? `（${h[k]}列）` : ''}`,
        reasonEn: `the “${label}” row is the sum of the numbered rows above it (the rows under each are its items)`,
      });
    }
    // a first-row total is handled below; hierarchies (其中, 小计, codes of several lengths) are unsure
    const codes = block.map(codeOf).filter((c): c is string => !!c);
    // 一、税收收入 followed by its own rows (增值税…): a numbered heading row is a subtotal of the rows under it
    const numbered = block.filter((r) => /^[一二三四五六七八九十]+、/.test(labelOf(r).trim())).length;
    // 其中 rows whose labels the lexicon puts inside the row above them: parts of that row, not siblings
    const inner = innerGroups(block);
    if (inner) {
      block = inner.kept;
      for (const g of inner.groups) innerSum(t, g, out, nest ? (k) => !nest.side(k) : undefined);
    }
    const hierarchical = nestedBlock(block, codes, numbered);
    const hdr = headerOf(t, i);
    // without a header the block may be a fragment (续表): its total covers rows not shown
    columnSums(t, i, block, out, {
      label: labelOf,
      ...(nest ? { only: (k: number) => !nest.side(k) } : {}),
      // one head over its own rows (基本支出 ⏎ 人员经费 ⏎ 公用经费 ⏎ 合计): the 合计 is that head
      min: inner?.groups.length && block.length === 1 ? 1 : 2,
      noScores: true,
      verdict: (v) => ((hierarchical || !hdr) && v === 'error' ? 'unsure' : v),
      reason: (k, h) => `“${sideLabel(row, k) || label}”行 = 其上各行之和${h?.[k] ? `（${h[k]}列）` : ''}`,
      reasonEn: `the “${label}” row is the sum of the rows above it`,
    });
  });
}

/** A block whose rows may nest (其中, 小计, codes of several lengths, some numbered heads, sums inside): a total over it is unsure. */
function nestedBlock(block: string[][], codes = block.map(codeOf).filter((c): c is string => !!c), numbered = numberedRows(block)): boolean {
  return (
    block.some((r) => /^(其中|小计|\s)/.test(labelOf(r))) ||
    new Set(codes.map((c) => c.length)).size > 1 ||
    (numbered > 0 && numbered < block.length) ||
    nested(block)
  );
}

/** A row whose every cell the next row repeats (人大事务 under 一般公共服务支出, its one 款): maybe its only child. */
function oneChild(block: string[][]): boolean {
  return block.some((r, j) => {
    const n = block[j + 1];
    const cells = r.map((c, k) => [cellNumber(c)?.value, cellNumber(n?.[k])?.value] as const).filter(([a]) => a !== undefined);
    return !!n && cells.some(([a]) => Number(a) !== 0) && cells.every(([a, b]) => a === b);
  });
}

const numberedRows = (block: string[][]) => block.filter((r) => /^[一二三四五六七八九十]+、/.test(labelOf(r).trim())).length;

/**
 * Rows that nest without saying so: one lexicon concept named generically and specifically (财政拨款收入
 * over 一般公共预算财政拨款), or a row whose every amount is the sum of the two or more rows right after it.
 */
function nested(block: string[][]): boolean {
  // the generic name and a specific one of one concept (财政拨款 ⊂ 一般公共预算财政拨款), or one name twice
  const byConcept = new Map<string, string[]>();
  for (const r of block) {
    const c = conceptOfRow(r);
    const name = labelOf(r)
      .replace(/\s/g, '')
      .replace(/(?:收入|支出)$/, '');
    if (!c) continue;
    const seen = byConcept.get(c) ?? [];
    if (seen.some((x) => x.endsWith(name) || name.endsWith(x))) return true;
    byConcept.set(c, [...seen, name]);
  }
  if (block.length > 200) return false;
  const cols = block[0]!.map((_, k) => k).filter((k) => block.some((r) => isNum(r[k])));
  const v = (r: string[], k: number) => Number((cellNumber(r[k])?.value ?? '0').replace(/,/g, ''));
  for (let j = 0; j < block.length; j++) {
    const sum = cols.map(() => 0);
    for (let m = j + 1; m < block.length && m <= j + 12; m++) {
      cols.forEach((k, x) => (sum[x]! += v(block[m]!, k)));
      if (m >= j + 2 && cols.some((k) => v(block[j]!, k) !== 0) && cols.every((k, x) => Math.abs(v(block[j]!, k) - sum[x]!) < 1e-6)) return true;
    }
  }
  return false;
}

const conceptOfRow = (r: string[]) => conceptOf(cleanLabel(normalizePunctuation(labelOf(r)).replace(PART_FIRST, '').replace(/\s/g, '')));

/**
 * A block's 其中 groups: a 其中 row, or a row the lexicon puts inside the row above it, and the rows after
 * it whose concepts are inside that row too (基本支出 ⏎ 其中：人员经费 ⏎ 公用经费, or without 其中). Null when a group cannot be told (a label the lexicon
 * does not know): the block stays hierarchical, unsure.
 */
function innerGroups(block: string[][]): { kept: string[][]; groups: { parent: string[]; parts: string[][] }[] } | null {
  const kept: string[][] = [];
  const groups: { parent: string[]; parts: string[][] }[] = [];
  for (let j = 0; j < block.length; j++) {
    const r = block[j]!;
    const parent = kept[kept.length - 1];
    const pc = parent && conceptOfRow(parent);
    // a head row without 其中 (基本支出 ⏎ 人员经费 ⏎ 公用经费): the lexicon puts the next row inside it
    const member = PART_FIRST.test(labelOf(r)) || (!!pc && descendants(pc).has(conceptOfRow(r) ?? ''));
    if (!member) {
      kept.push(r);
      continue;
    }
    if (!pc) return null;
    const inside = descendants(pc);
    const c = conceptOfRow(r);
    if (!c || !inside.has(c)) return null;
    const parts = [r];
    while (j + 1 < block.length && !PART_FIRST.test(labelOf(block[j + 1]!)) && inside.has(conceptOfRow(block[j + 1]!) ?? '')) parts.push(block[++j]!);
    groups.push({ parent, parts });
  }
  return { kept, groups };
}

/** The row above a 其中 group against its parts: a sum when they complete a partition of it, else a mismatch is unsure. */
function innerSum(t: DocTable, g: { parent: string[]; parts: string[][] }, out: Relation[], only?: (k: number) => boolean): void {
  const i = t.rows.indexOf(g.parent);
  const concepts = g.parts.map(conceptOfRow) as string[];
  const p = partitionsOf(concepts[0]!).find((x) => x.totals?.includes(conceptOfRow(g.parent)!) && concepts.every((c) => x.parts.includes(c)));
  const complete = !!p && isComplete(p, new Set(concepts));
  const label = labelOf(g.parent).trim();
  columnSums(t, i, g.parts, out, {
    label: (r) => labelOf(r).replace(PART_FIRST, ''),
    min: 1,
    all: true,
    noScores: true,
    ...(only ? { only } : {}),
    verdict: (v) => (!complete && v === 'error' ? 'unsure' : v),
    reason: (k, h) => `“${label}”行 = 其下“其中”各行之和${complete ? `（${p!.rule}）` : ''}${h?.[k] ? `（${h[k]}列）` : ''}`,
    reasonEn: `the “${label}” row is the sum of its 其中 rows`,
  });
}

/** 年度资金总额 row first, then 其中 rows below it. */
export function totalsFirst(t: DocTable, out: Relation[]): void {
  t.rows.forEach((row, i) => {
    const label = labelOf(row).replace(/\s/g, '');
    const withOf = PART_FIRST.test(labelOf(t.rows[i + 1] ?? []));
    // a 合计 opening the table (its header lost in flattening) or right under the header
    const firstRow = i === 0 || !t.rows[i - 1]!.some(isNum);
    if (!TOTAL.test(label) || (!withOf && !firstRow)) return;
    const parts: string[][] = [];
    for (let j = i + 1; j < t.rows.length; j++) {
      const r = t.rows[j]!;
      if (TOTAL.test(labelOf(r)) || !r.some(isNum) || (j > i + 1 && /^[一二三四五六七八九十]级指标|指标/.test(labelOf(r)))) break;
      parts.push(r);
    }
    // 合计 first without 其中: rows of one complete classification (三公 items, 基本/项目…) are its parts
    let lexicon = '';
    let concepts = parts.map(conceptOfRow);
    // rows inside another listed row (公务用车 then its 购置费, 运行维护费) are not added again
    const inner = concepts.map((c) => !!c && concepts.some((o) => !!o && descendants(o).has(c)));
    parts.splice(0, parts.length, ...parts.filter((_, k) => !inner[k]));
    concepts = concepts.filter((_, k) => !inner[k]);
    // 合计 first, then plain rows under a header (决算 tables print the total on top): their sum, unsure where they may nest
    let plain = false;
    if (!withOf) {
      const p = concepts.every((c) => c) ? partitionsOf(concepts[0]!).find((x) => concepts.every((c) => x.parts.includes(c!))) : undefined;
      if (p && parts.length >= 2 && isComplete(p, new Set(concepts as string[]))) lexicon = p.rule;
      else if (/^[合总]计$/.test(label) && headerOf(t, i) && parts.length >= 2 && !parts.some((r) => BREAKDOWN.test(labelOf(r)))) plain = true;
      else return;
    }
    // one 其中 row alone (the table cut after it, or its siblings lost): a part, not surely the whole
    const alone = parts.length === 1;
    columnSums(t, i, parts, out, {
      label: (r) => labelOf(r).replace(PART_FIRST, ''),
      min: 1,
      noScores: true,
      // (one 其中 row above its total is wrong all the same: aloneParts.ts)
      verdict: (v, k) =>
        (alone ? !partOverTotal(signedCell(row[k]), signedCell(parts[0]![k])) : plain && (nestedBlock(parts) || oneChild(parts))) && v === 'error'
          ? 'unsure'
          : v,
      reason: (k) =>
        alone && partOverTotal(signedCell(row[k]), signedCell(parts[0]![k]))
          ? `“其中”：“${labelOf(parts[0]!).replace(PART_FIRST, '')}”为“${label}”的一部分，不应大于总数`
          : lexicon
            ? `“${label}”行 = 其下各行之和（${lexicon}）`
            : plain
              ? `“${label}”行 = 其下各行之和`
              : `“${label}”行 = 其下“其中”各行之和`,
      reasonEn: `the “${label}” row is the sum of the rows below it`,
    });
  });
}
