// Parts stated before their total, joined by an additive word: "本级收入A，加上级补助B、上年结转C，收入总计T"
// and "A、B、C、D，构成T". The sentence says the total is made of them, so the list is exhaustive.
// Only one sentence is read, and only figures joined by list punctuation or the cue itself.
import { cmp, sum } from '../decimal.js';
import { addDifference, type Ctx, type Group } from './context.js';
import { cleanLabel, compatible, type Figure } from './figures.js';
import { headConcept, judgeGroup, register } from './groups.js';
import { isRunningTotal } from './runningTotals.js';
import { clauseAfter, SENTENCE_STOPS } from './text.js';

// 加 / 加上 opening a clause, not 加强、加大、加快…
const ADD = /^[，,]\s*(?:再)?加(?:上)?(?![强大快紧入工速以之班油重深剧盟注倍密固宽])/;
const TOTAL_LEAD = /(?:合计|总计|共计|总额|总和|总量|可用(?:资金|财力)|可支配(?:资金|财力)|总财力)(?:为|是|达|约)?$/;
// the total of a sentence of items stated in the next one (加A、B。总收入T / 收入总计T)
const NEXT_TOTAL = /(?:合计|总计|总量|总收入|可用(?:资金|财力)|总财力)(?:预计)?(?:完成)?(?:为|是|达|约)?$/;
const SEMI_ADD = /^[；;]\s*(?:再)?加(?:上)?(?![强大快紧入工速以之班油重深剧盟注倍密固宽])/;
// a sentence that opens with 加上: "收入A。加上B，收入合计T" — the first item is the one stated before
const OPENS_ADD = /^\s*(?:再)?加(?:上)?(?![强大快紧入工速以之班油重深剧盟注倍密固宽])/;
const COMPOSES = /[，,](?:共同)?构成(?:了)?[^，；。、\d]{0,30}$/;
// "加上B、C，减去D，收入总计T": an item after 减去 / 扣除 is taken away, not added (减少 is a change, no cue)
const SUBTRACT = /[，,、]\s*(?:再)?(?:减去|减除|扣除|扣减)/;

const usable = (ctx: Ctx, f: Figure) =>
  f.role === 'level' && f.q.kind !== 'percent' && f.q.qualifier === 'exact' && !f.prior && !ctx.partOf.has(f.id) && !ctx.totals.has(f.id);

function emit(ctx: Ctx, total: Figure, parts: Figure[], cue: string): void {
  if (ctx.totals.has(total.id) || ctx.partOf.has(total.id)) return;
  const g: Group = { total, parts, exhaustive: true, mode: 'level', cue };
  register(ctx, g);
  judgeGroup(ctx, g, {
    zh: `“${cue}”：所列各项相加即为其后的总数`,
    en: `“${cue}”: the items before add up to the total that follows`,
  });
}

/** The running totals of a chain first (each the sum of the items before it), then its closing total. */
function emitChain(ctx: Ctx, total: Figure, parts: Figure[], running: Group[], minus: Set<Figure> = new Set()): void {
  if (parts.some((f) => minus.has(f))) {
    // a chain that takes items away is no list of parts: the total is what the signs make of them
    if (running.length || ctx.totals.has(total.id) || ctx.partOf.has(total.id)) return;
    addDifference(ctx, total, parts, {
      signs: parts.map((f) => (minus.has(f) ? -1 : 1)),
      reason: `“加上…减去…合计”：${parts.map((f, i) => (i ? (minus.has(f) ? ' − ' : ' + ') : '') + f.q.text).join('')}`,
      reasonEn: 'the items added and taken away before the total that follows',
    });
    return;
  }
  for (const g of running) emit(ctx, g.total, g.parts, g.cue);
  emit(ctx, total, parts, '加上…合计');
}

/** A、B（、C）joined only by list punctuation and a label, going back from index i. */
function listBack(ctx: Ctx, fs: Figure[], i: number): Figure[] {
  const text = ctx.paras[fs[i]!.para]!.text;
  const run = [fs[i]!];
  for (let k = i - 1; k >= 0; k--) {
    const f = fs[k]!;
    if (!usable(ctx, f) || !compatible(f, fs[i]!) || !/^[、和及与][^，；。、]*$/.test(text.slice(f.end, run[0]!.start).trim())) break;
    run.unshift(f);
  }
  return run;
}

/** 全区收入，加上…: the figure the opening name stands for, stated in one of the two sentences before. */
function namedBefore(ctx: Ctx, pi: number, si: number, name: string, steps = 2): Figure | null {
  let [pj, sj] = [pi, si];
  for (let step = 0; step < steps; step++) {
    [pj, sj] = sj > 0 ? [pj, sj - 1] : [pj - 1, (ctx.bySentence[pj - 1]?.length ?? 0) - 1];
    if (pj < 0 || sj < 0) return null;
    const p = ctx.paras[pj]!;
    // the words before the figure, an aside in parentheses left out (收入（含…，下同）40.5亿元)
    const says = (f: Figure) =>
      f.label === name ||
      p.text
        .slice(p.sentenceStarts[sj]!, f.start)
        .replace(/（[^（）]*）/g, '')
        .replace(/\s/g, '')
        .endsWith(name);
    const xs = (ctx.bySentence[pj]?.[sj] ?? []).filter((f) => says(f) && f.role === 'level' && f.q.qualifier === 'exact' && !f.prior);
    if (xs.length) return xs.length === 1 ? xs[0]! : null;
  }
  return null;
}

/**
 * "收入总量为A。支出总量为B。收入总量减去支出总量后，结转资金C": C = A − B, both named by the words
 * before 减去 and stated in the sentences before.
 */
function subtracted(ctx: Ctx, pi: number, si: number, fs: Figure[]): void {
  const text = ctx.paras[pi]!.text;
  const start = ctx.paras[pi]!.sentenceStarts[si]!;
  const m = /^([^，；。：\d]{2,20})减去([^，；。：\d]{2,20}?)(?:后|之后)?[，,]/.exec(text.slice(start, fs[0]!.start));
  const c = fs[0]!;
  if (!m || !usable(ctx, c)) return;
  const a = namedBefore(ctx, pi, si, cleanLabel(m[1]!), 3);
  const b = namedBefore(ctx, pi, si, cleanLabel(m[2]!), 3);
  if (!a || !b || a === b || !compatible(a, c) || !compatible(b, c)) return;
  addDifference(ctx, c, [a, b], {
    reason: `“${m[1]}减去${m[2]}”：${a.q.text} − ${b.q.text}`,
    reasonEn: 'one named figure less another, as the sentence says',
  });
}

/**
 * The items after a 加上 cue up to the 合计 that closes them (null when none does). An item with its own
 * 其中 list (加上级补助B，其中：b1（含…），上年结转C) has that list passed over, but where the list ends is
 * uncertain: its later outer figures are read both as its parts and as the next items, and only a
 * reading that adds up exactly is kept when the two differ.
 */
function addedTo(
  ctx: Ctx,
  fs: Figure[],
  from: number,
  parts: Figure[],
  running: Group[] = [],
  minus: Set<Figure> = new Set(),
  closing?: Figure,
): Figure | null {
  const text = ctx.paras[fs[from]!.para]!.text;
  const alt = [...parts];
  const inItem = (x: Figure): boolean => {
    const g = ctx.partOf.get(x.id);
    return !!g && (parts.includes(g.total) || inItem(g.total));
  };
  let skipped = 0;
  let taking = false;
  // 加A；B；C；总收入T: items set off by ； from the first on are one enumeration (never past a 。, never the other side)
  const semis = from + 1 < fs.length && /^[^。]*；[^。]*$/.test(text.slice(fs[from]!.end, fs[from + 1]!.start));
  for (let k = from; k < fs.length; k++) {
    const f = fs[k]!;
    const gap = k > from ? text.slice(fs[k - 1]!.end, f.start) : '';
    // (the sentence after may state the total: 加A、B，扣除C。总收入T)
    if (f === closing && parts.length >= 2) return f.q.qualifier === 'exact' && alt.length === parts.length ? f : null;
    if (/。/.test(gap) || (/；/.test(gap) && !semis) || !compatible(f, parts[0]!)) return null;
    if (semis && /支出/.test(f.lead) !== /支出/.test(parts[0]!.lead)) return null;
    if (parts.length >= 2 && f.role === 'level' && TOTAL_LEAD.test(f.lead)) {
      if (f.q.qualifier !== 'exact') return null;
      if (alt.length === parts.length) return f;
      const exact = [parts, alt].find((xs) => cmp(sum(xs.map((x) => x.q.value)), f.q.value) === 0);
      if (!exact) return null;
      parts.splice(0, parts.length, ...exact);
      return f;
    }
    if (parts.length >= 2 && f.depth > 0 && parts.some((x) => ctx.totals.has(x.id) && x.id < f.id)) continue;
    if (parts.length >= 2 && inItem(f)) {
      // the first part of the item's list is surely its own; the later ones may be the next items
      if (skipped++ > 0 && f.role === 'level' && f.q.qualifier === 'exact' && !f.prior) alt.push(f);
      continue;
    }
    const own = ctx.totals.has(f.id) && !ctx.partOf.has(f.id) && f.role === 'level' && f.q.qualifier === 'exact' && !f.prior;
    if (!usable(ctx, f) && !own) return null;
    // …一般预算总收入S1，加上年结余D…: S1 closes the items so far and opens the rest of the chain
    if (alt.length === parts.length && isRunningTotal(f, parts)) {
      running.push({ total: f, parts: [...parts], exhaustive: true, mode: 'level', cue: '加上…合计' });
      parts.splice(0, parts.length, f);
      alt.splice(0, alt.length, f);
      continue;
    }
    // (扣除A、B: every item of the list after the cue is taken away, until a clause adds again)
    if (k > from && SUBTRACT.test(gap)) taking = true;
    else if (!/^\s*[、和及与]/.test(gap)) taking = false;
    if (k > from && taking) minus.add(f);
    parts.push(f);
    alt.push(f);
  }
  // …；财政总收入为T。: a whole by its name closing the sentence is the chain's total, not a step of it
  const last = running.at(-1);
  if (last && parts.length === 1 && parts[0] === last.total && alt.length === 1 && fs.at(-1) === last.total) {
    running.pop();
    parts.splice(0, 1, ...last.parts);
    return last.total;
  }
  return null;
}

/** The sentences before (same paragraph, up to `steps`), nearest first. */
function sentencesBefore(ctx: Ctx, pi: number, si: number, steps: number): Figure[][] {
  const out: Figure[][] = [];
  for (let s = si - 1; s >= 0 && out.length < steps; s--) out.push(ctx.bySentence[pi]?.[s] ?? []);
  return out;
}

/** The head noun a total names (收入合计 → income, 支出总量 → expenditure). */
const headOf = (f: Figure): string | null =>
  f.concept === 'income' || f.concept === 'expenditure' ? f.concept : (headConcept(f.label.replace(/(?:总量|总规模)$/, '')) ?? tailHead(f.label));

/** 县级一般公共预算收入预计完成 → income, 一般公共预算可用资金为 → usable: a budget-wide noun before its verb. */
function tailHead(label: string): string | null {
  const l = label.replace(/(?:预计|累计)?(?:完成|实现|执行|达到|为|是|约)+$/, '');
  if (/(?:预算|财政|本级|地方|资本经营)收入$/.test(l)) return 'income';
  if (/(?:预算|财政|本级|地方|资本经营)支出$/.test(l)) return 'expenditure';
  return /可用(?:资金|财力)$/.test(l) ? 'usable' : null;
}

/**
 * "一般公共预算收入完成A。加上转移性收入B，收入合计T": a sentence opening with 加上 adds its items to the
 * figure of the same head noun (收入 / 支出 / 可用资金) that the sentences before state — the nearest one not itself
 * a part of a list (其中…), one per sentence, else nothing.
 */
function openingAdd(ctx: Ctx, pi: number, si: number, fs: Figure[]): void {
  const p = ctx.paras[pi]!;
  if (!OPENS_ADD.test(p.text.slice(p.sentenceStarts[si]!, fs[0]!.start))) return;
  // 加A、B，扣除C。总收入T: a sentence of items only, the total opening the next one
  const next = ctx.bySentence[pi]?.[si + 1]?.[0];
  const closing = fs.some((f) => TOTAL_LEAD.test(f.lead)) || !next || next.role !== 'level' || !NEXT_TOTAL.test(next.lead) ? undefined : next;
  const total = closing ?? fs.find((f) => f.role === 'level' && TOTAL_LEAD.test(f.lead));
  const named = total ? headOf(total) : null;
  // 市本级国有资本经营收入合计T: a region's concept, but the tail names the head noun
  const head = named === 'income' || named === 'expenditure' || named === 'usable' ? named : total ? tailHead(total.label) : null;
  if (!total || !head) return;
  for (const xs of sentencesBefore(ctx, pi, si, 3)) {
    // (市级地方一般公共预算收入A names a region's income: its tail says 收入 where its concept says whose)
    const cands = xs.filter(
      (f) => f.role === 'level' && f.depth === 0 && f.q.kind !== 'percent' && !ctx.partOf.has(f.id) && (headOf(f) === head || tailHead(f.label) === head),
    );
    if (!cands.length) continue;
    const a = cands.length === 1 ? cands[0]! : null;
    // the figure may be the total of its own 其中 list (收入A。其中：甲a。加上B，收入合计T)
    if (!a || a.q.qualifier !== 'exact' || a.prior || !compatible(a, total)) return;
    const parts = [a];
    const running: Group[] = [];
    const minus = new Set<Figure>();
    if (addedTo(ctx, closing ? [...fs, closing] : fs, 0, parts, running, minus, closing) === total) emitChain(ctx, total, parts, running, minus);
    return;
  }
}

const BALANCE = /收支(?:总量|总额)?(?:(?:相抵|轧抵)(?:后)?[，,]?[^，；。\d]{0,30}?)?(赤字|缺口|结余|盈余)(?:为|是|达|约)?$/;
const TOTALISH = /(?:合计|总计|总量|总额)(?:为|是|达|约)?$/;

/** The income or expenditure a balance nets: the nearest total of that head noun (合计/总量/加上…), else its nearest level. */
function sideBefore(ctx: Ctx, pi: number, si: number, head: string, e: Figure): Figure | null {
  let plain: Figure | null = null;
  // 总收入A；总支出B；本年收支结余E: the sentence itself first, then the four before it
  const own = (ctx.bySentence[pi]?.[si] ?? []).filter((f) => f.end <= e.start);
  for (const xs of [own, ...sentencesBefore(ctx, pi, si, 4)]) {
    for (let i = xs.length - 1; i >= 0; i--) {
      const f = xs[i]!;
      if (f.role !== 'level' || f.depth !== 0 || f.prior || f.q.kind !== 'money' || ctx.partOf.has(f.id) || headOf(f) !== head) continue;
      if (TOTALISH.test(f.lead) || ctx.totals.has(f.id)) return f;
      plain ??= f;
    }
  }
  return plain;
}

/**
 * "收入总量A。支出B。收支总量相抵，赤字E": E = B − A (结余: A − B), the income and expenditure being the
 * nearest totals of each head noun in the sentences before (same paragraph).
 */
function balance(ctx: Ctx, pi: number, si: number, fs: Figure[]): void {
  const p = ctx.paras[pi]!;
  const e = fs.find((f) => BALANCE.test(f.lead));
  if (!e) return;
  const m = BALANCE.exec(clauseAfter(p.text.slice(p.sentenceStarts[si]!, e.start), SENTENCE_STOPS));
  if (!m || e.role !== 'level' || e.q.kind !== 'money' || e.q.qualifier !== 'exact') return;
  const inc = sideBefore(ctx, pi, si, 'income', e);
  const exp = sideBefore(ctx, pi, si, 'expenditure', e);
  if (!inc || !exp || inc.q.qualifier !== 'exact' || exp.q.qualifier !== 'exact' || !compatible(inc, e) || !compatible(exp, e)) return;
  const deficit = m[1] === '赤字' || m[1] === '缺口';
  addDifference(ctx, e, deficit ? [exp, inc] : [inc, exp], {
    reason: `“收支${m[1]}”：${deficit ? `${exp.q.text} − ${inc.q.text}` : `${inc.q.text} − ${exp.q.text}`}`,
    reasonEn: deficit ? 'a deficit is expenditure less income, as stated before' : 'a surplus is income less expenditure, as stated before',
  });
}

/** 增长r% / 完成预算的r% / 同口径下降r%: a percent of the figure before it, never an item of a chain of amounts. */
const ownRate = (f: Figure): boolean => f.q.kind === 'percent';

export function findAddedUp(ctx: Ctx): void {
  ctx.bySentence.forEach((sentences, pi) =>
    sentences.forEach((fs, si) => {
      if (fs.length) subtracted(ctx, pi, si, fs);
      if (fs.length >= 2 && si > 0) openingAdd(ctx, pi, si, fs);
      if (fs.length) balance(ctx, pi, si, fs);
      if (fs.length < 2) return;
      const text = ctx.paras[pi]!.text;
      // 全区一般公共预算收入，加上上级补助收入B、…，收入总计T: the opening name is a figure stated before
      const start = ctx.paras[pi]!.sentenceStarts[si]!;
      // (县级一般公共预算收入加上B…: no comma after a name of income or spending; the name binds the figure even when
      // it is a part of another list)
      const lead = text.slice(start, fs[0]!.start);
      const bare = /^([^，；。：\d]{2,30}?(?:收入|支出|可用资金|可用财力))(?:再)?加上(?![强大快紧入工速以之班油重深剧盟注倍密固宽])/.exec(lead);
      const open = /^([^，；。：\d]{2,30})[，,]\s*(?:再)?加(?:上)?/.exec(lead) ?? bare;
      if (open && (open === bare || ADD.test(text.slice(start + open[1]!.length, fs[0]!.start)))) {
        // (根据上述地方财政收入，加…: the name after 上述 / 以上 is the figure stated before)
        const a = namedBefore(ctx, pi, si, cleanLabel(open[1]!.replace(/^(?:根据|按照?|在)?(?:上述|以上|前述)/, '')));
        const parts = a && (usable(ctx, a) || (open === bare && a.role === 'level' && a.q.kind !== 'percent' && !ctx.totals.has(a.id))) ? [a] : null;
        const running: Group[] = [];
        const minus = new Set<Figure>();
        const total = parts ? addedTo(ctx, fs, 0, parts, running, minus) : null;
        if (total && parts) emitChain(ctx, total, parts, running, minus);
      }
      if (fs.length < 3) return;
      for (let i = 0; i + 2 < fs.length; i++) {
        const a = fs[i]!;
        // A，增长r%，加上B…: the level's own rates (of change, of completion) stand between it and the cue
        let j = i + 1;
        while (j < fs.length && ownRate(fs[j]!)) j++;
        if (j + 1 >= fs.length) continue;
        // (其中A a，…；加上级补助B…，收入合计T: the 加 adds to the figure before it, a part of another list or not)
        const gap = text.slice(fs[j - 1]!.end, fs[j]!.start);
        const first = usable(ctx, a) || (ctx.partOf.has(a.id) && !ctx.totals.has(a.id) && usable(ctx, { ...a, id: -1 }) && SEMI_ADD.test(gap));
        if (!first || !(ADD.test(gap) || SEMI_ADD.test(gap))) continue;
        const parts = listBack(ctx, fs, i);
        const running: Group[] = [];
        const minus = new Set<Figure>();
        const total = addedTo(ctx, fs, j, parts, running, minus);
        // after a ； the chain may be another side's (收入总量T1；加上B，支出总量T2): one head noun, said by both
        if (total && SEMI_ADD.test(gap) && (!headOf(a) || headOf(a) !== headOf(total))) continue;
        if (total) emitChain(ctx, total, parts, running, minus);
      }
      for (let i = 2; i < fs.length; i++) {
        const t = fs[i]!;
        if (t.role !== 'level' || !COMPOSES.test(t.lead) || !usable(ctx, fs[i - 1]!) || !compatible(t, fs[i - 1]!)) continue;
        const parts = listBack(ctx, fs, i - 1);
        if (parts.length >= 2 && t.q.qualifier === 'exact') emit(ctx, t, parts, '构成');
      }
    }),
  );
}
