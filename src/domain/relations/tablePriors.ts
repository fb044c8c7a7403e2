// "X支出a万元，比上年增加c万元" where last year's X stands only in a table of the document (a column 上年数 /
// 上年决算数 / 2031年 beside 本年数 / 2032年): c = a − prior. The row is the one whose label names X (the same
// words or the same lexicon concept), and its current cell must equal a: that anchors row, unit and stage.
// Several rows that fit, a stage of the prior column other than the current one's, or an adjusted base
// (同口径): nothing.
import type { DocTable } from '../checks/document.js';
import { cmp, sub } from '../decimal.js';
import { halfStep, parseQuantity, type Quantity } from '../quantity/index.js';
import { ADJUSTED_BASE, basisWords } from './changeBasis.js';
import { judge } from './compare.js';
import { add, addChange, inSentence, type Ctx } from './context.js';
import { cleanLabel, conceptOf, type Figure } from './figures.js';
import { tableUnit } from './tableText.js';
import { normalizePunctuation } from './text.js';

interface PriorRow {
  label: string;
  concept: string | null;
  current: Quantity;
  prior: Quantity;
  line: number;
  col: string;
}

const YEAR = /((?:19|20)\d\d)\s*年/;
const NOT_AMOUNT = /增减|变动|比上年|比较|%|％|率|比例|比重|序号|编码|科目编码|差额/;
const STAGE_ONLY = /^(?:预算|决算|执行)数?(?:[（(](?:万元|元)[)）])?$/;
const NUMERIC = /^-?[\d,]*\.?\d+$/;
const stageWord = (s: string) => (/决算|执行|实际/.test(s) ? 'actual' : /预算/.test(s) ? 'budget' : null);
const clean = (s: string) =>
  cleanLabel(
    normalizePunctuation(s)
      .replace(/\s+/g, '')
      .replace(/^(?:\d+[.、．]|[一二三四五六七八九十]+、|其中[：:]?)/, ''),
  );

/** The current and prior columns of a header: one of each, else null. */
function columnsOf(header: string[]): { cur: number; prior: number } | null {
  const cols = header.map((h) => normalizePunctuation(h ?? '').replace(/\s+/g, ''));
  const prior = cols.flatMap((c, k) => (k > 0 && /上年|去年/.test(c) && !NOT_AMOUNT.test(c) ? [k] : []));
  const cur = cols.flatMap((c, k) => (k > 0 && /本年|当年|本期/.test(c) && !NOT_AMOUNT.test(c) ? [k] : []));
  let pair: { cur: number; prior: number } | null = prior.length === 1 && cur.length === 1 ? { cur: cur[0]!, prior: prior[0]! } : null;
  // 上年决算数 | 决算数: beside the one prior column, the one column headed by a stage word alone is this year's
  if (!pair && prior.length === 1 && !cur.length) {
    const bare = cols.flatMap((c, k) => (k > 0 && STAGE_ONLY.test(c) ? [k] : []));
    if (bare.length === 1) pair = { cur: bare[0]!, prior: prior[0]! };
  }
  if (!pair && !prior.length && !cur.length) {
    // 2031年决算数 | 2032年决算数: two years a year apart, each once
    const years = cols.map((c, k) => (k > 0 && !NOT_AMOUNT.test(c) ? (YEAR.exec(c)?.[1] ?? null) : null));
    const named = years.flatMap((y, k) => (y ? [[Number(y), k] as const] : []));
    if (named.length === 2 && named[1]![0] === named[0]![0] + 1) pair = { cur: named[1]![1], prior: named[0]![1] };
    else if (named.length === 2 && named[0]![0] === named[1]![0] + 1) pair = { cur: named[0]![1], prior: named[1]![1] };
  }
  if (!pair) return null;
  // a prior budget beside a current actual (or the reverse) is not last year's figure of the same kind
  const [a, b] = [stageWord(cols[pair.cur]!), stageWord(cols[pair.prior]!)];
  return a && b && a !== b ? null : pair;
}

function priorRows(ctx: Ctx, t: DocTable): PriorRow[] {
  const header = t.rows[0];
  const pair = header && columnsOf(header);
  const unit = tableUnit(ctx.doc, t);
  if (!pair || !unit) return [];
  const out: PriorRow[] = [];
  for (const row of t.rows.slice(1)) {
    const [c, p] = [(row[pair.cur] ?? '').trim(), (row[pair.prior] ?? '').trim()];
    const label = clean(row[0] ?? '');
    if (!label || !NUMERIC.test(c) || !NUMERIC.test(p)) continue;
    const current = parseQuantity(`${c.replace(/,/g, '')}${unit}`);
    const prior = parseQuantity(`${p.replace(/,/g, '')}${unit}`);
    if (current?.kind !== 'money' || prior?.kind !== 'money') continue;
    out.push({ label, concept: conceptOf(label), current, prior, line: t.line, col: normalizePunctuation(header[pair.prior] ?? '').trim() });
  }
  return out;
}

/** The level a change is of: the money level right before it in its sentence, nothing but the comparison between. */
function levelOf(ctx: Ctx, c: Figure): Figure | null {
  const before = inSentence(ctx, c.para, c.sentence).filter((f) => f.end <= c.start);
  const f = before[before.length - 1];
  if (!f || f.role !== 'level' || f.q.kind !== 'money' || f.q.qualifier !== 'exact' || f.prior || !f.label) return null;
  return /[；。]/.test(ctx.paras[c.para]!.text.slice(f.end, c.start)) ? null : f;
}

export function findTablePriors(ctx: Ctx): void {
  if (!ctx.doc.tables.length) return;
  const rows = ctx.doc.tables.flatMap((t) => priorRows(ctx, t));
  if (!rows.length) return;
  for (const c of ctx.figs) {
    if (c.role !== 'change' || c.sign === 0 || c.q.kind !== 'money' || c.q.qualifier !== 'exact' || c.label) continue;
    const basis = basisWords(c.lead, { strict: false });
    if (basis !== 'year' || ADJUSTED_BASE.test(c.lead)) continue;
    const a = levelOf(ctx, c);
    if (!a) continue;
    const label = clean(a.label);
    // the row's current cell must be the level written: the anchor of row, unit and stage
    const fit = rows.filter(
      (r) => (r.label === label || (!!a.concept && r.concept === a.concept)) && judge(a.q, r.current.value, halfStep(r.current)) === 'ok',
    );
    if (!fit.length || fit.some((r) => cmp(r.prior.value, '0') <= 0)) continue;
    const r = fit[0]!;
    const diff = sub(a.q.value, r.prior.value);
    const why = {
      parts: [a],
      reason: `上年数见表格“${r.label}”行“${r.col}”列：${r.prior.text}；变动额 = ${a.q.text} − ${r.prior.text}`,
      reasonEn: `last year's figure is in the table (row ${r.label}, column ${r.col}): ${r.prior.text}; change = current − prior`,
    };
    // several rows of that name and level with other priors: which one the text means is unknown
    if (fit.some((x) => cmp(x.prior.value, r.prior.value) !== 0)) add(ctx, { kind: 'difference', verdict: 'unsure', stated: c, computed: diff, ...why });
    else addChange(ctx, c, diff, halfStep(r.prior), why);
  }
}
