// "A项目…资金104019万元，B项目…37948万元。其中，A项目包括a 37778万元，主要用于…；b 66241万元…" — a
// list whose cue (包括/其中) follows a name, not a figure: the total is the one figure of the
// sentences before whose label contains that name. Its items are the amounts of the cue's sentence,
// explanations (主要用于…) left out; ； does not end the list, a new cue does.
import type { Ctx } from './context.js';
import { cleanLabel, compatible, type Figure } from './figures.js';
import { CLAUSE_STOPS, clauseAfter, sentenceOf } from './text.js';

const EXPLAIN = /^(?:主要|是由于|由于|因为|用于|其中)/;
const GENERIC = /^(?:收入|支出|资金|经费|费用|金额)$/;

/** The figure a name before a cue refers to (one of the two sentences before), or null. */
export function namedTotal(ctx: Ctx, pi: number, at: number): Figure | null {
  const p = ctx.paras[pi]!;
  const s = sentenceOf(p, at);
  const clause = clauseAfter(
    p.text
      .slice(p.sentenceStarts[s]!, at)
      // (…资金，其中…: the name is the clause the comma closes)
      .replace(/[，\s]+$/, ''),
    CLAUSE_STOPS,
  );
  // 向各地下达了2024年甲资金，其中… — the name is the object: the year and a done verb (下达了) before it left out
  const bare = cleanLabel(clause.replace(/^(?:其中|另外|此外)/, '')).replace(/(?:19|20)\d\d年(?:度)?/g, '');
  const object = bare.replace(/^[^，]{0,8}?(?:下达|安排|拨付|分配|下拨|筹集)了/, '');
  const name = object.length >= 4 ? object : bare;
  if (name.length < 2 || name.length > 12 || /\d/.test(name) || !/^[\u4e00-\u9fff]+$/.test(name)) return null;
  // nothing of the cue's own sentence before it (that is totalBefore's case)
  if (ctx.bySentence[pi]![s]!.some((f) => f.start < at)) return null;
  // up to four sentences back, across paragraph breaks (the second list of a pair follows the first)
  const pool: Figure[] = [];
  let [pj, sj] = [pi, s];
  for (let step = 0; step < 4; step++) {
    [pj, sj] = sj > 0 ? [pj, sj - 1] : [pj - 1, (ctx.paras[pj - 1]?.sentenceStarts.length ?? 0) - 1];
    if (pj < 0 || sj < 0) break;
    // a headline (…投资超14亿元) restates, it is no total to add up to
    if (!ctx.paras[pj]!.heading && !/^[^。，]{0,40}$/.test(ctx.paras[pj]!.text)) pool.push(...(ctx.bySentence[pj]?.[sj] ?? []));
  }
  // a bare head noun (支出包括…) names the whole, not an item whose label merely contains it
  // (住房保障支出类科目); 收支总预算 is the whole of both its 收入 and its 支出
  const generic = GENERIC.test(name);
  const names = (label: string) =>
    generic
      ? new RegExp(`^(?:本年|全年|年度|总)?${name}(?:合计|总额|总计|总预算|预算|决算)?$`).test(cleanLabel(label)) ||
        (/^(?:收入|支出)$/.test(name) && /收支/.test(label))
      : label.includes(name);
  const named = pool.filter((f) => names(f.label) && f.q.qualifier === 'exact');
  if (named.length !== 1) return null;
  const t = named[0]!;
  return t.role === 'level' && t.q.kind === 'money' && t.depth === 0 && !t.prior ? t : null;
}

/** The amounts after the cue, to the end of its sentence or the next cue. */
export function namedParts(ctx: Ctx, pi: number, at: number, total: Figure): Figure[] {
  const p = ctx.paras[pi]!;
  const s = sentenceOf(p, at);
  const depth = p.depth[at] ?? 0;
  const parts: Figure[] = [];
  for (const f of ctx.bySentence[pi]![s]!) {
    if (f.start < at) continue;
    if (parts.length && /包括|其中|分别/.test(p.text.slice(parts[parts.length - 1]!.end, f.start))) break;
    if (f.depth !== depth || f.role !== 'level' || !compatible(f, total)) continue;
    // (the first item's clause starts after the cue: …资金，其中A a is no explanation)
    const lead = parts.length ? f.lead : p.text.slice(Math.max(at, f.start - f.lead.length), f.start);
    const clause = clauseAfter(lead, CLAUSE_STOPS);
    if (EXPLAIN.test(clause) || /主要用于|用于/.test(clauseAfter(f.lead, '；'))) continue;
    parts.push(f);
  }
  return parts;
}
