// "支出较上年增加c，主要是基本支出增加a，项目支出减少b": the reasons given for a change. 主要是 names the
// main causes only, so such a list is read only when its parts are every part of one complete lexicon set
// of the changed quantity (基本 + 项目 = 支出): then nothing is left out and the signed changes add up.
import { inSentence, type Ctx, type Group } from './context.js';
import { cleanLabel, type Figure } from './figures.js';
import { basisOfLead } from './changeBasis.js';
import { subjectOf } from './changes.js';
import { judgeGroup, partitionFor, register } from './groups.js';
import { sentenceOf } from './text.js';

const MAINLY = /主要(?:是|原因(?:是|为)|为|是由于|由于|系)[：:]?/g;

export function findMainlyChanges(ctx: Ctx): void {
  ctx.paras.forEach((p, pi) => {
    if (!p.text.includes('主要')) return;
    for (const m of p.text.matchAll(MAINLY)) {
      const s = sentenceOf(p, m.index);
      const figs = inSentence(ctx, pi, s);
      const before = figs.filter((f) => f.end <= m.index);
      const total = before[before.length - 1];
      // the change right before the cue, nothing but a comma between
      if (!total || total.role !== 'change' || total.q.kind !== 'money' || total.q.qualifier !== 'exact') continue;
      if (!/^[\s，,]*$/.test(p.text.slice(total.end, m.index))) continue;
      if (ctx.totals.has(total.id) || ctx.partOf.has(total.id)) continue;
      const parts = changesAfter(figs, m.index + m[0].length, total);
      if (parts.length < 2 || parts.some((x) => ctx.partOf.has(x.id) || ctx.totals.has(x.id))) continue;
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
      const g: Group = { total, parts, exhaustive: oneWay, mode: 'change', cue: '主要是' };
      register(ctx, g);
      judgeGroup(ctx, g, {
        zh: `“主要是”所列变动覆盖全部分项：${part.p.rule}`,
        en: `the changes given as the reasons cover every part: ${part.p.rule}`,
      });
    }
  });
}

/**
 * The changes listed after the cue, to the end of the sentence: each a money change of a named part on the
 * total's basis; a rate after a part (增长r%) is passed over; a level, or a change on another basis, ends the
 * reading (nothing is read then).
 */
function changesAfter(figs: Figure[], from: number, total: Figure): Figure[] {
  const basis = basisOfLead(total.lead);
  const out: Figure[] = [];
  for (const f of figs) {
    if (f.start < from) continue;
    if (f.q.kind === 'percent') continue;
    if (f.role !== 'change' || f.q.kind !== 'money' || f.q.unit !== total.q.unit || !f.concept || f.q.qualifier !== 'exact') return [];
    const own = basisOfLead(f.lead);
    if (own && basis && own !== basis) return [];
    out.push(f);
  }
  return out;
}
