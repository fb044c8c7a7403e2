// The budget of a rate's subject read from a table of the document (a 三公 table flattened above the prose):
//   the budget cell of the subject's row (公务接待费 | 预算数 35.00), or, for a total (“三公”经费), the 合计 row of a
//   table whose other rows list a complete partition of it (因公出国（境）费, 公务接待费, 公务用车购置及运行费).
// A table is read only once an amount of the text is its cell (the unit and the alignment are right).
import { cmp } from '../decimal.js';
import type { Ctx } from './context.js';
import { cleanLabel, conceptOf, type Figure } from './figures.js';
import { PARTITIONS, isComplete } from './lexicon.js';
import { normalizePunctuation } from './text.js';
import { cellFor, cellQuantity, cellsOf, type Cell } from './tableText.js';

const money = (f: Figure) => f.q.kind === 'money' && f.role === 'level' && !f.prior && f.q.qualifier === 'exact';
const squeeze = (s: string) => normalizePunctuation(s ?? '').replace(/\s+/g, '');

/** Some amount of the text is its cell in table t (same value): the table is aligned and in the text's unit. */
function anchored(ctx: Ctx, cells: Cell[], t: number): boolean {
  return ctx.figs.some((f) => {
    if (!money(f) || !f.concept) return false;
    const x = cellFor(ctx, cells, f, f.concept, f.stage ?? 'actual');
    const q = x && x.table === t && cellQuantity(x, f);
    return !!q && cmp(q.value, f.q.value) === 0;
  });
}

function asFigure(num: Figure, c: Cell, q: Figure['q']): Figure {
  return { ...num, id: -1, q, para: -1, sentence: -1, start: 0, end: 0, line: c.line, lead: '', label: `${c.row}·${c.col}`, stage: 'budget', parens: [] };
}

/** 合计 of a table whose other rows complete a partition of the concept, in its one budget column. */
function totalRows(ctx: Ctx, cells: Cell[], concept: string): Cell[] {
  const parts = PARTITIONS.filter((p) => p.totals?.includes(concept));
  if (!parts.length) return [];
  const out: Cell[] = [];
  ctx.doc.tables.forEach((t, ti) => {
    const header = (t.rows[0] ?? []).map(squeeze);
    const cols = header.flatMap((h, k) => (k > 0 && /预算/.test(h) && !/决算|执行|调整|上年|增减|%|率/.test(h) ? [k] : []));
    const totals = t.rows.filter((r) => /^(?:合计|总计)$/.test(squeeze(r[0] ?? '')));
    if (cols.length !== 1 || totals.length !== 1) return;
    const listed = new Set(t.rows.slice(1).flatMap((r) => conceptOf(cleanLabel(squeeze(r[0] ?? ''))) ?? []));
    if (!parts.some((p) => isComplete(p, listed))) return;
    const raw = (totals[0]![cols[0]!] ?? '').trim();
    const scale = cells.find((c) => c.table === ti)?.scale ?? null;
    if (/^[\d,]*\.?\d+$/.test(raw))
      out.push({ table: ti, raw, row: squeeze(totals[0]![0]!), col: header[cols[0]!]!, concept, stage: 'budget', year: null, line: t.line, scale });
  });
  return out;
}

/** The one budget of the numerator's subject in the document's tables, or null. */
export function tableBudget(ctx: Ctx, num: Figure): Figure | null {
  if (!num.concept || !ctx.doc.tables.length) return null;
  const cells = cellsOf(ctx);
  const own = cellFor(ctx, cells, num, num.concept, 'budget');
  const found = own ? [own] : totalRows(ctx, cells, num.concept);
  if (found.length !== 1) return null;
  const c = found[0]!;
  // 财政拨款“三公”经费: a scope of the amount must be the table's own (named in its title or header)
  const t = ctx.doc.tables[c.table]!;
  const title = squeeze([...ctx.doc.lines.slice(Math.max(0, t.line - 3), t.line), ...(t.rows[0] ?? [])].join(''));
  if (num.scope.some((s) => !title.includes(s))) return null;
  const q = cellQuantity(c, num);
  if (!q || cmp(q.value, '0') <= 0 || !anchored(ctx, cells, c.table)) return null;
  return asFigure(num, c, q);
}
