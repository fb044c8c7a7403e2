// Rows nested under a numbered head without saying so (一、财政拨款收入 ⏎ 一般公共预算收入 ⏎ 二、事业收入 ⏎
// 本年收入合计): the unnumbered row is a kind of the head (the same head noun, no larger in any column),
// so the 合计 is the sum of the numbered heads, not of every row. Read only on the total's own side of a
// two-sided table (收入 | 支出 side by side) and only in the columns where the flat sum does not hold.
import { cellNumber } from '../checks/tables.js';
import { cmp } from '../decimal.js';
import { judgeSum } from './compare.js';

const NUMBERED = /^[一二三四五六七八九十]+[、.．]/;
const PART_FIRST = /^其中[:：]?/;
const HEAD_NOUN = /(收入|支出|资金|拨款|经费)$/;

const isText = (c: string | undefined) => !!c && /[\u4e00-\u9fff]/.test(c) && !cellNumber(c);
const tidy = (c: string) => c.replace(/\s/g, '');
const nounOf = (label: string) =>
  HEAD_NOUN.exec(
    tidy(label)
      .replace(NUMBERED, '')
      .replace(/(?:合计|小计)$/, ''),
  )?.[1] ?? null;

export interface Nest {
  /** The columns read this way: the total's side, where the flat sum fails. */
  side: (k: number) => boolean;
  /** Columns where the heads do not add up but one or two nested rows counted as siblings would: unsure. */
  unsure: (k: number) => boolean;
  heads: string[][];
  subs: { parent: string[]; parts: string[][] }[];
}

/** The numbered heads of a block and the rows nested under each, or null when the block is not of that shape. */
export function subRows(total: string[], block: string[][]): Nest | null {
  const a = total.findIndex(isText);
  if (a < 0 || block.length < 3 || block.length > 200) return null;
  const b = total.findIndex((c, k) => k > a && isText(c));
  const cols = total.map((_, k) => k).filter((k) => k > a && (b < 0 || k < b) && cellNumber(total[k]));
  const label = (r: string[]) => (isText(r[a]) ? tidy(r[a]!) : '');
  if (!cols.length || !block.every((r) => label(r))) return null;
  if (!NUMBERED.test(label(block[0]!))) return null;
  const heads: string[][] = [];
  const subs: Nest['subs'] = [];
  for (const r of block) {
    if (NUMBERED.test(label(r))) {
      heads.push(r);
      continue;
    }
    const head = heads[heads.length - 1]!;
    // a kind of the head: 其中, or the same head noun; never larger than the head in any column
    const kind = PART_FIRST.test(label(r)) || (!!nounOf(label(r)) && nounOf(label(r)) === nounOf(label(head)));
    if (!kind) return null;
    for (const k of cols) {
      const v = cellNumber(r[k]);
      if (!v) continue;
      const h = cellNumber(head[k]);
      if (!h || cmp(v.value, h.value) > 0) return null;
    }
    const g = subs.find((x) => x.parent === head);
    if (g) g.parts.push(r);
    else subs.push({ parent: head, parts: [r] });
  }
  if (heads.length < 2 || !subs.length) return null;
  // where every row adds up to the total the rows are siblings after all
  const flatFails = new Set(
    cols.filter((k) => {
      const parts = block.map((r) => cellNumber(r[k])).filter((q) => q !== null);
      return judgeSum(cellNumber(total[k])!, parts).verdict !== 'ok';
    }),
  );
  if (!flatFails.size) return null;
  // a small re-reading: one or two of the rows taken for items are siblings after all (an unnumbered 其他收入)
  const rows = subs.flatMap((g) => g.parts);
  const unsure = new Set(
    [...flatFails].filter((k) => {
      const at = (r: string[]) => cellNumber(r[k]);
      const holds = (extra: string[][]) =>
        judgeSum(
          cellNumber(total[k])!,
          [...heads, ...extra].map(at).filter((q) => q !== null),
        ).verdict === 'ok';
      if (holds([])) return false;
      return rows.some((r, x) => holds([r]) || rows.slice(x + 1).some((o) => holds([r, o])));
    }),
  );
  return { side: (k) => flatFails.has(k), unsure: (k) => unsure.has(k), heads, subs };
}
