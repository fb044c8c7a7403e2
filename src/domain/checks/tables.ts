// Table rules: totals vs 其中 rows, 得分 ≤ 分值, 产出指标(50分) = Σ分值, 执行率 × 分值 = 得分,
// 总分 = Σ得分, rounding consistency. Tables come flattened (cells of one row), from any reader.
import { add, cmp, div, mul, normalize, roundHalfUp, sum } from '../decimal.js';
import { agrees, parseQuantity, roundingSlack, sumAgrees, type Quantity } from '../quantity/index.js';
import type { Decimal } from '../types.js';
import { rowLine, UNIT_GROUP, type DocTable } from './document.js';
import { finding, type Finding } from './finding.js';
import type { Relation } from '../relations/types.js';
import { outerTotal } from './outerTotal.js';

type Col = 'weight' | 'score' | 'rate' | 'initial' | 'adjusted' | 'executed' | 'target' | 'actual';
const HEADER: [RegExp, Col][] = [
  [/^分值$|^权重$/, 'weight'],
  [/^(自评)?得分$/, 'score'],
  [/执行率/, 'rate'],
  [/年初预算数/, 'initial'],
  [/全年预算数|调整后预算数/, 'adjusted'],
  [/全年执行数|执行数/, 'executed'],
  [/指标值/, 'target'],
  [/实际完成值/, 'actual'],
];

const HEADER_CELL_MAX = 20;

const TOTAL_LABEL = /^(年度资金总额|资金总额|合计|总计|小计|总额)/;
const PART_LABEL = /^(其中[:：]?)|^(本年财政拨款|财政拨款|上年结转(资金)?|其他资金|中央|省级|市县|市级|县级|自筹)/;
const SCORE_TOTAL = /^(总分|合计|总计|自评总分|综合得分)/;
const CATEGORY = /^(.{1,12}?指标|预算执行率)\s*[（(]\s*(\d+(?:\.\d+)?)\s*分\s*[）)]/;

/** Numeric content of a cell ("89.974", "97.26%", "—" → null). */
export function cellNumber(cell: string | undefined): Quantity | null {
  if (!cell || !/\d/.test(cell) || /[（(]\s*\d+(\.\d+)?\s*分\s*[）)]/.test(cell)) return null;
  if (!/^[\s≥≤<>=约]*[\d,.]+\s*(%|万元|元|分|人|个|件|户|次|％)?\s*$/.test(cell)) return null;
  return parseQuantity(cell);
}

const label = (row: string[]): string => (row.find((c) => /[\u4e00-\u9fff]/.test(c) && !cellNumber(c)) ?? '').trim();
const rowText = (row: string[]): string => row.join(' | ');
const loc = (t: DocTable, i: number) => ({ line: rowLine(t, i) + 1 });

interface Layout {
  cols: Partial<Record<Col, number>>;
  from: number;
  /** The header starts with a value column (年初预算数 | … — its 项目资金 cell merged away): a row's label sits before it. */
  shift: boolean;
  /**
   * The header opens with a section cell spanning the rows below (预算执行情况（10分） | 年度预算数 | 年初预算 | …,
   * 绩效指标（90分） | 一级指标 | …): the rows lack that cell, so each column sits one cell to the left.
   */
  group?: boolean;
}

/** A section of a score table with its weight, as one cell: 预算执行情况（10分）, 绩效指标(90分). */
const GROUP_CELL = /^[\u4e00-\u9fff]{2,12}\s*[（(]\s*\d+(?:\.\d+)?\s*分\s*[）)]$/;

/** Each header row (a row naming 分值/得分/执行数 …) starts a layout used by the rows below it. */
function layouts(t: DocTable): Layout[] {
  const out: Layout[] = [];
  t.rows.forEach((row, i) => {
    const cols: Partial<Record<Col, number>> = {};
    row.forEach((c, k) => {
      // a header names a column in a few words: a note cell (1.预算执行率=预算执行数/调整后预算数，…) of a row names none
      if (c.trim().length > HEADER_CELL_MAX) return;
      for (const [re, col] of HEADER) if (re.test(c.trim()) && cols[col] === undefined) cols[col] = k;
    });
    // 预算数(A) | 执行数(B) | 执行率(B/A): a bare 预算数 is the budget when it is the row's only one (not beside 调整预算数)
    const budgets = row.flatMap((c, k) => (/预算(?:数|金额|额)/.test(c) ? [k] : []));
    if (cols.adjusted === undefined && budgets.length === 1 && /^预算数(?:\s*[（(][A-Za-z][）)])?$/.test(row[budgets[0]!]!.trim())) cols.adjusted = budgets[0]!;
    const first = (row[0] ?? '').trim();
    if (Object.keys(cols).length >= 2) out.push({ cols, from: i, shift: HEADER.some(([re]) => re.test(first)) });
  });
  out.forEach((l, n) => {
    // (项目资金 | 年度预算数（万元） | 年初预算数 | …: a unit cell over the value columns is such a group cell too)
    const head = t.rows[l.from]!;
    const unitGroup = head.some((c, k) => k > 0 && k < head.length - 1 && UNIT_GROUP.test(c.trim()));
    if (GROUP_CELL.test((head[0] ?? '').trim()) || unitGroup) l.group = shiftedLeft(t, l, out[n + 1]?.from ?? t.rows.length);
  });
  return out;
}

/** The rows of a layout hold numbers one cell left of its named columns more often than under them (merged section cell). */
function shiftedLeft(t: DocTable, l: Layout, end: number): boolean {
  let under = 0;
  let left = 0;
  for (let i = l.from + 1; i < end; i++)
    for (const k of Object.values(l.cols)) {
      if (cellNumber(t.rows[i]![k]) && k > 0) under++;
      if (k > 0 && cellNumber(t.rows[i]![k - 1])) left++;
    }
  return left > under;
}

function layoutAt(ls: Layout[], i: number): Layout | undefined {
  return [...ls].reverse().find((l) => l.from < i);
}

function cell(row: string[], l: Layout | undefined, col: Col): Quantity | null {
  const k = l?.cols[col];
  if (k === undefined) return null;
  const labelled = !!row[0] && !cellNumber(row[0]) && /[\u4e00-\u9fff]/.test(row[0]);
  return cellNumber(row[k + (l!.shift && labelled ? 1 : 0) - (l!.group ? 1 : 0)]);
}

/** 年度资金总额 row vs the 其中 rows below it, column by column. */
function totalsVsParts(t: DocTable): Finding[] {
  const out: Finding[] = [];
  t.rows.forEach((row, i) => {
    if (!TOTAL_LABEL.test(label(row))) return;
    const parts: string[][] = [];
    for (let j = i + 1; j < t.rows.length && PART_LABEL.test(label(t.rows[j]!)) && !TOTAL_LABEL.test(label(t.rows[j]!)); j++) parts.push(t.rows[j]!);
    if (!parts.length || !label(parts[0]!).startsWith('其中')) return;
    for (let k = 0; k < row.length; k++) {
      const total = cellNumber(row[k]);
      const values = parts.map((p) => cellNumber(p[k])).filter((q): q is Quantity => q !== null);
      if (!total || values.length === 0 || total.unit === '%' || total.unit === '分') continue;
      const s = sum(values.map((v) => v.value));
      const tol = sum([roundingSlack(total), ...values.map(roundingSlack)]);
      const ok = values.length === 1 ? cmp(s, add(total.value, tol)) <= 0 : sumAgrees(total, values);
      if (ok) continue;
      out.push(
        finding(
          'error',
          'tableTotal',
          values.length === 1
            ? `“${label(row)}”为 ${normalize(total.value)}，小于其中“${label(parts[0]!)}”的 ${normalize(s)}`
            : `“${label(row)}”为 ${normalize(total.value)}，但其中各行之和为 ${values.map((v) => normalize(v.value)).join(' + ')} = ${s}`,
          normalize(total.value),
          s,
          rowText(row),
          loc(t, i),
          values.length === 1
            ? `“${label(row)}” is ${normalize(total.value)}, less than its part “${label(parts[0]!)}”, ${normalize(s)}`
            : `“${label(row)}” is ${normalize(total.value)}, but its rows add up to ${values.map((v) => normalize(v.value)).join(' + ')} = ${s}`,
        ),
      );
    }
  });
  return out;
}

/** Stated score vs exact computed: equal after rounding half-up, a truncation (warning) or wrong (error). */
function compareScore(stated: Quantity, exact: Decimal, what: string, text: string, location: { line: number }, whatEn: string): Finding | null {
  const dp = (stated.precision.split('.')[1] ?? '').length;
  const rounded = roundHalfUp(exact, dp);
  if (cmp(rounded, stated.value) === 0) return null;
  if (agrees(stated, exact))
    return finding(
      'warning',
      'rounding',
      `${what}：${normalize(exact)} 四舍五入保留 ${dp} 位应为 ${rounded}，表中为 ${normalize(stated.value)}（舍入方式不一致）`,
      normalize(stated.value),
      rounded,
      text,
      location,
      `${whatEn}: ${normalize(exact)} rounded half up to ${dp} decimals is ${rounded}; the table shows ${normalize(stated.value)} (rounded another way)`,
    );
  return finding(
    'error',
    'executionScore',
    `${what}：应为 ${rounded}，表中为 ${normalize(stated.value)}`,
    normalize(stated.value),
    rounded,
    text,
    location,
    `${whatEn}: should be ${rounded}; the table shows ${normalize(stated.value)}`,
  );
}

function rowRules(t: DocTable, ls: Layout[]): Finding[] {
  const out: Finding[] = [];
  t.rows.forEach((row, i) => {
    const l = layoutAt(ls, i);
    if (!l) return;
    const w = cell(row, l, 'weight');
    const s = cell(row, l, 'score');
    const name = label(row);
    if (w && s && !SCORE_TOTAL.test(name) && cmp(s.value, w.value) > 0)
      out.push(
        finding(
          'error',
          'scoreWeight',
          `“${name}”得分 ${normalize(s.value)} 超过分值 ${normalize(w.value)}`,
          normalize(s.value),
          normalize(w.value),
          rowText(row),
          loc(t, i),
          `“${name}” scores ${normalize(s.value)}, above its weight ${normalize(w.value)}`,
        ),
      );
    const rate = cell(row, l, 'rate');
    const adj = cell(row, l, 'adjusted');
    const exe = cell(row, l, 'executed');
    if (rate && adj && exe && cmp(adj.value, '0') !== 0 && rate.unit === '%') {
      const c = mul(div(exe.value, adj.value), 100);
      if (!agrees(rate, c)) {
        const dp = (rate.precision.split('.')[1] ?? '').length;
        out.push(
          finding(
            'error',
            'rate',
            `执行率 ${normalize(rate.value)}% 与 全年执行数 ${normalize(exe.value)} ÷ 全年预算数 ${normalize(adj.value)} = ${roundHalfUp(c, dp)}% 不符`,
            `${normalize(rate.value)}%`,
            `${roundHalfUp(c, dp)}%`,
            rowText(row),
            loc(t, i),
            `Execution rate ${normalize(rate.value)}% differs from executed ${normalize(exe.value)} ÷ full-year budget ${normalize(adj.value)} = ${roundHalfUp(c, dp)}%`,
          ),
        );
      }
    }
    if (rate && w && s && !SCORE_TOTAL.test(name)) {
      const r = rate.unit === '%' ? div(rate.value, 100) : rate.value;
      const exact = mul(cmp(r, '1') > 0 ? '1' : r, w.value);
      const f = compareScore(
        s,
        exact,
        `预算执行率得分 = 执行率 ${normalize(rate.value)}${rate.unit} × 分值 ${normalize(w.value)}`,
        rowText(row),
        loc(t, i),
        `Execution score = rate ${normalize(rate.value)}${rate.unit} × weight ${normalize(w.value)}`,
      );
      if (f) out.push(f);
    }
  });
  return out;
}

/** The figures a sum was computed from, as the reader checks it (a long list is cut). */
const listed = (vs: Decimal[]): string => vs.slice(0, 30).map(normalize).join(' + ') + (vs.length > 30 ? ' + …' : '');

/** 产出指标(50分): the 分值 of its leaves sum to 50; 总分 row = Σ得分 and Σ分值. */
function categoryAndTotals(t: DocTable, ls: Layout[], held: Relation[] = []): Finding[] {
  const out: Finding[] = [];
  let cat: { name: string; total: Decimal; weights: Decimal[]; row: number; misaligned?: boolean } | null = null;
  const close = (): void => {
    // a row whose cells do not line up with the header (merged cells lost in conversion) makes the sum unknowable
    if (cat && cat.weights.length && !cat.misaligned && cmp(sum(cat.weights), cat.total) !== 0)
      out.push(
        finding(
          'error',
          'weightSum',
          `${cat.name}标注 ${normalize(cat.total)} 分，但其下各项分值之和为 ${listed(cat.weights)} = ${sum(cat.weights)} 分`,
          normalize(cat.total),
          sum(cat.weights),
          rowText(t.rows[cat.row]!),
          loc(t, cat.row),
          `${cat.name} is marked ${normalize(cat.total)} points, but the weights below it add up to ${sum(cat.weights)}`,
        ),
      );
    cat = null;
  };
  const leafWeights: Decimal[] = [];
  const leafScores: Quantity[] = [];
  const notApplicable: number[] = []; // indexes into leafWeights
  t.rows.forEach((row, i) => {
    const l = layoutAt(ls, i);
    const name = label(row);
    const catCell = row.map((c) => CATEGORY.exec(c.trim())).find((m) => m);
    if (catCell && catCell[1] !== (cat as { name: string } | null)?.name) {
      close();
      cat = { name: catCell[1]!, total: catCell[2]!, weights: [], row: i };
    }
    if (!l) return;
    const [w, s] = SCORE_TOTAL.test(name) ? totalCells(row, l) : [cell(row, l, 'weight'), cell(row, l, 'score')];
    if (SCORE_TOTAL.test(name)) {
      close();
      if (s && leafScores.length) {
        const got = sum(leafScores.map((q) => q.value));
        // rows marked 不适用 leave their weight out and the total is scaled back to the full weight
        // (Σ得分 ÷ 适用分值 × 总分值), as jixiao's own 自评表 and many real ones do
        const full = sum(leafWeights);
        const applicable = sum(leafWeights.filter((_, k) => !notApplicable.includes(k)));
        const scaled = notApplicable.length && cmp(applicable, '0') > 0 ? div(mul(got, full), applicable) : null;
        const plain = sumAgrees(s, leafScores);
        if (plain || (scaled && agrees(s, scaled))) {
          const computed = plain || !scaled ? got : roundHalfUp(scaled, 2);
          held.push(
            scoreRelation(
              t,
              i,
              s,
              computed,
              leafScores,
              plain || !scaled ? `${name} = 各项得分之和` : `${name} = 各项得分之和 ${got} ÷ 适用分值 ${applicable} × 总分值 ${full}（不适用的指标不计分）`,
              plain || !scaled
                ? `${name} is the sum of the scores`
                : `${name} is the sum of the scores ÷ the applicable weight × the full weight (rows marked 不适用 left out)`,
            ),
          );
        } else
          out.push(
            finding(
              'error',
              'tableTotal',
              `${name} ${normalize(s.value)} 不等于各项得分之和 ${listed(leafScores.map((q) => q.value))} = ${got}`,
              normalize(s.value),
              got,
              rowText(row),
              loc(t, i),
              `${name} ${normalize(s.value)} is not the sum of the scores, ${listed(leafScores.map((q) => q.value))} = ${got}`,
            ),
          );
      }
      if (w && leafWeights.length && cmp(sum(leafWeights), w.value) === 0)
        held.push(scoreRelation(t, i, w, sum(leafWeights), [], `${name}分值 = 各项分值之和`, `${name}: the weight is the sum of the weights`));
      else if (w && leafWeights.length)
        out.push(
          finding(
            'error',
            'weightSum',
            `${name}分值 ${normalize(w.value)} 不等于各项分值之和 ${listed(leafWeights)} = ${sum(leafWeights)}`,
            normalize(w.value),
            sum(leafWeights),
            rowText(row),
            loc(t, i),
            `${name}: weight ${normalize(w.value)} is not the sum of the weights, ${sum(leafWeights)}`,
          ),
        );
      return;
    }
    if (PART_LABEL.test(name) && !w) return;
    if (!w && cat && l.cols.weight !== undefined && row.some((c) => cellNumber(c) !== null) && !PART_LABEL.test(name))
      (cat as { misaligned?: boolean }).misaligned = true;
    if (w) {
      const sc = l.cols.score;
      if (sc !== undefined && /不适用/.test(row[sc] ?? '')) notApplicable.push(leafWeights.length);
      leafWeights.push(w.value);
      if (cat) (cat as { weights: Decimal[] }).weights.push(w.value);
    }
    if (s) leafScores.push(s);
  });
  close();
  const o = t.outerTotal;
  if (o) out.push(...outerTotal(cellNumber(o.weight), cellNumber(o.score), `总分 | ${o.weight} | ${o.score}`, { line: o.line + 1 }, leafWeights, leafScores));
  return out;
}

/**
 * A 合计 row's 分值 and 得分: under their columns, or — its cells merged away (合计 | 100 | 95) — its only two
 * numbers, in the header's order (分值 before 得分).
 */
function totalCells(row: string[], l: Layout): [Quantity | null, Quantity | null] {
  const w = cell(row, l, 'weight');
  const s = cell(row, l, 'score');
  if (w || s || l.cols.weight === undefined || l.cols.score === undefined || l.cols.weight > l.cols.score) return [w, s];
  const nums = row.slice(1).filter((c) => c.trim());
  const qs = nums.map(cellNumber);
  if (nums.length !== 2 || !qs[0] || !qs[1] || qs.some((q) => q!.unit === '%')) return [w, s];
  return [qs[0], qs[1]];
}

function scoreRelation(t: DocTable, i: number, stated: Quantity, computed: Decimal, parts: Quantity[], reason: string, reasonEn: string): Relation {
  return {
    kind: 'score',
    verdict: 'ok',
    stated: Number(stated.value),
    computed: Number(computed),
    statedText: normalize(stated.value),
    computedText: normalize(computed),
    parts: parts.map((q) => ({ label: '', text: q.text, value: Number(q.value) })),
    labels: parts.map(() => ''),
    reason,
    reasonEn,
    line: rowLine(t, i) + 1,
    text: rowText(t.rows[i]!).slice(0, 160),
  };
}

/**
 * The 总分 and 分值 totals of a score table that hold, as relations (the ones that fail are findings
 * of checkTable): a 总分 scaled over rows marked 不适用 is counted among the relations checked.
 */
export function scoreRelations(t: DocTable): Relation[] {
  const held: Relation[] = [];
  if (t.loose && !t.tight) return held;
  categoryAndTotals(t, layouts(t), held);
  return held;
}

/** `totals: false` leaves 合计 rows to the relation model (src/domain/relations/tables.ts). */
export function checkTable(t: DocTable, options: { totals?: boolean } = {}): Finding[] {
  const ls = layouts(t);
  // a loose table (rows read from running text) may miss rows: its column sums are not checked
  if (t.loose && !t.tight) return rowRules(t, ls);
  return [...(options.totals === false ? [] : totalsVsParts(t)), ...rowRules(t, ls), ...categoryAndTotals(t, ls)];
}
