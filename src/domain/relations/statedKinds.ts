// A whole the text says has N kinds, then a 其中 list of N parts:
//   本局主要有甲类支出、乙类支出二类支出，总预算t，其中甲类支出a，乙类支出b。
// The count closes the set, so the parts are all of it (t = a + b). With the kinds named, every part
// must be one of them; a list shorter than the count (三类…其中 two) stays a subset.
import type { Ctx } from './context.js';
import { cleanLabel, type Figure } from './figures.js';
import type { Why } from './groups.js';

const COUNT = /(?:有|分为|分成|包括|包含|由|含)([^，。；：\d]{0,60}?)([二两三四五六七八九])(?:大)?(?:类|种|部分|个部分|块|项)/g;
const VALUE: Record<string, number> = { 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** The reason the parts are all of the total, or null. `cueAt` is the offset of 其中 in paragraph `pi`. */
export function statedKinds(ctx: Ctx, pi: number, total: Figure, parts: Figure[], cueAt: number): Why | null {
  const p = ctx.paras[pi]!;
  if (total.para !== pi || parts.length < 2 || parts.some((x) => x.para !== pi)) return null;
  const from = p.sentenceStarts[total.sentence]!;
  const text = p.text.slice(from, cueAt);
  for (const m of text.matchAll(COUNT)) {
    if (VALUE[m[2]!] !== parts.length) continue;
    // the names before the count: each part is one of them (A、B二类 → A, B)
    const names = m[1]!
      .replace(/等$/, '')
      .split(/[、和及与]/)
      .map((s) => s.trim())
      .filter(Boolean);
    if (names.length > 1) {
      if (names.length !== parts.length) continue;
      const labels = parts.map((x) => cleanLabel(x.label));
      if (!labels.every((l) => names.some((n) => l.includes(n) || n.includes(l)))) continue;
    } else if (names.length === 1 && /等/.test(m[1]!)) continue;
    return {
      zh: `文中说明共${m[2]}${m[0].endsWith('部分') ? '部分' : '类'}，“其中”所列${parts.length}项即为全部`,
      en: `the text says there are ${parts.length} kinds, so the ${parts.length} parts after 其中 are all of it`,
    };
  }
  return null;
}
