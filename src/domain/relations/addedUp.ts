// Parts stated before their total, joined by an additive word: "本级收入A，加上级补助B、上年结转C，收入总计T"
// and "A、B、C、D，构成T". The sentence says the total is made of them, so the list is exhaustive.
// Only one sentence is read, and only figures joined by list punctuation or the cue itself.
import type { Ctx, Group } from './context.js';
import { compatible, type Figure } from './figures.js';
import { judgeGroup, register } from './groups.js';

// 加 / 加上 opening a clause, not 加强、加大、加快…
const ADD = /^[，,]\s*(?:再)?加(?:上)?(?![强大快紧入工速以之班油重深剧盟注倍密固宽])/;
const TOTAL_LEAD = /(?:合计|总计|共计|总额|总和)(?:为|是|达|约)?$/;
const COMPOSES = /[，,](?:共同)?构成(?:了)?[^，；。、\d]{0,30}$/;

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

export function findAddedUp(ctx: Ctx): void {
  for (const sentences of ctx.bySentence)
    for (const fs of sentences) {
      if (fs.length < 3) continue;
      const text = ctx.paras[fs[0]!.para]!.text;
      for (let i = 0; i + 2 < fs.length; i++) {
        const a = fs[i]!;
        if (!usable(ctx, a) || !ADD.test(text.slice(a.end, fs[i + 1]!.start))) continue;
        const parts = listBack(ctx, fs, i);
        let total: Figure | null = null;
        for (let k = i + 1; k < fs.length; k++) {
          const f = fs[k]!;
          if (/[；。]/.test(text.slice(fs[k - 1]!.end, f.start)) || !compatible(f, a)) break;
          if (parts.length >= 2 && f.role === 'level' && TOTAL_LEAD.test(f.lead)) {
            total = f;
            break;
          }
          if (!usable(ctx, f)) break;
          parts.push(f);
        }
        if (total && total.q.qualifier === 'exact') emit(ctx, total, parts, '加上…合计');
      }
      for (let i = 2; i < fs.length; i++) {
        const t = fs[i]!;
        if (t.role !== 'level' || !COMPOSES.test(t.lead) || !usable(ctx, fs[i - 1]!) || !compatible(t, fs[i - 1]!)) continue;
        const parts = listBack(ctx, fs, i - 1);
        if (parts.length >= 2 && t.q.qualifier === 'exact') emit(ctx, t, parts, '构成');
      }
    }
}
