// A total allocated line by line, each line naming who gets it and repeating the total's label:
//   下达我县2024年衔接补助资金t万元。
//   甲镇：衔接补助资金a万元；
//   乙镇：衔接补助资金b万元。
// The lines, up to the first line of another shape, are the total's shares. An allocation (下达, 分配,
// 安排, 拨付) listed this way is all of it; any other total, or a 其中/主要 before the lines, only bounds them.
import type { Ctx, Group } from './context.js';
import { cleanLabel, compatible, type Figure } from './figures.js';
import { judgeGroup, register } from './groups.js';

const LINE = /^\s*([^：，。；\d]{2,14})：/;
const ALLOCATED = /下达|分配|安排|拨付|下拨|分解/;
const PARTIAL = /其中|主要|重点|部分|包括/;
// ； and 。 (a char code compare per character, not a regex)
const SEMICOLON = 0xff1b;
const FULL_STOP = 0x3002;

interface Segment {
  pi: number;
  from: number;
  to: number;
}

/** The document cut at ； and 。 (outside brackets) and at paragraph ends: one line, however it was wrapped. */
function segments(ctx: Ctx): Segment[] {
  const out: Segment[] = [];
  ctx.paras.forEach((p, pi) => {
    let from = 0;
    for (let i = 0; i <= p.text.length; i++) {
      const c = p.text.charCodeAt(i);
      if (i < p.text.length && !((c === SEMICOLON || c === FULL_STOP) && p.depth[i] === 0)) continue;
      if (p.text.slice(from, i).trim()) out.push({ pi, from, to: i });
      from = i + 1;
    }
  });
  return out;
}

const figuresIn = (ctx: Ctx, s: Segment) => (ctx.byPara[s.pi] ?? []).filter((f) => f.start >= s.from && f.end <= s.to);

/** The one amount of a line "名称：标签a" and its label, or null. */
function lineAmount(ctx: Ctx, s: Segment | undefined): { f: Figure; label: string } | null {
  if (!s) return null;
  const text = ctx.paras[s.pi]!.text;
  const m = LINE.exec(text.slice(s.from, s.to));
  if (!m) return null;
  const fs = figuresIn(ctx, s);
  if (fs.length !== 1) return null;
  const f = fs[0]!;
  const label = cleanLabel(text.slice(s.from + m.index + m[0].length, f.start));
  if (label.length < 4 || f.role !== 'level' || f.depth !== 0 || f.q.qualifier !== 'exact') return null;
  // nothing but a comma after the amount
  return /^[，\s]*$/.test(text.slice(f.end, s.to)) ? { f, label } : null;
}

export function findAllocationLines(ctx: Ctx): void {
  const segs = segments(ctx);
  for (let k = 1; k < segs.length; k++) {
    const first = lineAmount(ctx, segs[k]);
    if (!first || lineAmount(ctx, segs[k - 1])?.label === first.label) continue;
    const lines = [first.f];
    for (let j = k + 1; j < segs.length; j++) {
      const next = lineAmount(ctx, segs[j]);
      if (!next || next.label !== first.label || !compatible(next.f, first.f)) break;
      lines.push(next.f);
    }
    if (lines.length < 2 || lines.some((f) => ctx.partOf.has(f.id))) continue;
    // the total: the last amount of the line before, its label ending with the lines' label
    const before = segs[k - 1]!;
    const prev = ctx.paras[before.pi]!;
    const total = figuresIn(ctx, before)
      .filter((f) => f.role === 'level' && f.depth === 0 && f.q.qualifier === 'exact' && compatible(f, first.f))
      .at(-1);
    if (!total || !cleanLabel(total.label).endsWith(first.label) || ctx.totals.has(total.id)) continue;
    const lead = prev.text.slice(before.from, total.start);
    const rest = prev.text.slice(total.end, before.to);
    const whole = ALLOCATED.test(lead) && !PARTIAL.test(lead) && !PARTIAL.test(rest);
    // (each line names the total's label: bound as surely as a list right after it)
    const g: Group = { total, parts: lines, exhaustive: whole, mode: 'level', cue: '：', named: true };
    register(ctx, g);
    judgeGroup(
      ctx,
      g,
      whole
        ? { zh: `逐行分配：各行重复总数的名称“${first.label}”，列出其全部分配`, en: `allocated line by line under the total's own label “${first.label}”` }
        : { zh: `逐行列出的“${first.label}”`, en: `lines repeating the total's label “${first.label}”` },
    );
  }
}
