// Item lists closed by their total, where the items' names differ (trailingTotals.ts needs one name):
//   A项目a万元；B经费b万元；C补助c万元。共计下达t万元。
// and a heading that states the total, its numbered items one a line below it:
//   一、甲资金（t万元）
//   （一）A a万元；
//   （二）B b万元。
// 共计/合计/总计 after the items, or a heading over them, says the list is the whole of the total.
import { addSum, type Ctx } from './context.js';
import { compatible, type Figure } from './figures.js';
import { register } from './groups.js';

const CLOSES = /^\s*(?:以上|上述|以上各项|上述各项)?(?:资金)?(?:合计|共计|总计)/;
// (一) / 1. / （1）: the style of a numbered line
const STYLES: RegExp[] = [
  /^\s*[一二三四五六七八九十]{1,3}[、.．]/,
  /^\s*[（(][一二三四五六七八九十]{1,3}[）)]/,
  /^\s*\d{1,2}[、.．](?!\d)/,
  /^\s*[（(]\d{1,2}[）)]/,
];
const styleOf = (text: string): number => STYLES.findIndex((r) => r.test(text));

const plain = (ctx: Ctx, f: Figure) =>
  f.role === 'level' && f.q.kind === 'money' && f.q.qualifier === 'exact' && !f.prior && !ctx.partOf.has(f.id) && !ctx.totals.has(f.id);
// a total may be a part of a larger list (中央资金 of 衔接资金), never a total already
const totalOk = (ctx: Ctx, f: Figure) => f.role === 'level' && f.q.kind === 'money' && f.q.qualifier === 'exact' && !f.prior && !ctx.totals.has(f.id);

function emit(ctx: Ctx, total: Figure, parts: Figure[], zh: string, en: string): void {
  register(ctx, { total, parts, exhaustive: true, mode: 'level', cue: '合计' });
  addSum(ctx, total, parts, { computedAs: parts[0], reason: zh, reasonEn: en });
}

/** The items of a sentence split by ；, one amount each (none in brackets counted), or null. */
function semicolonItems(ctx: Ctx, pi: number, si: number): Figure[] | null {
  const p = ctx.paras[pi]!;
  const fs = ctx.bySentence[pi]?.[si] ?? [];
  const top = fs.filter((f) => f.depth === 0);
  if (top.length < 3 || fs.some((f) => f.depth === 0 && !plain(ctx, f))) return null;
  const start = p.sentenceStarts[si]!;
  const end = p.sentenceStarts[si + 1] ?? p.text.length;
  // clause boundaries: every ； at depth 0
  const cuts = [start];
  for (let i = start; i < end; i++) if (p.text[i] === '；' && p.depth[i] === 0) cuts.push(i + 1);
  cuts.push(end);
  if (cuts.length - 1 !== top.length) return null;
  for (let c = 0; c + 1 < cuts.length; c++) {
    const inClause = top.filter((f) => f.start >= cuts[c]! && f.end <= cuts[c + 1]!);
    if (inClause.length !== 1) return null;
  }
  // the items are of one kind: no 其中 / 包括 inside the list (a breakdown of one item)
  if (/其中|包括|含/.test(p.text.slice(start, end).replace(/（[^（）]*）/g, ''))) return null;
  return top.every((f) => compatible(f, top[0]!)) ? top : null;
}

/** A；-list sentence and the next sentence opening with 共计/合计/总计 and one amount. */
function closedLists(ctx: Ctx): void {
  ctx.paras.forEach((p, pi) => {
    const sentences = ctx.bySentence[pi] ?? [];
    for (let si = 0; si + 1 < sentences.length; si++) {
      const next = sentences[si + 1]!.filter((f) => f.depth === 0);
      const at = p.sentenceStarts[si + 1]!;
      if (next.length !== 1 || !CLOSES.test(p.text.slice(at, next[0]!.start))) continue;
      const total = next[0]!;
      // nothing but the total's name between the cue and the amount (no 其中, no second clause)
      if (/[，；：]/.test(p.text.slice(at, total.start)) || !totalOk(ctx, total)) continue;
      const items = semicolonItems(ctx, pi, si);
      if (!items || !compatible(items[0]!, total)) continue;
      emit(ctx, total, items, '“共计/合计”在所列各项之后：各项之和应等于合计', 'a 共计/合计 after the listed items: they add up to it');
    }
  });
}

/** The numbered clauses of a line (split at ；/。), each with one amount; null when one is not. */
function numberedClauses(ctx: Ctx, k: number): { style: number; amounts: Figure[] } | null {
  const p = ctx.paras[k]!;
  const cuts = [0];
  for (let i = 0; i < p.text.length; i++) {
    const c = p.text.charCodeAt(i); // ； or 。
    if ((c === 0xff1b || c === 0x3002) && p.depth[i] === 0 && i + 1 < p.text.length) cuts.push(i + 1);
  }
  cuts.push(p.text.length);
  let style = -2;
  const amounts: Figure[] = [];
  for (let c = 0; c + 1 < cuts.length; c++) {
    const clause = p.text.slice(cuts[c], cuts[c + 1]);
    const s = styleOf(clause);
    if (s < 0 || (style !== -2 && s !== style)) return null;
    style = s;
    // 按1%提取…: a rate the item is taken at, not an amount
    const fs = ctx.byPara[k]!.filter(
      (f) => f.start >= cuts[c]! && f.end <= cuts[c + 1]! && f.depth === 0 && !(f.q.kind === 'percent' && f.lead.endsWith('按')),
    );
    if (fs.length !== 1 || !plain(ctx, fs[0]!) || /其中|包括|主要用于/.test(clause)) return null;
    amounts.push(fs[0]!);
  }
  return style >= 0 ? { style, amounts } : null;
}

/** 一、X（t）then numbered lines of one style below it, one amount each. */
function headedLists(ctx: Ctx): void {
  ctx.paras.forEach((p, pi) => {
    const head = styleOf(p.text);
    if (head < 0 || p.text.length > 40) return;
    const fs = ctx.byPara[pi]!;
    if (fs.length !== 1 || !totalOk(ctx, fs[0]!)) return;
    const total = fs[0]!;
    // the amount closes the heading: 一、甲资金（t万元） or 一、甲资金t万元
    if (!/^\s*[）)]?\s*[。：:]?\s*$/.test(p.text.slice(total.end))) return;
    const items: Figure[] = [];
    let style = -1;
    for (let k = pi + 1; k < ctx.paras.length; k++) {
      const s = styleOf(ctx.paras[k]!.text);
      // the list ends at the next heading of the same style, or at a line that is no item
      if (s < 0 || s <= head) break;
      const line = numberedClauses(ctx, k);
      // a line of another numbering or a clause without one amount: sub-items or prose, not read here
      if (!line || (style >= 0 && line.style !== style)) return;
      style = line.style;
      if (line.amounts.some((f) => !compatible(f, total))) return;
      items.push(...line.amounts);
    }
    if (items.length < 2) return;
    emit(ctx, total, items, '标题所列金额为其下各编号分项之和', 'the amount in the heading is the sum of the numbered items under it');
  });
}

const FIRST = /^\s*(?:[一1][、.．]|[（(][一1][）)])/;

/** Numbered lines, one amount each, then a line of its own opening with 以上…合计 / 共计 and one amount. */
function closedLines(ctx: Ctx): void {
  ctx.paras.forEach((p, pi) => {
    const fs = (ctx.byPara[pi] ?? []).filter((f) => f.depth === 0);
    if (fs.length !== 1 || !CLOSES.test(p.text.slice(0, fs[0]!.start))) return;
    const total = fs[0]!;
    if (/[，；：]/.test(p.text.slice(0, total.start)) || !totalOk(ctx, total)) return;
    const items: Figure[] = [];
    let style = -1;
    let k = pi - 1;
    for (; k >= 0; k--) {
      const line = numberedClauses(ctx, k);
      if (!line || (style >= 0 && line.style !== style) || line.amounts.some((f) => !compatible(f, total))) break;
      style = line.style;
      items.unshift(...line.amounts);
      // the list starts at its item 1
      if (FIRST.test(ctx.paras[k]!.text)) break;
    }
    if (items.length < 2 || k < 0 || !FIRST.test(ctx.paras[k]!.text)) return;
    emit(ctx, total, items, '“以上…合计”在编号分项之后：各项之和应等于合计', 'a 合计 after the numbered lines above: they add up to it');
  });
}

export function findClosingTotals(ctx: Ctx): void {
  closedLists(ctx);
  headedLists(ctx);
  closedLines(ctx);
}
