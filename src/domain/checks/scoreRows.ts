// A 自评表 whose merged cells were lost in conversion: indicator rows of any width (一级/二级 cells only on
// the first row of their group), the table cut into pieces by empty "|" lines. The column positions say
// nothing then, but every indicator row still ends with its 分值 and 得分 (and maybe a 偏差原因 text), and
// the funds row holds 分值 | 执行率 | 得分 side by side. When the weights read that way add up to the 分值
// of the 总分 row — the reading is right — its 得分 must be the sum of the scores (the funds part's with them
// when its weight is part of the total), and a grade written after it must match.
import { cmp, div, mul, normalize, sum } from '../decimal.js';
import { agrees, sumAgrees, type Quantity } from '../quantity/index.js';
import type { Decimal } from '../types.js';
import { rowLine, type ParsedDocument } from './document.js';
import { finding, type Finding } from './finding.js';
import { GRADE_NAMES, gradeFor, gradeFromWord } from './grade.js';
import { cellNumber } from './tables.js';
import type { Relation } from '../relations/types.js';

const TOTAL_CELL = /^(?:总分|自评总分|合计得分|总计|合计)$/;
const HEADER = /^分值$/;
const SCORE_HEADER = /^(?:自评)?得分$/;
const INDICATOR_HEADER = /指标/;
const GRADE_CELL = /^(优秀|优|良好|良|中等|中|合格|较差|差|不合格)$/;

interface Row {
  cells: string[];
  line: number;
}

/** A bare number cell (no unit but 分): a weight or a score. */
function bare(c: string | undefined): Quantity | null {
  const q = cellNumber(c);
  return q && (q.unit === '' || q.unit === '分') ? q : null;
}

/** Tables one after another with only empty "|" lines between them are one table cut apart. */
function blocks(doc: ParsedDocument): Row[][] {
  const out: Row[][] = [];
  let cur: Row[] = [];
  let end = -1;
  for (const t of doc.tables) {
    if (t.loose && !t.tight) continue;
    const gap = doc.lines.slice(end + 1, t.line);
    // the indicators' header line the table reader left out (its cells one more than the rows')
    const header = gap.filter((l) => !/^[\s|｜]*$/.test(l));
    const headerRow = header.length === 1 && /分值/.test(header[0]!) && /得分/.test(header[0]!) ? header[0]!.split(/[\t|｜]|\s{2,}|\s(?=\S)/) : null;
    if (cur.length && (t.line <= end || (header.length && !headerRow))) {
      out.push(cur);
      cur = [];
    }
    if (headerRow) cur.push({ cells: headerRow.map((c) => c.trim()).filter(Boolean), line: t.line - 1 });
    t.rows.forEach((cells, i) => cur.push({ cells: cells.map((c) => c.trim()), line: rowLine(t, i) }));
    end = Math.max(end, rowLine(t, t.rows.length - 1), t.line + (t.lineCount ?? t.rows.length) - 1);
  }
  if (cur.length) out.push(cur);
  return out;
}

/** 分值 | 执行率 | 得分 side by side in one row, the score the weight × the rate (capped at the weight). */
function fundsPart(rows: Row[]): [Quantity, Quantity] | null {
  const hits: [Quantity, Quantity][] = [];
  for (const r of rows)
    for (let k = 0; k + 2 < r.cells.length; k++) {
      const w = bare(r.cells[k]);
      const rate = cellNumber(r.cells[k + 1]);
      const s = bare(r.cells[k + 2]);
      if (!w || !s || !rate || rate.unit !== '%' || cmp(w.value, '0') <= 0) continue;
      const r1 = div(rate.value, 100);
      if (agrees(s, mul(cmp(r1, '1') > 0 ? '1' : r1, w.value))) hits.push([w, s]);
    }
  return hits.length === 1 ? hits[0]! : null;
}

export function scoreRowTotals(doc: ParsedDocument): { findings: Finding[]; held: Relation[] } {
  const findings: Finding[] = [];
  const held: Relation[] = [];
  for (const rows of blocks(doc)) {
    const h = rows.findIndex(
      (r) => r.cells.some((c) => HEADER.test(c)) && r.cells.some((c) => SCORE_HEADER.test(c)) && r.cells.some((c) => INDICATOR_HEADER.test(c)),
    );
    if (h < 0) continue;
    const t = rows.findIndex((r, i) => i > h && r.cells.some((c) => TOTAL_CELL.test(c)));
    if (t < 0) continue;
    const read = indicatorScores(rows.slice(h, t));
    if (!read) continue;
    const total = rows[t]!;
    const k = total.cells.findIndex((c) => TOTAL_CELL.test(c));
    const W = bare(total.cells[k + 1]);
    const S = bare(total.cells[k + 2]);
    if (!W || !S) continue;
    let weights = read.weights;
    let scores = read.scores;
    if (cmp(sum(weights.map((q) => q.value)), W.value) !== 0) {
      // the 预算执行率 part's weight is in the total too
      const funds = fundsPart(rows.slice(0, h));
      if (!funds) continue;
      weights = [funds[0], ...weights];
      scores = [funds[1], ...scores];
      if (cmp(sum(weights.map((q) => q.value)), W.value) !== 0) continue;
    }
    const got = sum(scores.map((q) => q.value));
    const list = scores.map((q) => normalize(q.value)).join(' + ');
    const text = total.cells.join(' | ');
    if (sumAgrees(S, scores)) held.push(relation(total, S, got, scores, text));
    else
      findings.push(
        finding(
          'error',
          'tableTotal',
          `总分 ${normalize(S.value)} 不等于各项得分之和 ${list} = ${got}（各项分值之和 ${normalize(W.value)} 与总分分值相符）`,
          normalize(S.value),
          got,
          text,
          { line: total.line + 1 },
          `The total score ${normalize(S.value)} is not the sum of the scores ${list} = ${got} (the weights add up to the total's ${normalize(W.value)})`,
        ),
      );
    const g = GRADE_CELL.exec(total.cells[k + 3] ?? '');
    const stated = g ? gradeFromWord(g[1]!) : null;
    if (stated && stated !== gradeFor(S.value))
      findings.push(
        finding(
          'error',
          'grade',
          `总分 ${normalize(S.value)} 分对应等级“${GRADE_NAMES[gradeFor(S.value)]}”，但写为“${g![1]}”`,
          g![1]!,
          GRADE_NAMES[gradeFor(S.value)],
          text,
          { line: total.line + 1 },
        ),
      );
  }
  return { findings, held };
}

/**
 * Each row with numbers ends with its 分值 and 得分 (after them at most one text cell: 偏差原因). A row
 * ending in one number (a blank cell, or a cut row) or a score above its weight: no reading.
 */
function indicatorScores(rows: Row[]): { weights: Quantity[]; scores: Quantity[] } | null {
  const weights: Quantity[] = [];
  const scores: Quantity[] = [];
  for (const r of rows) {
    let cells = r.cells.filter((c) => c !== '');
    if (!cells.some((c) => cellNumber(c))) continue;
    if (!cellNumber(cells[cells.length - 1])) cells = cells.slice(0, -1);
    const w = bare(cells[cells.length - 2]);
    const s = bare(cells[cells.length - 1]);
    if (!w || !s || cmp(s.value, w.value) > 0) return null;
    weights.push(w);
    scores.push(s);
  }
  return scores.length >= 3 ? { weights, scores } : null;
}

function relation(row: Row, S: Quantity, got: Decimal, parts: Quantity[], text: string): Relation {
  return {
    kind: 'score',
    verdict: 'ok',
    stated: Number(S.value),
    computed: Number(got),
    statedText: normalize(S.value),
    computedText: normalize(got),
    parts: parts.map((q) => ({ label: '', text: q.text, value: Number(q.value) })),
    labels: parts.map(() => ''),
    reason: '总分 = 各项得分之和（各行末两数为分值、得分，分值之和与总分分值相符）',
    reasonEn: 'the total score is the sum of the scores (each row ends with its weight and score; the weights add up to the total weight)',
    line: row.line + 1,
    text: text.slice(0, 160),
  };
}
