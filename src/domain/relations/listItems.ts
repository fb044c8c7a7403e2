// Numbered items of a list (①…；②…, （1）…（2）…, 1.…2.…, 一是…二是…): each item names one amount, the
// first of its kind in it; what follows in the item (its count of households, the same amount written
// again in an explanation) describes the item and is no part of the list.
import { cleanLabel, type Figure } from './figures.js';
import { partitionFor } from './groups.js';
import type { Paragraph } from './text.js';

const MARKS: [RegExp, (m: string) => number][] = [
  [/[①-⑳]/g, (m) => m.charCodeAt(0) - 0x2460 + 1],
  [/（(\d{1,2})）/g, (m) => Number(/\d+/.exec(m)![0])],
  [/(?<![\d.．])(\d{1,2})[、.．](?!\d)/g, (m) => Number(/\d+/.exec(m)![0])],
  [/([一二三四五六七八九十])是/g, (m) => '一二三四五六七八九十'.indexOf(m[0]!) + 1],
];

/** Offsets of the item marks between `from` and `to`, when one style numbers them 1, 2, 3 … in order. */
export function itemMarks(p: Paragraph, from: number, to: number): number[] {
  const text = p.text.slice(from, to);
  for (const [re, num] of MARKS) {
    const found = [...text.matchAll(re)].filter((m) => (p.depth[from + m.index - 1] ?? 0) === (p.depth[from] ?? 0));
    if (found.length < 2 || !found.every((m, i) => num(m[0]) === i + 1)) continue;
    return found.map((m) => from + m.index);
  }
  return [];
}

/**
 * The parts of a list whose items are numbered (①甲a，该项目…；②乙b…): the first figure of each item only. The parts unchanged
 * when they are not numbered, or a part stands before the first mark.
 */
export function firstPerItem(p: Paragraph, from: number, parts: Figure[]): Figure[] {
  // (a set the lexicon names keeps every part: 一是基本支出a，其中人员…)
  if (parts.length < 2 || partitionFor(null, parts)) return parts;
  const marks = itemMarks(p, from, parts[parts.length - 1]!.start);
  if (!marks.length || parts[0]!.start < marks[0]!) return parts;
  const seen = new Set<number>();
  return parts.filter((x) => {
    let k = marks.length - 1;
    while (marks[k]! > x.start) k--;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** The list after a cue at `at` opens with item 1 (：①…, （1）…, 一是…): a numbered list. */
export function opensNumbered(p: Paragraph, at: number): boolean {
  const head = p.text.slice(at, at + 8).replace(/^[：:，\s]+/, '');
  return MARKS.some(([re, num]) => {
    const m = new RegExp(re.source).exec(head);
    return !!m && m.index === 0 && num(m[0]) === 1;
  });
}

// (用于 alone: 分别用于A a；B b — the uses of the figure before, one item each)
// (分别支持 / 分别安排 / 分别下达 A a、B b: the allocations of the figure before, the same way)
export const ITEMISED = /具体|分项|明细|用于|如下|^(?:支持|安排|下达|拨付)/;
/**
 * After 具体为：/ 主要用于：… the text may go on with facts that are no items (已支付a，尚欠b; 年初预算a，
 * 追加b，调整后c): items only when the lexicon names them siblings, or they are set off by ； 、 or numbers.
 */
export function itemised(p: Paragraph, parts: Figure[]): boolean {
  if (parts.some((x) => /调整后|合计|总计|小计|累计|尚欠|剩余|结余/.test(x.label))) return false;
  if (parts.length >= 2 && partitionFor(null, parts)) return true;
  return parts.slice(1).every((x, i) => /[；、]|\d[.、．]/.test(p.text.slice(parts[i]!.end, x.start)));
}

/** 主要税收收入项目情况如下 names 地方税收收入: the total the cue is about, however the figure is listed elsewhere. */
export function cueNames(cue: string, total: Figure): boolean {
  const name = /^主要(.{2,}?)(?:项目|科目)?情况如下$/.exec(cue)?.[1];
  return !!name && cleanLabel(total.label).endsWith(name);
}

// (其他X alone is not enough: 其他支出 is also a class of its own)
const REST = /[\u4e00-\u9fff]等([\u4e00-\u9fff]{2,})$/;

/** The last part is the rest of the total (甲、乙等X, X the total's name): the parts are all of it. */
export function restClosed(total: Figure, parts: Figure[]): boolean {
  const rest = REST.exec(cleanLabel(parts[parts.length - 1]!.label))?.[1] ?? '';
  const whole = cleanLabel(total.label);
  return parts.length >= 2 && rest.length >= 2 && (whole.endsWith(rest) || whole.startsWith(rest));
}
