// A complete lexicon set with no cue, under a total stated in the sentence or paragraph before:
// "全国政府性基金收入25345亿元。⏎中央政府性基金收入1900亿元；地方政府性基金本级收入23445亿元" — the
// parts split the nearest earlier total their partition (or, for sources, their head noun) names,
// of the same scope, year and stage. Only exhaustive sets; nothing when the total is not found.
import { abs, cmp, sub } from '../decimal.js';
import { judgeSum } from './compare.js';
import type { Ctx, Group } from './context.js';
import { cleanLabel, compatible, conceptOf, type Figure } from './figures.js';
import { exhaustiveness, headConcept, judgeGroup, partitionFor, register } from './groups.js';
import { CONCEPTS, type Partition } from './lexicon.js';

const NOISE = /(?:19|20)\d\d年度?|一般公共预算|政府性基金(?:预算)?|国有资本经营(?:预算)?|财政拨款|本年度?|全年|年初|预算|决算|的/g;

/** What a part's label says before its concept (局机关本级 in 局机关本级基本支出): the subject it is of. */
function subjectWords(f: Figure): string {
  const c = CONCEPTS.find((x) => x.id === f.concept);
  const m = c ? c.pattern.exec(f.label) : null;
  return (m ? f.label.slice(0, m.index) : '').replace(NOISE, '');
}

// 财政拨款收入 is a kind of income, not income of the 财政拨款 scope: its own name is no scope of the run
const scopeKey = (fs: Figure[]): string =>
  [...new Set(fs.flatMap((f) => f.scope.filter((x) => !(f.concept === 'appropriation' && x === '财政拨款'))))].sort().join();

/** Figures of the sentence a run could be made of: levels with a concept, not yet bound. */
function candidates(ctx: Ctx, fs: Figure[]): Figure[][] {
  const runs: Figure[][] = [];
  let run: Figure[] = [];
  for (const f of fs) {
    if (f.role === 'change' || f.role === 'share' || f.role === 'rate' || f.q.kind === 'percent') continue;
    // between money parts: a bare number or a count of a speed clause (增速比一季度加快6.8个百分点), a base
    if (run.length && run[0]!.q.kind === 'money' && (f.q.kind !== 'money' || f.role === 'base')) continue;
    // 税收收入a，其中地方级税收收入b；非税收入c: a part of a run member's own 其中 list
    const own = ctx.partOf.get(f.id)?.total;
    if (own && run.includes(own)) continue;
    const free = f.role === 'level' && f.depth === 0 && !!f.concept && !f.prior && !ctx.partOf.has(f.id);
    if (free && (!run.length || compatible(run[0]!, f))) run.push(f);
    else {
      if (run.length >= 2) runs.push(run);
      run = free ? [f] : [];
    }
  }
  if (run.length >= 2) runs.push(run);
  return runs;
}

/** The nearest earlier figure (two sentences back at most, across one paragraph break) that the run splits. */
function totalFor(ctx: Ctx, run: Figure[], wanted: string[] | null, p?: Partition): Figure | null {
  const first = run[0]!;
  const head = headConcept(first.label);
  const scope = scopeKey(run);
  const year = run.find((f) => f.year)?.year ?? null;
  const stage = run.find((f) => f.stage)?.stage ?? null;
  let [pi, s] = [first.para, first.sentence];
  // 总收入X，其中：上划收入y。⏎ 税收a，非税b — a part of an earlier 其中 list gives way to that list's total,
  let listPart: Figure | null = null;
  for (let step = 0; step < 3; step++) {
    const fs = (ctx.bySentence[pi]?.[s] ?? []).filter((f) => f.id < first.id);
    for (let i = fs.length - 1; i >= 0; i--) {
      const t = fs[i]!;
      if (t.role !== 'level' || t.prior || t.depth !== 0 || !compatible(t, first)) continue;
      const names = wanted ? (!!t.concept && wanted.includes(t.concept)) || wanted.includes(headConcept(t.label) ?? '') : !!head && t.concept === head;
      if (!names) continue;
      // 总收入X。其中：…上划省级收入c。税收收入a，非税收入b: a part of a total of the same kind is not the one split
      const outer = ctx.partOf.get(t.id)?.total;
      // (unless the parts name it: 机关本级基本支出… under 其中机关本级支出)
      const tied = run.some((f) => subjectWords(f) && t.label.includes(subjectWords(f)));
      if (outer && wanted && !tied && ((!!outer.concept && wanted.includes(outer.concept)) || wanted.includes(headConcept(outer.label) ?? ''))) continue;
      // a part of an earlier 其中 list not registered as one (after ；): its list's total first, the part at the end
      if (!tied && afterQizhong(ctx, t)) {
        listPart ??= t;
        continue;
      }
      // 乙单位基本支出… under 甲单位支出: a part of another subject is no part of this total
      if (wanted && run.some((f) => subjectWords(f) && !t.label.includes(subjectWords(f)))) return null;
      // parts that name no scope take the total's when their partition lives in it (一般公共预算收入X。税收收入a，非税收入b)
      const inherits = !scope && !!p?.inherits && (p.inherits === true || t.scope.every((x) => (p.inherits as string[]).includes(x)));
      if ((!inherits && scopeKey([t]) !== scope) || (year && t.year && t.year !== year) || (stage && t.stage && t.stage !== stage)) return null;
      return t;
    }
    if (s > 0) s -= 1;
    else if (pi > 0 && step === 0) {
      pi -= 1;
      // headings without figures between the total and its breakdown (（二）…具体情况) are passed over
      for (let k = 0; k < 2 && pi > 0 && !ctx.byPara[pi]!.length && ctx.paras[pi]!.sentenceStarts.length === 1 && ctx.paras[pi]!.text.length <= 40; k++)
        pi -= 1;
      s = (ctx.bySentence[pi]?.length ?? 1) - 1;
    } else return listPart;
  }
  return listPart;
}

/**
 * A、B、C。X总额T — the total opening the sentence right after the run (the run closing its own sentence, in
 * the paragraph or opening the next one), of the scope, year and stage of the parts; null otherwise.
 */
function totalAfter(ctx: Ctx, run: Figure[], wanted: string[]): Figure | null {
  const last = run[run.length - 1]!;
  const own = ctx.bySentence[last.para]?.[last.sentence] ?? [];
  if (own[own.length - 1] !== last) return null;
  const next =
    ctx.bySentence[last.para]?.[last.sentence + 1] ??
    (last.sentence + 1 >= (ctx.bySentence[last.para]?.length ?? 0) ? ctx.bySentence[last.para + 1]?.[0] : undefined);
  const t = next?.[0];
  if (!t || t.role !== 'level' || t.prior || t.depth !== 0 || ctx.partOf.has(t.id) || !compatible(t, last)) return null;
  if (!(!!t.concept && wanted.includes(t.concept))) return null;
  // parts naming no scope are those of the total that closes them (A、B、C。财政拨款X T)…
  const scope = scopeKey(run);
  // …unless their sentence opens with a name of another whole (项目执行情况中，A…)
  const para = ctx.paras[last.para]!;
  const opening = /^([^，；。]*)中[，：]/.exec(para.text.slice(para.sentenceStarts[run[0]!.sentence]!, run[0]!.start));
  const named = opening ? conceptOf(cleanLabel(opening[1]!)) : null;
  if (opening && (!named || !wanted.includes(named))) return null;
  const year = run.find((f) => f.year)?.year ?? null;
  const stage = run.find((f) => f.stage)?.stage ?? null;
  if ((scope && scopeKey([t]) !== scope) || (year && t.year && t.year !== year) || (stage && t.stage !== stage)) return null;
  return t;
}

/** The figure stands in a 其中 list of its sentence (the cue before it, at its depth). */
export function afterQizhong(ctx: Ctx, f: Figure): boolean {
  const p = ctx.paras[f.para]!;
  return /其中/.test(p.text.slice(p.sentenceStarts[f.sentence]!, f.start));
}

/**
 * "X 1023万元。其中：⏎一、A⏎…A 0万元。⏎二、B⏎…B 785万元…" — a 其中 that ends its paragraph opens a
 * breakdown whose items are the following sections: the first amount of each next paragraph, while
 * it is a sibling of the lexicon (headings without figures are skipped).
 */
function sectionedLists(ctx: Ctx): void {
  ctx.paras.forEach((p, pi) => {
    if (!/其中[：]?\s*$/.test(p.text)) return;
    const own = ctx.byPara[pi]!.filter((f) => f.role === 'level' && f.q.kind === 'money' && f.depth === 0 && !f.prior);
    const lastSentence = own[own.length - 1]?.sentence;
    const cands = own.filter((f) => f.sentence === lastSentence && f.concept);
    if (cands.length !== 1 || ctx.partOf.has(cands[0]!.id) || ctx.totals.has(cands[0]!.id)) return;
    const total = cands[0]!;
    const parts: Figure[] = [];
    for (let pj = pi + 1, blank = 0; pj < ctx.paras.length && pj <= pi + 16 && blank <= 2; pj++) {
      const fs = ctx.byPara[pj]!;
      if (!fs.length) {
        blank++;
        continue;
      }
      blank = 0;
      const f = fs.find((x) => x.role === 'level' && x.depth === 0);
      if (!f || f.q.kind !== 'money' || !f.concept || !compatible(f, total) || ctx.partOf.has(f.id) || !partitionFor(total, [...parts, f])) break;
      parts.push(f);
    }
    if (parts.length < 2 || new Set(parts.map((x) => x.concept)).size !== parts.length) return;
    const ex = exhaustiveness('其中', total, parts, false);
    const g: Group = { total, parts, exhaustive: ex.exhaustive, mode: 'level', cue: '其中' };
    register(ctx, g);
    judgeGroup(ctx, g, { zh: `“其中”后分节列出：${ex.zh}`, en: `“其中” (of which) opens one section per part: ${ex.en}` });
  });
}

const NUMBERED = /^\s*(?:(\d{1,2})[、.．](?!\d)|（(\d{1,2})）|\((\d{1,2})\)|([一二三四五六七八九十]{1,3})、|（([一二三四五六七八九十]{1,3})）)/;
const CN = '一二三四五六七八九十';
/** The number and style of a list mark (1、 / （一） …), or null. */
export function markOf(text: string): { n: number; style: number } | null {
  const m = NUMBERED.exec(text);
  if (!m) return null;
  const style = m.slice(1).findIndex((x) => x !== undefined);
  const raw = m[style + 1]!;
  const n = style <= 2 ? Number(raw) : raw.length === 1 ? CN.indexOf(raw) + 1 : raw[0] === '十' ? 10 + CN.indexOf(raw[1]!) + 1 : -1;
  return { n, style };
}

/**
 * "总收入X，其中：⏎1、甲收入a，…⏎2、乙收入b…⏎3、…" — a 其中 ending its paragraph, then items numbered
 * 1, 2, 3 … one per paragraph, each opening with its amount: the parts of the total (a subset unless the
 * lexicon or 其他 makes the list complete). The numbering must run on from 1 in one style.
 */
function numberedLists(ctx: Ctx): void {
  ctx.paras.forEach((p, pi) => {
    const opener = numberedTotal(ctx, pi);
    if (!opener) return;
    const { total, cue } = opener;
    const parts: Figure[] = [];
    let style = -1;
    for (let pj = pi + 1; pj < ctx.paras.length && pj <= pi + 16; pj++) {
      const mark = markOf(ctx.paras[pj]!.text);
      if (!mark || mark.n !== parts.length + 1 || (style >= 0 && mark.style !== style)) break;
      style = mark.style;
      const f = ctx.byPara[pj]![0];
      if (!f || f.sentence !== 0 || f.role !== 'level' || f.depth !== 0 || f.prior || !compatible(f, total) || ctx.partOf.has(f.id) || !f.label) break;
      parts.push(f);
    }
    if (parts.length < 2) return;
    const ex = exhaustiveness(cue, total, parts, false);
    const g: Group = { total, parts, exhaustive: ex.exhaustive, mode: 'level', cue, named: true };
    register(ctx, g);
    judgeGroup(ctx, g, { zh: `“${cue}”后逐条编号列出：${ex.zh}`, en: `“${cue}” opens a numbered list of parts: ${ex.en}` });
  });
}

const INCLUDES = /((?:主要)?包括|主要用于以下(?:几个)?方面|主要用于如下(?:几个)?方面)[：:]\s*$/;
const FOLLOWS = /(?:具体|明细|分项)?(?:情况|构成)?如下[：:。]?\s*$/;
/** +1 a revenue, −1 an expenditure, 0 neither or both. */
const flowOf = (text: string): number => (/收入/.test(text) ? 1 : 0) - (/支出/.test(text) ? 1 : 0);

/**
 * The total a paragraph ending in "其中：", "(主要)包括：" or "(收入)具体情况如下：" opens a numbered list for: the one
 * amount of its last sentence with figures. After 如下 in a sentence of its own, that sentence must
 * name the total's head noun (收入具体情况如下 after 总收入), and a total already split may be split again.
 */
function numberedTotal(ctx: Ctx, pi: number): { total: Figure; cue: string } | null {
  const p = ctx.paras[pi]!;
  const qizhong = /其中[：:]?\s*$/.test(p.text);
  const includes = !qizhong && INCLUDES.exec(p.text);
  const follows = !qizhong && !includes && FOLLOWS.exec(p.text);
  if (!qizhong && !includes && !follows) return null;
  const own = ctx.byPara[pi]!.filter((f) => f.role === 'level' && f.q.kind === 'money' && f.depth === 0 && !f.prior);
  if (!own.length && follows) return namedBefore(ctx, pi, p.text.slice(0, follows.index));
  const lastSentence = own[own.length - 1]?.sentence;
  if (lastSentence === undefined) return null;
  let cands = own.filter((f) => f.sentence === lastSentence);
  if (qizhong) return cands.length === 1 && !ctx.partOf.has(cands[0]!.id) && !ctx.totals.has(cands[0]!.id) ? { total: cands[0]!, cue: '其中' } : null;
  // X a，比上年…。（均为…，）主要包括：— the figure of that sentence or of the one just before
  if (includes) {
    const single = cands.length === 1 && !ctx.partOf.has(cands[0]!.id) && !ctx.totals.has(cands[0]!.id);
    return single && cands[0]!.sentence >= p.sentenceStarts.length - 2 ? { total: cands[0]!, cue: includes[1]! } : null;
  }
  cands = cands.filter((f) => !ctx.partOf.has(f.id));
  if (cands.length !== 1) return null;
  const total = cands[0]!;
  const last = p.sentenceStarts.length - 1;
  if (total.sentence !== last) {
    const named = p.text.slice(p.sentenceStarts[last]!, (follows as RegExpExecArray).index);
    if (total.sentence !== last - 1 || flowOf(named) === 0 || flowOf(named) !== flowOf(total.label)) return null;
  }
  return { total, cue: '如下' };
}

const STAGE_WORDS = /(?:19|20)\d\d年度?|年初|全年|预算|决算|数|金额/g;

/**
 * "财政拨款支出主要内容如下：" a paragraph of its own, no figure in it: the list is of the one amount of the three
 * paragraphs before whose name, stage and year words left out, is the name the cue paragraph opens with
 * (财政拨款支出预算X). The nearest paragraph holding such an amount decides; two there name none.
 */
function namedBefore(ctx: Ctx, pi: number, head: string): { total: Figure; cue: string } | null {
  const name = cleanLabel(head.replace(/(?:的)?(?:主要|具体)?(?:内容|情况|构成|项目)?$/, '')).replace(STAGE_WORDS, '');
  if (name.length < 2 || !/[\u4e00-\u9fff]{2}/.test(name)) return null;
  for (let pj = pi - 1; pj >= Math.max(0, pi - 3); pj--) {
    const hits = (ctx.byPara[pj] ?? []).filter(
      (f) => f.role === 'level' && f.q.kind === 'money' && f.depth === 0 && !f.prior && cleanLabel(f.label).replace(STAGE_WORDS, '') === name,
    );
    if (hits.length === 1) return { total: hits[0]!, cue: '如下' };
    if (hits.length > 1) return null;
  }
  return null;
}

/**
 * 上级补助收入X。其中返还性收入a（税收返还…），一般性转移支付b，专项转移支付c: the bracket cut the 其中 list
 * after a, so a is already a part of X; the run b, c goes on that list, and a (a member of the run's partition
 * stated before it) is one of the total's parts, however complete b, c alone would be.
 */
function siblingsBefore(ctx: Ctx, total: Figure, run: Figure[], p: Partition): Figure[] {
  const own = new Set(run.map((f) => f.concept));
  return ctx.figs.filter((f) => f.id < run[0]!.id && f.concept && p.parts.includes(f.concept) && !own.has(f.concept) && ctx.partOf.get(f.id)?.total === total);
}

/**
 * 总收入87亿元……收入57亿元……。分部门：甲部门61亿元，乙部门26亿元: the nearest figure of the wanted name
 * is not the only one. When the parts do not add up to it, an earlier total of that name (within a few
 * paragraphs) nearer in value to their sum is the one they split (round 13); null when the nearest holds
 * or no other is nearer.
 */
function nearerTotal(ctx: Ctx, g: Group, wanted: string[] | null): Figure | null {
  const { verdict, computed } = judgeSum(
    g.total.q,
    g.parts.map((f) => f.q),
  );
  if (verdict !== 'error') return null;
  const first = g.parts[0]!;
  const gap = (t: Figure) => abs(sub(t.q.value, computed));
  let best: Figure | null = null;
  for (const t of ctx.figs) {
    if (t.id >= first.id || t === g.total || t.para < g.total.para - 3 || t.role !== 'level' || t.prior || !compatible(t, first)) continue;
    if (!(wanted ? (!!t.concept && wanted.includes(t.concept)) || wanted.includes(headConcept(t.label) ?? '') : t.concept === g.total.concept)) continue;
    if (cmp(gap(t), gap(best ?? g.total)) < 0) best = t;
  }
  return best;
}

export function cuelessRuns(ctx: Ctx): void {
  sectionedLists(ctx);
  numberedLists(ctx);
  ctx.bySentence.forEach((sentences) => {
    for (const fs of sentences) {
      for (const run of candidates(ctx, fs)) {
        // the longest prefix that is a complete set of one partition
        for (let n = run.length; n >= 2; n--) {
          const parts = run.slice(0, n);
          const part = partitionFor(null, parts, true);
          if (!part?.complete || new Set(parts.map((x) => x.concept)).size !== n) continue;
          const before = totalFor(ctx, parts, part.p.totals, part.p);
          const total = before ?? (n === run.length && part.p.totals ? totalAfter(ctx, parts, part.p.totals) : null);
          if (!total) break;
          let g: Group = { total, parts: [...siblingsBefore(ctx, total, parts, part.p), ...parts], exhaustive: true, mode: 'level', cue: '' };
          const nearer = nearerTotal(ctx, g, part.p.totals);
          if (nearer) g = { ...g, total: nearer, parts: [...siblingsBefore(ctx, nearer, parts, part.p), ...parts] };
          register(ctx, g);
          judgeGroup(ctx, g, {
            zh: `分项构成完整分类，总数见${before ? '前' : '后'}文“${g.total.label || g.total.q.text}”：${part.p.rule}`,
            en: `the parts form a complete classification of the total stated ${before ? 'before' : 'after them'}: ${part.p.rule}`,
          });
          break;
        }
      }
    }
  });
}
