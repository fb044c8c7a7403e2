// "支出较上年增加c，主要是基本支出增加a，项目支出减少b": the reasons given for a change. 主要是 names the
// main causes only, so such a list is read only when its parts are every part of one complete lexicon set
// of the changed quantity (基本 + 项目 = 支出): then nothing is left out and the signed changes add up.
// Numbered causes (主要原因：一是A a，比上年增加x，其中…；二是B b，增加y; or a sentence opening with 一是 right
// after the change) may state each part's level before its change, and a 其中 of their own: the inner
// breakdown is passed over, and the levels of a complete set add up to the level of the total too.
import { inSentence, type Ctx, type Group } from './context.js';
import { cleanLabel, type Figure } from './figures.js';
import { basisOfLead } from './changeBasis.js';
import { subjectOf } from './changes.js';
import { judgeGroup, partitionFor, register } from './groups.js';
import { sentenceOf } from './text.js';

const MAINLY = /主要(?:是|原因(?:是|为)?|为|是由于|由于|系)[：:]?|。(?=\s*一是)/g;

export function findMainlyChanges(ctx: Ctx): void {
  ctx.paras.forEach((p, pi) => {
    if (!p.text.includes('主要') && !p.text.includes('一是')) return;
    for (const m of p.text.matchAll(MAINLY)) {
      const s = sentenceOf(p, m.index);
      const numbered = m[0] === '。';
      // the causes run to the end of the sentence, and on over sentences opening with the next ordinal (二是…)
      const figs = [...inSentence(ctx, pi, s)];
      for (let k = s + 1; numbered || /[一二三四五六七八九十]是/.test(p.text.slice(m.index, m.index + 12)); k++) {
        const start = p.sentenceStarts[k];
        if (start === undefined || !/^\s*[一二三四五六七八九十]是/.test(p.text.slice(start))) break;
        figs.push(...inSentence(ctx, pi, k));
      }
      const before = figs.filter((f) => f.end <= m.index);
      const total = before[before.length - 1];
      // the change right before the cue, nothing but a comma between
      if (!total || total.role !== 'change' || total.q.kind !== 'money' || total.q.qualifier !== 'exact') continue;
      if (!/^[\s，,]*$/.test(p.text.slice(total.end, m.index))) continue;
      if (ctx.totals.has(total.id) || ctx.partOf.has(total.id)) continue;
      const read = changesAfter(ctx, figs, m.index + m[0].length, total);
      if (!read) continue;
      const { parts, levels } = read;
      if (parts.length < 2 || parts.some((x) => ctx.partOf.has(x.id) || (!x.inner && ctx.totals.has(x.id)))) continue;
      const concept = total.concept ?? subjectOf(ctx, total)?.concept ?? null;
      if (!concept) continue;
      const whole: Figure = { ...total, concept };
      const part = partitionFor(whole, parts);
      if (!part?.complete || new Set(parts.map((x) => x.concept)).size !== parts.length) continue;
      // 其他收入 completes a 其中 list as the rest; among the main causes it is one more category, not the rest
      if (parts.some((x) => /^(?:主要(?:是|为))?其[他它余]/.test(cleanLabel(x.label)))) continue;
      // causes of both directions (A增加a，B减少b) may be gross movements, not the net of each part: a sum that
      // does not hold is then unsure (only causes of the total's own direction are surely all of it)
      const oneWay = parts.every((x) => x.sign === total.sign);
      const cue = numbered ? '一是' : '主要是';
      const g: Group = { total, parts, exhaustive: oneWay, mode: 'change', cue };
      register(ctx, g);
      judgeGroup(ctx, g, {
        zh: `“${cue}”所列变动覆盖全部分项：${part.p.rule}`,
        en: `the changes given as the reasons cover every part: ${part.p.rule}`,
      });
      levelSum(ctx, total, levels, concept, part.p.rule);
    }
  });
}

/** Each cause stated its level too (一是基本支出a，比上年增加x): the levels add up to the total's level. */
function levelSum(ctx: Ctx, change: Figure, levels: (Figure | null)[], concept: string, rule: string): void {
  if (levels.some((l) => !l || ctx.partOf.has(l.id))) return;
  const prev = ctx.figs[change.id - 1];
  if (!prev || prev.para !== change.para || prev.role !== 'level' || prev.q.unit !== change.q.unit || prev.q.qualifier !== 'exact') return;
  if ((prev.concept ?? concept) !== concept || ctx.totals.has(prev.id) || ctx.partOf.has(prev.id)) return;
  const g: Group = { total: prev, parts: levels as Figure[], exhaustive: true, mode: 'level', cue: '一是' };
  register(ctx, g);
  judgeGroup(ctx, g, { zh: `分类口径：${rule}`, en: `classification: ${rule}` });
}

/**
 * The changes listed after the cue, to the end of the reading: each a money change of a named part on the
 * total's basis, or a named level followed by its own change (the change then of the level's part); a rate
 * after a part (增长r%) is passed over, and so is a 其中 inside a numbered cause, up to the next ordinal.
 * Anything else ends the reading (nothing is read then).
 */
function changesAfter(ctx: Ctx, figs: Figure[], from: number, total: Figure): { parts: (Figure & { inner?: true })[]; levels: (Figure | null)[] } | null {
  const basis = basisOfLead(total.lead);
  const text = ctx.paras[total.para]!.text;
  const numbered = /^[\s：:]*[一1][是、.．]/.test(text.slice(from, from + 4));
  const parts: (Figure & { inner?: true })[] = [];
  const levels: (Figure | null)[] = [];
  let level: Figure | null = null;
  let inner = false;
  let last = from;
  for (const f of figs) {
    if (f.start < from) continue;
    const gap = text.slice(last, f.start);
    last = f.end;
    if (numbered && /[二三四五六七八九十]是/.test(gap)) inner = false;
    else if (numbered && parts.length && /其中|主要/.test(gap)) inner = true;
    if (inner || f.q.kind === 'percent') continue;
    if (numbered && !level && f.role === 'level' && f.q.kind === 'money' && f.q.unit === total.q.unit && f.concept && f.q.qualifier === 'exact') {
      level = f;
      continue;
    }
    const concept = f.concept ?? (level && !f.label ? level.concept : null);
    if (f.role !== 'change' || f.q.kind !== 'money' || f.q.unit !== total.q.unit || !concept || f.q.qualifier !== 'exact') return null;
    if (level && f.concept && f.concept !== level.concept) return null;
    const own = basisOfLead(f.lead);
    if (own && basis && own !== basis) return null;
    parts.push(ctx.totals.has(f.id) ? { ...f, concept, inner: true } : { ...f, concept });
    levels.push(level);
    level = null;
  }
  return level ? null : { parts, levels };
}
