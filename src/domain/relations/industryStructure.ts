// Statistical bulletins (统计公报, 经济运行简报):
//   A. 地区生产总值G，其中第一产业增加值a…，第二产业增加值b…，第三产业增加值c  (G = a + b + c is the lexicon's)
//   B. 三次产业结构（比例）为x:y:z                                          → x + y + z = 100 (within rounding)
//   C. with G, a, b, c named once each within the few paragraphs before B      → x = a ÷ G, y = b ÷ G, z = c ÷ G
// Precision first: each figure named once in its window, exact, or nothing is said. A ratio not of the
// three industries (配比1:2, 师生比) is never read.
import { abs, cmp, sub, sum } from '../decimal.js';
import { halfStep } from '../quantity/index.js';
import { add, addRatio, type Ctx } from './context.js';
import type { Figure } from './figures.js';
import { clauseAfter, ITEM_STOPS } from './text.js';

/** A list item of this sentence: the item stops and the full stop. */
const ITEM_IN_SENTENCE = `${ITEM_STOPS}。`;
const VERB = '(?:为|是|完成|达到?|实现|约为)?';
const INDUSTRY = new RegExp(`第([一二三])产业(?:实现)?增加值${VERB}$`);
const GDP = new RegExp(`(?:地区|全市|全县|全区|全省)?生产总值(?:（GDP）|\\(GDP\\))?${VERB}$`);
const STRUCTURE = /(?:三次|一二三|一、二、三)产业(?:结构|比例|构成)(?:比|比例)?(?:调整)?(?:为|是)$/;
const COLON = /^\s*[:：]\s*$/;
const WINDOW = 3;

const money = (f: Figure) => f.q.kind === 'money' && f.q.qualifier === 'exact' && !f.prior;
const isGdp = (f: Figure) => {
  const words = clauseAfter(f.lead, ITEM_IN_SENTENCE, 'trim');
  return money(f) && GDP.test(words) && !/人均/.test(words);
};
const industryOf = (f: Figure) => (money(f) ? (INDUSTRY.exec(clauseAfter(f.lead, ITEM_IN_SENTENCE, 'trim'))?.[1] ?? null) : null);

/** The one GDP and the one figure of each industry among these figures, or null. */
function named(fs: Figure[]): { gdp: Figure; parts: Figure[] } | null {
  const gdps = fs.filter(isGdp);
  const parts = ['一', '二', '三'].map((k) => fs.filter((f) => industryOf(f) === k));
  if (gdps.length !== 1 || parts.some((p) => p.length !== 1)) return null;
  return { gdp: gdps[0]!, parts: parts.map((p) => p[0]!) };
}

/** B and C: the structure x:y:z adds up to 100, and each part is its industry's share of GDP. */
function structures(ctx: Ctx): void {
  ctx.figs.forEach((x, i) => {
    if (x.q.kind !== 'number' || !STRUCTURE.test(clauseAfter(x.lead, ITEM_IN_SENTENCE, 'trim'))) return;
    const [y, z, after] = [ctx.figs[i + 1], ctx.figs[i + 2], ctx.figs[i + 3]];
    if (!y || !z || [y, z].some((f) => f.sentence !== x.sentence || f.para !== x.para || f.q.kind !== 'number' || !COLON.test(f.lead))) return;
    if (after && after.para === x.para && after.sentence === x.sentence && COLON.test(after.lead)) return;
    const ratios = [x, y, z];
    if (ratios.some((f) => f.q.qualifier !== 'exact')) return;
    const total = sum(ratios.map((f) => f.q.value));
    const gap = abs(sub(total, '100'));
    const room = sum(ratios.map((f) => halfStep(f.q)));
    add(ctx, {
      kind: 'shareSum',
      // each part rounded on its own: a total off 100 within their rounding is how such structures are written
      verdict: cmp(gap, room) <= 0 ? 'ok' : 'error',
      stated: z,
      statedValue: '100',
      computed: total,
      parts: ratios,
      reason: '三次产业结构的三个比例之和为100',
      reasonEn: 'the three parts of the industry structure add up to 100',
    });
    const window = ctx.byPara.slice(Math.max(0, x.para - WINDOW), x.para + 1).flat();
    const n = named(window.filter((f) => f.id < x.id));
    // a structure of another year than the GDP's (上年三次产业结构为…) is not of these figures
    if (!n || (x.year && n.gdp.year && x.year !== n.gdp.year)) return;
    n.parts.forEach((p, k) => {
      addRatio(ctx, ratios[k]!, p.q, n.gdp.q, {
        kind: 'share',
        parts: [p, n.gdp],
        reason: `三次产业结构中第${'一二三'[k]}产业的比例 = 第${'一二三'[k]}产业增加值 ÷ 地区生产总值`,
        reasonEn: 'each part of the industry structure is that industry’s share of GDP',
      });
    });
  });
}

export function findIndustryStructure(ctx: Ctx): void {
  structures(ctx);
}
