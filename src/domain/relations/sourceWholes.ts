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
