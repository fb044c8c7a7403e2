// Text and tables about the same figures: each table cell read as a figure (the concept its row or
// column names, the stage of its column 预算数/决算数, the year of its row), then (1) a figure stated
// in prose that the table states differently, (2) a change "与预算相比" whose budget only the table
// gives, (3) a share whose denominator only the table gives. A table is trusted for a figure only
// when another figure of the text agrees with it (anchor: same unit, same alignment).
import { rowLine, type DocTable } from '../checks/document.js';
import { abs, cmp, sub } from '../decimal.js';
import { halfStep, parseQuantity, type Quantity } from '../quantity/index.js';
import { judge } from './compare.js';
import { add, addChange, inSentence, type Cell, type Ctx } from './context.js';
import { cleanLabel, conceptOf, type Figure, type Stage } from './figures.js';
import { normalizePunctuation, sentenceOf } from './text.js';

export type { Cell };

const SKIP = /增减|变动|比上年|比较|%|％|率|比例|比重|序号|编码|分值|得分|数量|人次|批次|个数|保有量|购置数|团组/;
const NUMERIC = /^[\d,]*\.?\d+$/;

function stageOf(s: string): Stage | null {
  if (/调整后预算|全年预算/.test(s)) return 'adjusted';
  if (/决算|执行|实际|支出数/.test(s)) return 'actual';
  if (/预算/.test(s)) return 'budget';
  return null;
}

function scaleOf(doc: Ctx['doc'], t: DocTable): string | null {
  const unit = tableUnit(doc, t);
  return unit ? unit.replace('元', '') : null;
}

/** The unit a table's amounts are stated in: read with the table, or 单位：… just above it or in its header. */
export function tableUnit(doc: Pick<Ctx['doc'], 'lines'>, t: DocTable): '亿元' | '万元' | '元' | null {
  if (t.unit) return t.unit;
  const around = [...doc.lines.slice(Math.max(0, t.line - 3), t.line), ...(t.rows[0] ?? [])].join(' ');
  const m = /单位[：:]\s*(亿元|万元|元)|[（(](亿元|万元|元)[）)]/.exec(normalizePunctuation(around).replace(/萬/g, '万'));
  return (m?.[1] ?? m?.[2] ?? null) as '亿元' | '万元' | '元' | null;
}

const conceptOfCell = (s: string) =>
  conceptOf(
    cleanLabel(
      normalizePunctuation(s)
        .replace(/\s+/g, '')
        .replace(/^(?:\d+[.、．]|其中[：:]?)/, ''),
    ),
  );

/** Money cells of the tables with one concept named by their row or their column. */
export function tableCells(ctx: Ctx): Cell[] {
  const out: Cell[] = [];
  ctx.doc.tables.forEach((t, ti) => {
    if (t.rows.length > 2000) return;
    const header = t.rows[0]!;
    if (header.some((c) => NUMERIC.test(c.trim()))) return;
    const scale = scaleOf(ctx.doc, t);
    for (let i = 1; i < t.rows.length; i++) {
      const row = t.rows[i]!;
      const label = normalizePunctuation(row[0] ?? '').replace(/\s+/g, '');
      if (!label || SKIP.test(label) || /上年|去年/.test(label)) continue;
      const rowConcept = conceptOfCell(label);
      for (let k = 1; k < row.length; k++) {
        const raw = (row[k] ?? '').trim();
        const col = normalizePunctuation(header[k] ?? '').replace(/\s+/g, '');
        if (!NUMERIC.test(raw) || SKIP.test(col) || /上年|去年/.test(col)) continue;
        const colConcept = conceptOfCell(col);
        // a cell named twice (工资福利支出 row × 基本支出 column) is a part of a part: not compared
        if (!!rowConcept === !!colConcept) continue;
        const yearOf = (s: string) => /((?:19|20)\d\d)年/.exec(s)?.[1] ?? null;
        out.push({
          table: ti,
          raw,
          row: label,
          col,
          concept: (rowConcept ?? colConcept)!,
          stage: stageOf(col) ?? stageOf(label),
          year: yearOf(label) ?? yearOf(col),
          line: rowLine(t, i),
          scale,
        });
      }
    }
  });
  return out;
}

/** A cell as a quantity in the table's unit, or in the unit the figure is written in. */
export function cellQuantity(c: Cell, like: Figure): Quantity | null {
  const scale = c.scale ?? like.q.scale;
  const q = parseQuantity(`${c.raw}${scale}元`);
  return q && q.kind === 'money' ? q : null;
}

/** The year a figure is of: its own, its list total's, or the last one named before it in its paragraph. */
export function yearOf(ctx: Ctx, f: Figure): string | null {
  if (f.year) return f.year;
  const g = ctx.partOf.get(f.id);
  if (g?.total.year) return g.total.year;
  // the few sentences before it in its paragraph (bounded work)
  for (let s = f.sentence; s >= 0 && s >= f.sentence - 8; s--) {
    const xs = inSentence(ctx, f.para, s);
    for (let i = xs.length - 1; i >= 0; i--) if (xs[i]!.id < f.id && xs[i]!.year && !xs[i]!.prior && xs[i]!.role === 'level') return xs[i]!.year;
  }
  return null;
}

function stageOfFigure(ctx: Ctx, f: Figure): Stage | null {
  return f.stage ?? ctx.partOf.get(f.id)?.total.stage ?? null;
}

const tables = new WeakMap<Cell[], Map<number, Cell[]>>();
function tableOf(cells: Cell[], t: number): Cell[] {
  let m = tables.get(cells);
  if (!m) {
    m = new Map();
    for (const c of cells) m.get(c.table)?.push(c) ?? m.set(c.table, [c]);
    tables.set(cells, m);
  }
  return m.get(t) ?? [];
}

const index = new WeakMap<Cell[], Map<string, Cell[]>>();
function byConcept(cells: Cell[]): Map<string, Cell[]> {
  let m = index.get(cells);
  if (!m) {
    m = new Map();
    for (const c of cells) m.get(c.concept)?.push(c) ?? m.set(c.concept, [c]);
    index.set(cells, m);
  }
  return m;
}

/**
 * The one cell a figure of the text can be: same concept; where the table tells years or stages
 * apart, the figure must name them too. Null when none or several.
 */
export function cellFor(ctx: Ctx, cells: Cell[], f: Figure, concept: string, stage: Stage | null): Cell | null {
  const year = yearOf(ctx, f);
  const byTable = new Map<number, Cell[]>();
  for (const c of byConcept(cells).get(concept) ?? []) byTable.get(c.table)?.push(c) ?? byTable.set(c.table, [c]);
  const found: Cell[] = [];
  for (const [t, cs] of byTable) {
    // years and stages the table tells apart anywhere (a blank 决算 cell still makes a 决算 column)
    const all = tableOf(cells, t);
    const years = new Set(all.map((c) => c.year));
    const stages = new Set(all.map((c) => c.stage));
    let pool = cs;
    if (years.size > 1) pool = year ? pool.filter((c) => c.year === year) : [];
    else if (year && cs[0]!.year && cs[0]!.year !== year) pool = [];
    if (stages.size > 1) pool = stage ? pool.filter((c) => c.stage === stage || (stage === 'adjusted' && c.stage === 'budget')) : [];
    else if (stage && cs[0]!.stage && cs[0]!.stage !== stage) pool = [];
    found.push(...pool);
  }
  return found.length === 1 ? found[0]! : null;
}

const agreesWith = (f: Figure, q: Quantity) => judge(f.q, q.value, halfStep(q)) === 'ok';

function cellFigure(c: Cell, q: Quantity): Figure {
  return {
    id: -1,
    q,
    para: -1,
    start: 0,
    end: 0,
    sentence: -1,
    line: c.line,
    depth: 0,
    parens: [],
    lead: '',
    label: `${c.row}·${c.col}`,
    concept: c.concept,
    scope: [],
    stage: c.stage,
    year: c.year,
    prior: false,
    role: 'level',
    sign: 0,
    noun: '',
  };
}

/** A plain level of a lexicon concept, with no scope of its own or of its list (一般公共预算…). */
const comparable = (ctx: Ctx, f: Figure) =>
  f.role === 'level' &&
  f.q.kind === 'money' &&
  f.q.qualifier === 'exact' &&
  !!f.concept &&
  !f.prior &&
  f.scope.length === 0 &&
  !ctx.partOf.get(f.id)?.total.scope.length;

interface Match {
  f: Figure;
  c: Cell;
  q: Quantity;
  ok: boolean;
}
const cache = new WeakMap<Ctx, Match[]>();

/** Figures of the text matched with their cells; a table is trusted once one of them agrees. */
function matches(ctx: Ctx, cells: Cell[]): Match[] {
  const hit = cache.get(ctx);
  if (hit) return hit;
  const out: Match[] = [];
  cache.set(ctx, out);
  for (const f of ctx.figs) {
    if (!comparable(ctx, f)) continue;
    const c = cellFor(ctx, cells, f, f.concept!, stageOfFigure(ctx, f));
    const q = c && cellQuantity(c, f);
    if (c && q) out.push({ f, c, q, ok: agreesWith(f, q) });
  }
  return out;
}

function anchored(ms: Match[], m: Match): boolean {
  return ms.some((x) => x.ok && x.f !== m.f && x.c.table === m.c.table && (x.c.scale !== null || x.q.scale === m.q.scale));
}

/** (1) The same figure in a sentence and in a table. */
function textVsTable(ctx: Ctx, cells: Cell[]): void {
  const ms = matches(ctx, cells);
  for (const m of ms) {
    if (m.ok || !anchored(ms, m)) continue;
    const verdict = judge(m.f.q, m.q.value, halfStep(m.q));
    add(ctx, {
      kind: 'same',
      verdict,
      stated: m.f,
      computed: m.q.value,
      parts: [cellFigure(m.c, m.q)],
      reason: `表格第 ${m.c.line + 1} 行“${m.c.row}”“${m.c.col}”写为 ${m.c.raw}，与正文“${m.f.label}”为同一数字`,
      reasonEn: `the table (line ${m.c.line + 1}, ${m.c.row} / ${m.c.col}) states the same figure as ${m.c.raw}`,
    });
  }
}

/** (2) 与预算相比减少0.1万元 / 与预算相比无变化, the budget given only by the table. */
function changesAgainstTable(ctx: Ctx, cells: Cell[]): void {
  const ms = matches(ctx, cells);
  for (const p of ctx.paras.keys()) {
    const text = ctx.paras[p]!.text;
    for (const m of text.matchAll(/(?:与|同|和|比|较)[^，；。]{0,12}?预算(?:数)?(?:相比|比较)?[，]?(无变化|无增减|持平|减少|增加|下降|增长|节约|超支)/g)) {
      const at = m.index;
      if (priorBudget(ctx, p, at, m[0])) continue;
      const fs = inSentence(ctx, p, sentenceOf(ctx.paras[p]!, at));
      const subject = [...fs].reverse().find((f) => f.end <= at && f.role === 'level' && f.q.kind === 'money');
      if (!subject || !comparable(ctx, subject)) continue;
      if (/[；。]/.test(text.slice(subject.end, at))) continue;
      // the subject must be the table's own actual figure: that is the anchor
      const own = cellFor(ctx, cells, subject, subject.concept!, 'actual');
      const oq = own ? cellQuantity(own, subject) : null;
      const actual = own && oq ? { c: own, ok: agreesWith(subject, oq) } : ms.find((x) => x.f === subject);
      if (!actual?.ok) continue;
      const budget = cellFor(ctx, cells, subject, subject.concept!, 'budget');
      const bq = budget && budget.table === actual.c.table ? cellQuantity(budget, subject) : null;
      if (!budget || !bq) continue;
      const diff = sub(subject.q.value, bq.value);
      const room = halfStep(bq);
      const cellFig = cellFigure(budget, bq);
      const why = {
        reason: `“${subject.label}”与表格第 ${budget.line + 1} 行的预算数 ${budget.raw} 相比`,
        reasonEn: `compared with the budget in the table (line ${budget.line + 1}): ${budget.raw}`,
      };
      if (/无变化|无增减|持平/.test(m[1]!)) {
        const verdict = cmp(abs(diff), room) <= 0 ? 'ok' : 'error';
        add(ctx, {
          kind: 'difference',
          verdict,
          stated: subject,
          statedValue: '0',
          computed: diff,
          computedAs: subject,
          parts: [subject, cellFig],
          ...why,
          reason: `${why.reason}：文中写“${m[1]}”`,
        });
        continue;
      }
      const c = fs.find((f) => f.start >= at + m[0].length - m[1]!.length && f.role === 'change' && f.q.kind === 'money' && f.sentence === subject.sentence);
      if (!c || c.q.qualifier !== 'exact' || /[；。]/.test(text.slice(at, c.start))) continue;
      addChange(ctx, c, diff, room, {
        parts: [subject, cellFig],
        ...why,
      });
    }
  }
}

/**
 * 比上年预算 / 比2019年预算: the budget of an earlier year, which the table (this year's) does not hold.
 * A year is earlier when a later one was already named before the comparison.
 */
function priorBudget(ctx: Ctx, p: number, at: number, phrase: string): boolean {
  if (/上年|去年|上一?年度|前一?年|往年/.test(phrase)) return true;
  const y = /(\d{4})\s*年/.exec(phrase)?.[1];
  if (!y) return false;
  const before =
    ctx.paras
      .slice(0, p)
      .map((x) => x.text)
      .join('\n') + ctx.paras[p]!.text.slice(0, at);
  return [...before.matchAll(/(\d{4})\s*年/g)].some((x) => Number(x[1]) > Number(y) && Number(x[1]) < 2100);
}

/** (3) The denominator of 占…的X% found only in a table. */
export function denominatorFromTable(ctx: Ctx, cells: Cell[], num: Figure, label: string): Figure | null {
  const concept = conceptOf(cleanLabel(label));
  if (!concept || /一般公共预算|政府性基金|财政拨款/.test(label)) return null;
  const ms = matches(ctx, cells);
  const c = cellFor(ctx, cells, num, concept, stageOfFigure(ctx, num));
  const q = c && cellQuantity(c, num);
  if (!c || !q || !ms.some((x) => x.ok && x.c.table === c.table && x.q.scale === q.scale)) return null;
  return cellFigure(c, q);
}

/** The money cells of the document's tables, read once. */
export function cellsOf(ctx: Ctx): Cell[] {
  ctx.cells ??= ctx.doc.tables.length ? tableCells(ctx) : [];
  return ctx.cells;
}

export function findTableText(ctx: Ctx): void {
  const cells = cellsOf(ctx);
  if (!cells.length) return;
  textVsTable(ctx, cells);
  changesAgainstTable(ctx, cells);
}
