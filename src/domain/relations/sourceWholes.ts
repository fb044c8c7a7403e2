// A total that names its sources: "中、省下达…资金合计X。其中，中央资金a；省级资金b" — the levels named in the
// total's own clause (中、省 / 中省 / 中央和省级 / 中央、省、市) are what it is made of, so a list naming exactly those
// levels, one part each, is all of it. A list naming fewer or other levels (自筹, 县级) stays a subset; a total
// naming no level is left to the lexicon (中央 + 省级 alone never completes a fund there: 市县 money may be missing).
import type { Figure } from './figures.js';
import type { Why } from './groups.js';
import type { Paragraph } from './text.js';

const LEVEL = '(?:中央|中|省级?|市级?|州级?|县级?)';
// 其中省级… / 集中省… / 年中 before a date are no 中 of 中央
const NAMED = new RegExp(`(?<![集其之当空心])${LEVEL}(?:[、和与及]?${LEVEL})+(?=[^，。；：\\d]*$)`);
const LEVELS: [string, string][] = [
  ['中', '中央'],
  ['省', '省'],
  ['市', '市'],
  ['州', '州'],
  ['县', '县'],
  ['区', '县'],
];
const levelOf = (w: string): string | null => LEVELS.find(([c]) => w.startsWith(c))?.[1] ?? null;

export function namedSources(p: Paragraph, total: Figure, parts: Figure[]): Why | null {
  if (parts.length < 2 || total.role !== 'level') return null;
  const clauseStart = Math.max(...['，', '。', '；', '：'].map((c) => p.text.lastIndexOf(c, total.start - 1))) + 1;
  const m = NAMED.exec(p.text.slice(clauseStart, total.start));
  if (!m?.[0].startsWith('中')) return null;
  const named = new Set((m[0].match(/中央|中|省|市|州|县/g) ?? []).map(levelOf));
  const listed = parts.map((f) => levelOf(f.label.replace(/^[^\u4e00-\u9fff]*/, '')));
  if (named.has(null) || named.size < 2 || listed.some((l) => l === null) || new Set(listed).size !== listed.length) return null;
  if (listed.length !== named.size || !listed.every((l) => named.has(l))) return null;
  return { zh: `总数写明来源“${m[0]}”，所列各级资金即为全部`, en: `the total names its sources (${m[0]}): the levels listed are all of it` };
}

// 中央 → 省 → 市/州 → 县/区, each named as a level of government (中央补助, 省级资金, 县财政配套): 市场化 is no 市
const GOV_LEVEL = /^(中央|省|市|州|县|区)(?:级|本级)?(?:财政|资金|补助|配套|专项|预算|衔接|$)/;
const RANK: Record<string, number> = { 中央: 0, 省: 1, 市: 2, 州: 2, 县: 3, 区: 3 };
// a total over all governments or a running total (全省各级…累计拨付) may hold levels the list leaves out
const AGGREGATE = /各级|全国|全省|全市|全县|全区|全州|累计/;

/**
 * "下达X，其中：中央a，省级b（，市级c）": a list of levels of government from 中央 down, one part each, is where the
 * money came from — all of it. On real8–real12 every such list under an allocation adds up exactly (18 of 18); the
 * one that did not was a running total of all governments (各级…累计拨付), left out. 自筹 or another name among
 * the parts, a list not opening with 中央, levels out of order: the lexicon decides, as before.
 */
export function levelList(p: Paragraph, total: Figure, parts: Figure[]): Why | null {
  if (parts.length < 2 || total.role !== 'level' || total.q.kind !== 'money' || total.q.qualifier !== 'exact') return null;
  const ranks = parts.map((f) => GOV_LEVEL.exec(f.label.replace(/^[^\u4e00-\u9fff]*/, ''))?.[1]).map((l) => (l === undefined ? -1 : RANK[l]!));
  if (ranks[0] !== 0 || ranks.some((r, i) => r < 0 || (i > 0 && r <= ranks[i - 1]!))) return null;
  const sentenceStart = Math.max(...['。', '；'].map((c) => p.text.lastIndexOf(c, total.start - 1))) + 1;
  if (AGGREGATE.test(p.text.slice(sentenceStart, total.start))) return null;
  // a total naming its own levels (中、省、市下达…) is read by namedSources alone
  const clauseStart = Math.max(...['，', '。', '；', '：'].map((c) => p.text.lastIndexOf(c, total.start - 1))) + 1;
  if (NAMED.exec(p.text.slice(clauseStart, total.start))?.[0].startsWith('中')) return null;
  return { zh: '资金来源按级次自中央起逐级列出，为全部列举', en: 'the sources are listed level by level from 中央 down: all of it' };
}
