// A total, then its parts each in a clause or paragraph of its own, opened by a category frame and
// with no 其中 before them:
//   全省共发行债券T亿元，支持项目N个。
//   在甲方面，发行债券a亿元，支持项目n1个。⏎在乙方面，发行债券b亿元，支持项目n2个。
//   …收入T亿元，主要分为三类：第一类为…，上交收入a亿元；第二类…，上交收入b亿元；…
// Each frame item gives the one figure of the total's unit whose label ends with the total's head noun
// (its last two characters: 债券, 项目, 收入). Nothing says the frames are all of the total, so the
// parts only bound it (Σ ≤ T; a sum one keystroke short is still read as a slip, digitSlips.ts).
import type { Ctx, Group } from './context.js';
import { cleanLabel, compatible, type Figure } from './figures.js';
import { judgeGroup, register } from './groups.js';

interface Segment {
  pi: number;
  from: number;
  to: number;
}

type Style = 'aspect' | 'ordinal';

const ASPECT = /^\s*(?:其中，?)?在[^，。；：\d]{2,24}方面[，：]/;
const ORDINAL = /^\s*(?:其中，?)?第([一二三四五六七八九十])类/;
const NUMERAL = '一二三四五六七八九十';

/** The document cut at ； and 。 outside brackets, at a ： that opens a frame, and at paragraph ends. */
function segments(ctx: Ctx): Segment[] {
  const out: Segment[] = [];
  ctx.paras.forEach((p, pi) => {
    let from = 0;
    for (let i = 0; i <= p.text.length; i++) {
      const c = p.text.charCodeAt(i);
      const cut = i === p.text.length || (p.depth[i] === 0 && (c === 0xff1b || c === 0x3002 || (c === 0xff1a && opensFrame(p.text.slice(i + 1, i + 30)))));
      if (!cut) continue;
      if (p.text.slice(from, i).trim()) out.push({ pi, from, to: i });
      from = i + 1;
    }
  });
  return out;
}

const figuresIn = (ctx: Ctx, s: Segment): Figure[] => (ctx.byPara[s.pi] ?? []).filter((f) => f.start >= s.from && f.end <= s.to);

/** The frame a segment opens with: its style and (for 第N类) its number. */
function frameOf(ctx: Ctx, s: Segment): { style: Style; n: number } | null {
  const text = ctx.paras[s.pi]!.text.slice(s.from, s.to);
  if (ASPECT.test(text)) return { style: 'aspect', n: 0 };
  const m = ORDINAL.exec(text);
  return m ? { style: 'ordinal', n: NUMERAL.indexOf(m[1]!) + 1 } : null;
}

const opensFrame = (text: string): boolean => ASPECT.test(text) || ORDINAL.test(text);

const usable = (f: Figure): boolean => f.role === 'level' && f.depth === 0 && f.q.qualifier === 'exact' && f.q.kind !== 'percent';
const head = (f: Figure): string => cleanLabel(f.label).slice(-2);

/** The items of a frame run starting at segment k (same style; 第N类 numbered from 一 in order). */
function run(ctx: Ctx, segs: Segment[], k: number): Segment[] {
  const first = frameOf(ctx, segs[k]!);
  if (!first || (first.style === 'ordinal' && first.n !== 1)) return [];
  const items = [segs[k]!];
  for (let j = k + 1; j < segs.length; j++) {
    const f = frameOf(ctx, segs[j]!);
    if (!f || f.style !== first.style || (f.style === 'ordinal' && f.n !== items.length + 1)) break;
    // an aspect run stays in consecutive paragraphs or one paragraph
    if (segs[j]!.pi - segs[j - 1]!.pi > 1) break;
    items.push(segs[j]!);
  }
  return items;
}

export function findFrameItems(ctx: Ctx): void {
  const segs = segments(ctx);
  for (let k = 1; k < segs.length; k++) {
    const prevFrame = frameOf(ctx, segs[k - 1]!);
    if (prevFrame) continue;
    const items = run(ctx, segs, k);
    if (items.length < 2) continue;
    const style = frameOf(ctx, items[0]!)!.style;
    // the total: a figure of the segment right before the run, or of the one before a figure-less cue (…分为五类：)
    let before = segs[k - 1]!;
    const text = ctx.paras[before.pi]!.text;
    if (!figuresIn(ctx, before).some(usable) && text[before.to] === '：' && k >= 2 && segs[k - 2]!.pi >= before.pi - 1) before = segs[k - 2]!;
    const totals = figuresIn(ctx, before).filter(usable);
    for (const total of totals) {
      if (ctx.totals.has(total.id)) continue;
      const key = head(total);
      if (key.length < 2) continue;
      // one total of this kind and head noun in its segment, else which one is meant is a guess
      if (totals.filter((t) => t !== total && compatible(t, total) && head(t) === key).length) continue;
      const parts: Figure[] = [];
      let broken = false;
      for (const it of items) {
        const fs = figuresIn(ctx, it).filter((f) => usable(f) && compatible(f, total) && head(f) === key);
        // 第五类…免交: an ordinal class without any amount of this kind pays nothing; an aspect must give one
        if (fs.length === 0 && style === 'ordinal' && !figuresIn(ctx, it).some((f) => compatible(f, total))) continue;
        if (fs.length !== 1) {
          broken = true;
          break;
        }
        parts.push(fs[0]!);
      }
      if (broken || parts.length < 2 || parts.some((f) => ctx.partOf.has(f.id) || ctx.totals.has(f.id))) continue;
      const g: Group = { total, parts, exhaustive: false, mode: 'level', cue: style === 'aspect' ? '在…方面' : '第N类', named: true };
      register(ctx, g);
      judgeGroup(
        ctx,
        g,
        style === 'aspect'
          ? { zh: `逐项“在…方面”列出的“${key}”`, en: `parts listed one aspect (在…方面) at a time, each of the total's “${key}”` }
          : { zh: `按“第一类、第二类…”列出的“${key}”`, en: `parts listed class by class (第一类, 第二类 …), each of the total's “${key}”` },
      );
    }
  }
}
