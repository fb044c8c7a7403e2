// "2031年、2032年X分别为a、b，（2032年）较上年增加c，增长r%": two years of one item paired by position. The
// earlier year's figure is the prior (marked before the change finders run, so c and r are of b over a); the
// change must be b − a and, with no amount of change, the rate (b − a) ÷ a. Years one apart, two money figures
// side by side (a third one makes it another list), the change right after them naming no other year.
import { cmp, sub } from '../decimal.js';
import { addChange, addLevelsRate, type Ctx } from './context.js';
import type { Figure } from './figures.js';
import { already, CHANGE } from './yearPairs.js';

const LIST = /((?:19|20)\d\d)年度?(?:[、和与及]|以及)((?:19|20)\d\d)年度?([^，。；：\d]{0,30}?)(?:分别|依次)(?:为|是|达到|达)?[：:]?\s*$/;
const JOINED = /^\s*[、和与及]\s*$/;

interface YearPair {
  earlier: Figure;
  later: Figure;
  years: [string, string];
}

const found = new WeakMap<Ctx, YearPair[]>();

const money = (f: Figure | undefined): f is Figure => !!f && f.q.kind === 'money' && f.q.qualifier === 'exact';

function pairsOf(ctx: Ctx): YearPair[] {
  const known = found.get(ctx);
  if (known) return known;
  const out: YearPair[] = [];
  ctx.byPara.forEach((fs, pi) => {
    const p = ctx.paras[pi]!;
    if (!/分别|依次/.test(p.text)) return;
    for (let i = 0; i + 1 < fs.length; i++) {
      const [a, b, c] = [fs[i]!, fs[i + 1]!, fs[i + 2]];
      if (!money(a) || !money(b) || a.sentence !== b.sentence || a.role !== 'level' || b.role !== 'level' || a.q.unit !== b.q.unit) continue;
      if (!JOINED.test(p.text.slice(a.end, b.start))) continue;
      if (c && c.sentence === a.sentence && JOINED.test(p.text.slice(b.end, c.start))) continue;
      const m = LIST.exec(p.text.slice(Math.max(p.sentenceStarts[a.sentence]!, a.start - 60), a.start));
      if (!m || Math.abs(Number(m[1]) - Number(m[2])) !== 1) continue;
      const [y1, y2] = [m[1]!, m[2]!];
      out.push(Number(y1) < Number(y2) ? { earlier: a, later: b, years: [y1, y2] } : { earlier: b, later: a, years: [y2, y1] });
      i++;
    }
  });
  found.set(ctx, out);
  return out;
}

/** Before the change finders: the earlier year's figure is the prior. */
export function markYearRespectively(ctx: Ctx): void {
  for (const p of pairsOf(ctx)) p.earlier.prior = true;
}

/** The change right after the pair is later − earlier; a rate with no amount is (later − earlier) ÷ earlier. */
export function findYearRespectively(ctx: Ctx): void {
  for (const { earlier, later, years } of pairsOf(ctx)) {
    const fs = ctx.byPara[later.para]!;
    const k = fs.indexOf(earlier.id > later.id ? earlier : later);
    const c = fs[k + 1];
    if (!c || c.sentence !== later.sentence || c.role !== 'change' || c.sign === 0) continue;
    const text = ctx.paras[c.para]!.text;
    // ，2032年较上年增加 / ，较2031年增加: the later year may open the clause, only the earlier one be its basis
    const between = text.slice(fs[k]!.end, c.start).replace(new RegExp(`^([，；,;\\s]*)${years[1]}年度?(?=[与比较同])`), '$1');
    if (!CHANGE.test(between) || [...between.matchAll(/((?:19|20)\d\d)年/g)].some((m) => m[1] !== years[0])) continue;
    const when = (f: Figure) => `${f === later ? years[1] : years[0]}年 ${f.q.text}`;
    if (already(ctx, c)) continue;
    if (money(c) && c.q.unit === later.q.unit) {
      const finest = [later, earlier, c].map((f) => f.q.precision).reduce((m, x) => (cmp(x, m) < 0 ? x : m));
      addChange(ctx, c, sub(later.q.value, earlier.q.value), finest, {
        parts: [later, earlier],
        reason: `两年分别列出：${when(later)} − ${when(earlier)}`,
        reasonEn: 'two years listed with 分别: the later year less the earlier one',
      });
    } else if (c.q.unit === '%' && c.q.qualifier === 'exact' && cmp(earlier.q.value, '0') > 0) {
      addLevelsRate(ctx, c, later, earlier, {
        reason: `变动率 =（${when(later)} − ${when(earlier)}）÷ ${when(earlier)}`,
        reasonEn: 'rate of change of two years listed with 分别: (later − earlier) ÷ earlier',
      });
    }
  }
}
