// A 自评表's own note fixing the 一级指标 weights ("注：一级指标分值统一设置为：产出指标50分、效益指标30分、满意度
// 指标10分、预算资金执行率10分") and the weights the form writes by those names ("产出指标(70分)"): each must be
// the note's. Only a note that fixes them (统一设置为 / 统一为 / 设置为, not 原则上 / 一般 / 建议), one such note in
// the document, and a form weight written as the name with its weight in brackets right after it.
import { judge } from './compare.js';
import { add, type Ctx } from './context.js';
import type { Figure } from './figures.js';

const NOTE = /一级指标(?:的)?分值(?:统一)?(?:设置|设定|确定)?为[：:]?/g;
const SOFT = /原则上|一般|建议|参考/;
const NAMES = ['产出指标', '效益指标', '满意度指标', '成本指标', '预算资金执行率', '预算执行率', '资金执行率'];

const nameOf = (label: string): string | undefined => NAMES.find((n) => label.replace(/^[、，：:\s]+/, '').endsWith(n));

export function findScoreNote(ctx: Ctx): void {
  const notes: { name: string; f: Figure }[][] = [];
  ctx.paras.forEach((p, pi) => {
    for (const m of p.text.matchAll(NOTE)) {
      if (SOFT.test(p.text.slice(Math.max(0, m.index - 12), m.index + m[0].length))) continue;
      const from = m.index + m[0].length;
      const fs = (ctx.byPara[pi] ?? []).filter((f) => f.start >= from && f.start < from + 120);
      const items: { name: string; f: Figure }[] = [];
      for (const f of fs) {
        if (f.q.unit !== '分' || f.q.qualifier !== 'exact') break;
        const name = nameOf(p.text.slice(Math.max(from, f.start - 12), f.start));
        if (!name) break;
        items.push({ name, f });
      }
      if (items.length >= 2) notes.push(items);
    }
  });
  if (notes.length !== 1) return;
  const note = notes[0]!;
  const noteIds = new Set(note.map((x) => x.f.id));
  for (const f of ctx.figs) {
    if (f.q.unit !== '分' || noteIds.has(f.id)) continue;
    const text = ctx.paras[f.para]!.text;
    if (!/^\s*[）)]/.test(text.slice(f.end, f.end + 2))) continue;
    const before = text.slice(Math.max(0, f.start - 12), f.start);
    const m = /([\u4e00-\u9fff]{2,8})\s*[（(]\s*(?:分值)?[：:]?\s*$/.exec(before);
    const name = m ? NAMES.find((n) => m[1]!.endsWith(n)) : undefined;
    const fixed = name ? note.find((x) => x.name === name) : undefined;
    if (!fixed) continue;
    add(ctx, {
      kind: 'score',
      verdict: judge(f.q, fixed.f.q.value, '0'),
      stated: f,
      computed: fixed.f.q.value,
      parts: [fixed.f],
      reason: `表注：一级指标分值统一设置为${name}${fixed.f.q.text}`,
      reasonEn: `the form's note fixes the weight of ${name} at ${fixed.f.q.text}`,
    });
  }
}
