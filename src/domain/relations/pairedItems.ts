// A 其中 list whose items each carry a count and an amount (the count read elsewhere):
//   下达资金t万元，涉及3个单位。其中：甲局2个a万元、乙局1个b万元、丙院1个c万元。
// The amounts are parts of the one amount of the sentence before. They are all of it only when the
// text closes the set: as many items as the units it says are involved (涉及3个单位), or the total's
// name joining the items' names (甲乡和乙村资金t，其中：甲乡…a，乙村…b). Otherwise Σ ≤ t.
import { judgeGroup, register } from './groups.js';
import type { Ctx, Group } from './context.js';
import { cleanLabel, type Figure } from './figures.js';

const UNITS = /(?:涉及|覆盖|分布(?:在|于)?|分属|下达(?:给|到)?)([两二三四五六七八九十\d]{1,2})个(?:部门(?:单位)?|单位|乡镇|乡|镇|街道|村|县|区|市|县区|县市区)/;
const NUM: Record<string, number> = { 两: 2, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };
const countOf = (s: string) => (/^\d+$/.test(s) ? Number(s) : (NUM[s] ?? 0));

const level = (f: Figure) => f.role === 'level' && f.q.qualifier === 'exact' && !f.prior && f.depth === 0;

/** The total's name joins the items' names (甲乡镇和乙村…资金): each item opens as one of them. */
function namedByTotal(totalLead: string, labels: string[]): boolean {
  if (labels.length !== 2) return false;
  const m = /([\u4e00-\u9fff]{2,8})(?:和|及|与)([\u4e00-\u9fff]{2,16})$/.exec(totalLead);
  if (!m) return false;
  return labels.every((l, i) => l.length >= 2 && m[i + 1]!.includes(l.slice(0, 3)));
}

export function findPairedItems(ctx: Ctx): void {
  ctx.paras.forEach((p, pi) => {
    const sentences = ctx.bySentence[pi] ?? [];
    for (let si = 0; si < sentences.length; si++) {
      const end = p.sentenceStarts[si + 1] ?? p.text.length;
      // 其中 opening this sentence (total in the one before) or after the total within it
      const m = /其中[：:，]?/.exec(p.text.slice(p.sentenceStarts[si]!, end));
      if (!m) continue;
      const at = p.sentenceStarts[si]! + m.index;
      if (p.depth[at] !== 0) continue;
      const opensSentence = !p.text.slice(p.sentenceStarts[si]!, at).trim();
      const from = opensSentence ? p.sentenceStarts[si - 1] : p.sentenceStarts[si];
      if (from === undefined) continue;
      const start = at;
      const open = m;
      const money = (ctx.byPara[pi] ?? []).filter((f) => f.start >= from && f.end <= at && level(f) && f.q.kind === 'money');
      if (money.length !== 1) continue;
      const total = money[0]!;
      if (ctx.totals.has(total.id)) continue;
      // items: split at 、，； outside brackets; each one count (optional) then one amount — or, when items
      // are set off by ；, at ； only (甲、乙项目5个，金额a；丙项目3个，金额b)
      const bySemicolon = itemsOf(ctx, p.text, p.depth, sentences[si]!, start + open[0].length, end, [0xff1b]);
      const cuts = bySemicolon ?? itemsCuts(p.text, p.depth, start + open[0].length, end, [0x3001, 0xff0c, 0xff1b]);
      const parts: Figure[] = [];
      const labels: string[] = [];
      const counts: Figure[] = [];
      let paired = 0;
      for (let c = 0; c + 1 < cuts.length; c++) {
        const fs = sentences[si]!.filter((f) => f.start >= cuts[c]! && f.end <= cuts[c + 1]! && f.depth === 0);
        const amounts = fs.filter((f) => f.q.kind === 'money');
        const own = fs.filter((f) => f.q.kind !== 'money');
        if (amounts.length !== 1 || own.length > 1 || !level(amounts[0]!) || ctx.partOf.has(amounts[0]!.id)) {
          parts.length = 0;
          break;
        }
        if (own.length) {
          if (own[0]!.q.kind !== 'count' || own[0]!.start > amounts[0]!.start) {
            parts.length = 0;
            break;
          }
          paired++;
          counts.push(own[0]!);
        }
        parts.push(amounts[0]!);
        labels.push(cleanLabel(p.text.slice(cuts[c], (own[0] ?? amounts[0]!).start)));
      }
      // only the shape sums.ts cannot read: most items carry a count before their amount
      if (parts.length < 2 || paired < parts.length - 1) continue;
      const before = p.text.slice(from, start);
      const units = UNITS.exec(before);
      const lead = p.text.slice(from, total.start).replace(/[“”"]/g, '');
      const byUnits = !!units && countOf(units[1]!) === parts.length;
      const byName = namedByTotal(lead, labels);
      // 资助项目406个，资金t，其中：…n₁个，金额a₁；…: item counts adding up to the projects stated are all of them
      const whole = byUnits || byName ? undefined : countedWhole(ctx, pi, from, start, counts, parts.length);
      const g: Group = { total, parts, exhaustive: byUnits || byName || !!whole, mode: 'level', cue: '其中' };
      register(ctx, g);
      judgeGroup(
        ctx,
        g,
        byUnits
          ? {
              zh: `文中说明涉及${units![1]}个单位，所列${parts.length}项即为全部`,
              en: `the text names ${parts.length} units involved, and lists ${parts.length}`,
            }
          : byName
            ? { zh: '总数的名称即所列各项之名，所列为全部', en: 'the total is named by the listed items, so they are all of it' }
            : whole
              ? {
                  zh: `所列各项的个数之和等于总数${whole.q.value}${whole.q.unit}，所列为全部`,
                  en: `the items' counts add up to the ${whole.q.value} stated, so they are all of it`,
                }
              : { zh: '“其中”', en: '“其中” (of which)' },
      );
    }
  });
}

function itemsCuts(text: string, depth: ArrayLike<number>, from: number, end: number, marks: number[]): number[] {
  const cuts = [from];
  for (let i = from; i < end; i++) if (marks.includes(text.charCodeAt(i)) && depth[i] === 0) cuts.push(i + 1);
  cuts.push(end);
  return cuts;
}

/** Cuts at ； only when every item then holds one amount and at most one count before it (else null). */
function itemsOf(ctx: Ctx, text: string, depth: ArrayLike<number>, sentence: Figure[], from: number, end: number, marks: number[]): number[] | null {
  const cuts = itemsCuts(text, depth, from, end, marks);
  if (cuts.length < 4) return null;
  for (let c = 0; c + 1 < cuts.length; c++) {
    const fs = sentence.filter((f) => f.start >= cuts[c]! && f.end <= cuts[c + 1]! && f.depth === 0);
    const amounts = fs.filter((f) => f.q.kind === 'money');
    const own = fs.filter((f) => f.q.kind === 'count');
    if (amounts.length !== 1 || own.length !== 1 || fs.length !== 2 || ctx.partOf.has(amounts[0]!.id)) return null;
  }
  return cuts;
}

/** The one count stated before the list whose unit the items share and which their counts add up to. */
function countedWhole(ctx: Ctx, pi: number, from: number, at: number, counts: Figure[], n: number): Figure | undefined {
  if (counts.length !== n || n < 2) return undefined;
  const unit = counts[0]!.q.unit;
  if (counts.some((f) => f.q.unit !== unit || f.q.qualifier !== 'exact')) return undefined;
  const before = (ctx.byPara[pi] ?? []).filter((f) => f.start >= from && f.end <= at && f.q.kind === 'count' && f.q.unit === unit && level(f));
  if (before.length !== 1) return undefined;
  const total = counts.reduce((s, f) => s + Number(f.q.value), 0);
  return Number(before[0]!.q.value) === total ? before[0] : undefined;
}
