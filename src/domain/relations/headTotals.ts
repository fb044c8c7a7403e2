// Items of one head noun closed in their own sentence by the 总计 / 合计 of that noun, with no cue word:
//   本级收入a，上级补助收入b，税收返还c，上年结转收入d，收入总计t。
// The total closes the list: the items add up to it. The noun of the total (收入, 支出, 资金 …) must end
// the names of all items but one (a 税收返还 among 收入); a list with another cue, a change, a share, a
// subtotal or items of different years is left to other readings.
import { cmp } from '../decimal.js';
import { addSum, type Ctx } from './context.js';
import { cleanLabel, compatible, type Figure } from './figures.js';
import { register } from './groups.js';
import { judgeSum } from './compare.js';

const HEADS = ['收入', '支出', '资金', '经费', '投资', '收益'];
const CLOSE = new RegExp(`[，；、]([^，；。：]{0,16}?)(${HEADS.join('|')})(?:总计|合计)(?:数|金额)?(?:为|是|达)?$`);
// words of another relation between the items: a breakdown, a comparison, a share, an open list
const OTHER = /其中|包括|分别|含|比上年|较|同比|环比|增长|增加|减少|下降|占|等|小计|合计|总计|共计|累计|约|近|超过/;

// 去年A收入a，B收入b，…: a period opening the sentence is that of every item, not a prior of the first
const plain = (ctx: Ctx, f: Figure, first: boolean) =>
  f.role === 'level' &&
  f.q.kind === 'money' &&
  f.q.qualifier === 'exact' &&
  (!f.prior || (first && /^(?:去年|上年度?)(?!同期)/.test(f.label))) &&
  !ctx.partOf.has(f.id) &&
  !ctx.totals.has(f.id) &&
  cmp(f.q.value, '0') >= 0;

function items(ctx: Ctx, top: Figure[], total: Figure, head: string): Figure[] | null {
  const before = top.slice(0, top.indexOf(total));
  if (before.length < 3 || before.some((f, i) => !plain(ctx, f, i === 0) || !compatible(f, total))) return null;
  if (before.slice(1).some((f) => !/^[，、；]/.test(f.lead.trim()) || OTHER.test(f.lead))) return null;
  if (OTHER.test(total.lead.replace(CLOSE, '')) || OTHER.test(cleanLabel(before[0]!.label))) return null;
  const labels = before.map((f) => cleanLabel(f.label));
  if (labels.some((l) => l.length < 2)) return null;
  const odd = labels.filter((l) => !l.endsWith(head));
  // all but one end with the head noun; the odd one names no other head (支出 among 收入)
  if (odd.length > 1 || odd.some((l) => HEADS.some((h) => h !== head && l.includes(h)))) return null;
  // items of different years are a series, not parts
  if (new Set(before.map((f) => f.year).filter(Boolean)).size > 1) return null;
  return before;
}

export function findHeadTotals(ctx: Ctx): void {
  for (const sentences of ctx.bySentence)
    for (const fs of sentences) {
      if (fs.some((f) => f.depth > 0)) continue;
      const total = fs[fs.length - 1];
      if (!total || total.role !== 'level' || total.q.kind !== 'money' || total.q.qualifier !== 'exact' || ctx.totals.has(total.id)) continue;
      const m = CLOSE.exec(total.lead.replace(/\s/g, ''));
      if (!m) continue;
      const parts = items(ctx, fs, total, m[2]!);
      if (!parts) continue;
      // the first item may be the whole (总额t，甲a，乙b，合计t): then the rest add up and this reading is not the text's
      if (
        judgeSum(
          total.q,
          parts.map((x) => x.q),
        ).verdict !== 'ok' &&
        judgeSum(
          total.q,
          parts.slice(1).map((x) => x.q),
        ).verdict === 'ok'
      )
        continue;
      register(ctx, { total, parts, exhaustive: true, mode: 'level', cue: '合计' });
      addSum(ctx, total, parts, {
        computedAs: parts[0],
        reason: `所列各项${m[2]}之后为${m[2]}${/合计/.test(m[0]) ? '合计' : '总计'}：各项之和应等于${m[2]}${/合计/.test(m[0]) ? '合计' : '总计'}`,
        reasonEn: `the items of ${m[2]} closed by its total: they add up to it`,
      });
    }
}
