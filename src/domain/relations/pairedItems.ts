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
      // items: split at 、，； outside brackets; each one count (optional) then one amount
      const cuts = [start + open[0].length];
      for (let i = cuts[0]!; i < end; i++) {
        const c = p.text.charCodeAt(i); // 、，；
        if ((c === 0x3001 || c === 0xff0c || c === 0xff1b) && p.depth[i] === 0) cuts.push(i + 1);
      }
      cuts.push(end);
      const parts: Figure[] = [];
      const labels: string[] = [];
      let paired = 0;
      for (let c = 0; c + 1 < cuts.length; c++) {
        const fs = sentences[si]!.filter((f) => f.start >= cuts[c]! && f.end <= cuts[c + 1]! && f.depth === 0);
        const amounts = fs.filter((f) => f.q.kind === 'money');
        const counts = fs.filter((f) => f.q.kind !== 'money');
        if (amounts.length !== 1 || counts.length > 1 || !level(amounts[0]!) || ctx.partOf.has(amounts[0]!.id)) {
          parts.length = 0;
          break;
        }
        if (counts.length) {
          if (counts[0]!.q.kind !== 'count' || counts[0]!.start > amounts[0]!.start) {
            parts.length = 0;
            break;
          }
          paired++;
        }
        parts.push(amounts[0]!);
        labels.push(cleanLabel(p.text.slice(cuts[c], (counts[0] ?? amounts[0]!).start)));
      }
      // only the shape sums.ts cannot read: most items carry a count before their amount
      if (parts.length < 2 || paired < parts.length - 1) continue;
      const before = p.text.slice(from, start);
      const units = UNITS.exec(before);
      const lead = p.text.slice(from, total.start).replace(/[“”"]/g, '');
      const byUnits = !!units && countOf(units[1]!) === parts.length;
      const byName = namedByTotal(lead, labels);
      const g: Group = { total, parts, exhaustive: byUnits || byName, mode: 'level', cue: '其中' };
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
            : { zh: '“其中”', en: '“其中” (of which)' },
      );
    }
  });
}
