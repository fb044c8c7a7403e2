// A total with its change, then its classes one per sentence or paragraph, each with its own change:
//   X经费a，比预算数减少c，下降r。具体情况如下：⏎一、A类⏎A类a1，比预算数减少c1。…⏎二、B类⏎B类a2，比预算数减少c2。…
// (no 其中 ties the classes to the total; clauseLists reads them when they stand in one sentence). The classes
// are the lexicon partition of the total's concept, each the first amount of its sentence; when they cover
// the partition, the class changes on the total's basis add up to its change (and the amounts to the total).
import { changesOf, changeSums, headOf, listRegion, sentenceEndOf, type Change, type Item } from './clauseLists.js';
import { inSentence, type Ctx } from './context.js';
import type { Figure } from './figures.js';
import { judgeGroup } from './groups.js';
import { descendants, isComplete } from './lexicon.js';

/** How far after the total its classes may stand (paragraphs: headings, counts and reasons between). */
const REACH = 12;

/** 比上年预算增（减）0元: a form's blank filled with zero — no change. */
const ZERO_CHANGE = /(?:比|较|与)([^，；。]{0,12}?)增[（(]?减[）)]?$|^[，、]?增[（(]?减[）)]?$/;

/** The sentences after (pi, si), in order, up to REACH paragraphs on. */
function* sentencesAfter(ctx: Ctx, pi: number, si: number): Generator<[number, number]> {
  for (let p = pi; p < ctx.paras.length && p <= pi + REACH; p++) {
    const n = ctx.paras[p]!.sentenceStarts.length;
    for (let s = p === pi ? si + 1 : 0; s < n; s++) yield [p, s];
  }
}

/** The class a sentence opens with: its first amount (outside brackets), the span of its own clause. */
function itemOf(ctx: Ctx, pi: number, si: number, first: Figure, fs: Figure[]): Item {
  const p = ctx.paras[pi]!;
  // its clause ends where the next named amount starts (其中：购置费…, a sub-class with changes of its own)
  const next = fs.find((f) => f.id > first.id && f.depth === 0 && f.concept && f.q.kind === 'money');
  const to = next ? next.start : sentenceEndOf(p, si);
  const own = fs.filter((f) => f.id > first.id && f.start < to);
  const level = first.role === 'level' ? first : null;
  let changes: Change[] = changesOf(p, level ? first.end : p.sentenceStarts[si]!, to, level ? own : [first, ...own]) ?? [];
  if (!changes.length) {
    const zero = own.find((f) => f.q.kind === 'money' && Number(f.q.value) === 0 && ZERO_CHANGE.test(f.lead.replace(/\s/g, '')));
    const words = zero?.lead ?? '';
    const basis = /上年|去年|同比|(?:19|20)\d\d年/.test(words) ? 'year' : /预算/.test(words) ? 'budget' : null;
    if (zero && basis) changes = [{ basis, money: null, rate: null, flat: true }];
  }
  return { concept: first.concept!, level, changes };
}

export function findSectionLists(ctx: Ctx): void {
  ctx.paras.forEach((p, pi) => {
    (ctx.bySentence[pi] ?? []).forEach((fs, si) => {
      const h = headOf(fs);
      if (!h || h.head.role !== 'level' || h.head.depth !== 0) return;
      const { head } = h;
      // X a，其中：A a1，B a2…。具体情况如下：… — the amounts are listed (clauseLists); the changes may come after
      const region = listRegion(ctx, p, pi, head);
      if (region && inSentence(ctx, pi, region.sentence).some((f) => f.start >= region.from && f.role === 'change')) return;
      // the total's own comparisons: up to the next named amount of its sentence
      const stop = fs.find((f) => f.id > head.id && f.concept && f.q.kind === 'money');
      const until = stop ? stop.start : sentenceEndOf(p, si);
      const headChanges = changesOf(
        p,
        head.end,
        until,
        fs.filter((f) => f.id > head.id && f.start < until),
      );
      if (!headChanges?.some((c) => c.money)) return;
      // 按同口径同比减少c: the total's change on a restated basis, not the sum of the classes' changes
      if (/同口径|可比口径/.test(p.text.slice(head.end, until))) return;
      const members = new Set(h.parts.flatMap((q) => q.parts));
      const items: Item[] = [];
      for (const [pj, sj] of sentencesAfter(ctx, pi, region ? region.sentence : si)) {
        const sfs = inSentence(ctx, pj, sj);
        const first = sfs.find((f) => f.depth === 0 && f.q.kind === 'money');
        if (!first?.concept) continue;
        // a class of another year (主要是2018年…接待费支出a) is a reason, not the class
        if (first.year && head.year && first.year !== head.year) continue;
        // 其中：运行维护费… under the vehicle class: a split of a class listed, not a class
        if (items.some((x) => descendants(x.concept).has(first.concept!))) continue;
        // another total, or a class named twice (or after its own split): the list is not this one
        if (items.some((x) => descendants(first.concept!).has(x.concept))) return;
        if (!members.has(first.concept) || items.some((x) => x.concept === first.concept)) return;
        if (first.stage && head.stage && first.stage !== head.stage) return;
        // 财政拨款… under a total of all funds (or the other way): another quantity's classes
        if (first.scope.length && head.scope.length && first.scope.join() !== head.scope.join()) return;
        items.push(itemOf(ctx, pj, sj, first, sfs));
        const listed = new Set(items.map((x) => x.concept));
        const part = h.parts.find((q) => items.every((x) => q.parts.includes(x.concept)));
        if (!part) return;
        if (!isComplete(part, listed)) continue;
        const why = { zh: `逐段列举（${part.rule}）`, en: `classes listed one per sentence (${part.rule})` };
        if (items.length >= 2 && items.every((x) => x.level))
          judgeGroup(ctx, { total: head, parts: items.map((x) => x.level!), exhaustive: true, mode: 'level', cue: '其中' }, why);
        changeSums(ctx, headChanges, items);
        return;
      }
    });
  });
}
