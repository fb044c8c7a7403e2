// A total followed by what it is made of: "财力T。由收入A，加上级补助B等构成" and "支出总计T，由支出A，加上…C构成".
// The sentence says the total is built from the items, so the list is exhaustive. The total is the figure
// right before 由 (only punctuation between), or the last figure of the sentence before when 由 opens the sentence.
// A total with a lost or extra digit (支出总计,867.48 for 1,867.48) is then an error, not unsure.
import type { Ctx, Group } from './context.js';
import { compatible, type Figure } from './figures.js';
import { judgeGroup, register } from './groups.js';

const OPENS = /^[，,\s]*由$/;
// the items end with 构成 / 组成 and nothing after them in the clause but its own words
const CLOSES = /^[^，；。\d]{0,12}?(?:共同)?(?:构成|组成)/;
// …a万元等构成: items left unwritten — unless the last item is itself a catch-all (…结转下年等0万元等构成)
const MORE = /^\s*等/;
// between the items: list punctuation or an additive word (加上 / 加 / 以及 / 和)
const JOIN = /^[，、]?\s*(?:再)?(?:加上?|以及|和|及)?[^，；。\d]{0,40}$/;

const usable = (ctx: Ctx, f: Figure) => f.role === 'level' && f.q.kind === 'money' && f.q.qualifier === 'exact' && !f.prior && !ctx.partOf.has(f.id);

/** The total a 由 clause opening at `at` builds: the figure before it with only punctuation between. */
function totalBefore(ctx: Ctx, pi: number, si: number, fs: Figure[], at: number): Figure | null {
  const text = ctx.paras[pi]!.text;
  const before = fs.filter((f) => f.end <= at);
  if (before.length) {
    const t = before[before.length - 1]!;
    return /^[，,\s]*$/.test(text.slice(t.end, at)) ? t : null;
  }
  // 由 opens the sentence: the last figure of the sentence before, when the sentence ends right after it
  const prev = si > 0 ? (ctx.bySentence[pi]?.[si - 1] ?? []) : [];
  const t = prev[prev.length - 1];
  if (!t) return null;
  return /^[。\s]*$/.test(text.slice(t.end, ctx.paras[pi]!.sentenceStarts[si]!)) ? t : null;
}

export function findComposedOf(ctx: Ctx): void {
  ctx.bySentence.forEach((sentences, pi) =>
    sentences.forEach((fs, si) => {
      if (fs.length < 2) return;
      const text = ctx.paras[pi]!.text;
      const start = ctx.paras[pi]!.sentenceStarts[si]!;
      for (let i = 0; i < fs.length; i++) {
        const first = fs[i]!;
        // 由 right before the first item's label: "，由一般公共预算收入A"
        const from = i > 0 ? fs[i - 1]!.end : start;
        const lead = text.slice(from, first.start);
        const k = lead.indexOf('由');
        if (k < 0 || !OPENS.test(lead.slice(0, k + 1))) continue;
        const at = from + k;
        const total = totalBefore(ctx, pi, si, fs, at);
        if (!total || total.role !== 'level' || total.q.kind !== 'money' || total.q.qualifier !== 'exact' || total.prior) continue;
        const parts: Figure[] = [];
        let closed = false;
        for (let j = i; j < fs.length; j++) {
          const f = fs[j]!;
          if (j > i && !JOIN.test(text.slice(fs[j - 1]!.end, f.start))) break;
          if (!usable(ctx, f) || !compatible(f, total)) break;
          parts.push(f);
          const after = fs[j + 1]?.start ?? sentenceEndOf(ctx, pi, si);
          if (CLOSES.test(text.slice(f.end, after))) {
            closed = !MORE.test(text.slice(f.end, after)) || text.slice(0, f.start).trimEnd().endsWith('等');
            break;
          }
        }
        if (!closed || parts.length < 2 || ctx.totals.has(total.id)) continue;
        const g: Group = { total, parts, exhaustive: true, mode: 'level', cue: '由…构成' };
        register(ctx, g);
        judgeGroup(ctx, g, { zh: '“由…构成”：所列各项相加即为其前的总数', en: '“made of”: the items listed add up to the total before them' });
        return;
      }
    }),
  );
}

function sentenceEndOf(ctx: Ctx, pi: number, si: number): number {
  const p = ctx.paras[pi]!;
  return p.sentenceStarts[si + 1] ?? p.text.length;
}
