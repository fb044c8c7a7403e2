// Parallel lists: a total sentence with several measures (总投资…，年度计划投资…，安排资金…) and,
// after 其中, one sentence per category with the same measures (住建项目…总投资…，年度计划投资…).
// Each measure summed over the categories equals the total's — exhaustive when the last category
// is 其他/其它, otherwise it may only fall short.
import { cmp, sum } from '../decimal.js';
import { judgeSum } from './compare.js';
import { add, inSentence, type Ctx } from './context.js';
import { compatible, type Figure } from './figures.js';

interface Row {
  figs: Figure[];
  head: string;
}

const SECTION = /^\s*(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\([一二三四五六七八九十]+\))/;

const measureKey = (f: Figure): string => f.label.replace(/^(?:项目|本批|本年|全年|累计)+/, '');

function sameMeasure(a: Figure, b: Figure): boolean {
  const x = measureKey(a);
  const y = measureKey(b);
  return x.length >= 2 && y.length >= 2 && (x === y || x.endsWith(y) || y.endsWith(x)) && compatible(a, b);
}

/** Sentences in document order, each with its level figures. */
function rows(ctx: Ctx): Row[] {
  const out: Row[] = [];
  ctx.byPara.forEach((fs, pi) => {
    const p = ctx.paras[pi]!;
    p.sentenceStarts.forEach((start, s) => {
      const figs = inSentence(ctx, pi, s).filter((f) => f.role === 'level' && f.depth === 0 && f.q.kind !== 'percent' && f.label);
      out.push({ figs, head: p.text.slice(start, start + 6) });
    });
  });
  return out;
}

export function findParallel(ctx: Ctx): void {
  const rs = rows(ctx);
  for (let i = 0; i + 2 < rs.length; i++) {
    const total = rs[i]!;
    if (total.figs.length < 2 || !rs[i + 1]!.head.startsWith('其中')) continue;
    const items: Row[] = [];
    for (let j = i + 1; j < rs.length; j++) {
      const r = rs[j]!;
      const shared = total.figs.filter((t) => r.figs.some((f) => sameMeasure(t, f)));
      // (1)在建…总投资a…；(2)新开工…总投资b…: several categories in one sentence are not one category
      if (total.figs.some((t) => r.figs.filter((f) => sameMeasure(t, f)).length > 1)) break;
      if (shared.length < 2) {
        // one stray fragment (a headline pasted into the page) between two categories is skipped; a section heading is no stray
        const next = rs[j + 1];
        if (r.figs.length <= 1 && !SECTION.test(r.head) && next && total.figs.filter((t) => next.figs.some((f) => sameMeasure(t, f))).length >= 2) continue;
        break;
      }
      items.push(r);
    }
    if (items.length < 2) continue;
    const residual = /其他|其它|其余/.test(items[items.length - 1]!.figs[0]?.label ?? '');
    for (const t of total.figs) {
      const parts = items.map((r) => r.figs.find((f) => sameMeasure(t, f)));
      if (parts.some((x) => !x) || ctx.partOf.has(t.id)) continue;
      const ps = parts as Figure[];
      const { verdict, computed } = judgeSum(
        t.q,
        ps.map((x) => x.q),
      );
      const v = residual ? verdict : verdict !== 'ok' && cmp(computed, t.q.value) > 0 ? verdict : verdict === 'ok' ? 'ok' : 'unsure';
      add(ctx, {
        kind: 'sum',
        verdict: v,
        stated: t,
        computed: sum(ps.map((x) => x.q.value)),
        computedAs: ps[0],
        parts: ps,
        reason: residual ? `其中按类别逐一列出（末项为“其他”），各类“${t.label}”之和应等于总数` : `其中按类别列出的“${t.label}”之和不应超过总数`,
        reasonEn: residual
          ? `the categories listed after 其中 end with “other”: their “${t.label}” add up to the total`
          : `the categories listed after 其中 cannot exceed the total “${t.label}”`,
      });
    }
    i += items.length;
  }
}
