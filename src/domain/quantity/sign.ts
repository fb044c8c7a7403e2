// The sign of a figure as written: a minus (-, −, －, ﹣) or 负 right before it in prose, and in a table cell
// also accounting brackets (1.83). One reading for prose and tables. A dash after a digit, a date word or a
// Latin letter joins a range or a code (2019-2021, 1-3月, 第1-2批, GB-3), never a sign.
import { sub } from '../decimal.js';
import type { Quantity } from './types.js';

/** The marks read as a minus sign before a figure. */
export const MINUS = '-−－﹣';

export interface SignMark {
  /** Characters of the mark, right before the figure. */
  length: number;
  /**
   * False when the minus follows a label with nothing between (结余-1.83万元): a writer may use the hyphen as a
   * separator there, so the figure is read negative but no relation on it can be an error.
   */
  sure: boolean;
}

// what may stand before a minus that is a sign: the start, a space, punctuation, a verb or a change word
const SURE_BEFORE = /(?:^|[\s，,。；;：:、（(【[“"'‘=＝<>≤≥为是达约至到的]|增长|增加|下降|减少|降低|提高|上升|变动|增减|增幅|降幅|减幅)$/;
// a range, a date, a code or a number of an item: 2019-2021, 1-3月, 第1-2批, GB-3, 2024年-2025年, 附表3-1
const NOT_SIGN_BEFORE = /[\dA-Za-z０-９Ａ-Ｚａ-ｚ.．%％‰年月日号第表图~～—–_/#-]$/;

/** The negative mark written right before `start` in `text` (a figure's first digit), or null. */
export function signBefore(text: string, start: number): SignMark | null {
  const c = text[start - 1];
  if (c === '负') {
    const before = text.slice(Math.max(0, start - 3), start - 1);
    // 正负1.83 (±) and 1胜2负 (a count of losses) are no negatives
    if (/[正±]$/.test(before)) return null;
    return { length: 1, sure: true };
  }
  if (!c || !MINUS.includes(c)) return null;
  const before = text.slice(Math.max(0, start - 9), start - 1);
  if (NOT_SIGN_BEFORE.test(before)) return null;
  return { length: 1, sure: SURE_BEFORE.test(before) };
}

const CELL_MINUS = new RegExp(`^(?:[${MINUS}]|负)\\s*(?=\\d)`);

/**
 * A table cell's sign and the unsigned rest: −1.83 / -1.83 / －1.83 / 负1.83 / (1.83) / （1.83） are negative, +1.83 /
 * ＋1.83 positive with the sign written (`marked`). Brackets count only around a decimal or a grouped amount: (3) is
 * an item number, not minus three.
 */
export function cellSign(cell: string): { negative: boolean; marked: boolean; body: string } {
  const s = cell.trim();
  const minus = CELL_MINUS.exec(s);
  if (minus) return { negative: true, marked: true, body: s.slice(minus[0].length) };
  const plus = /^[+＋]\s*(?=\d)/.exec(s);
  if (plus) return { negative: false, marked: true, body: s.slice(plus[0].length) };
  const bracket = /^[（(]\s*((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)\s*[）)]$/.exec(s);
  if (bracket && /[.,]/.test(bracket[1]!)) return { negative: true, marked: true, body: bracket[1]! };
  return { negative: false, marked: false, body: cell };
}

/** The quantity with its sign: value (and 万元 value) below zero, the mark kept in its text. */
export function negated(q: Quantity, mark = '-'): Quantity {
  const neg = (v: string) => sub('0', v);
  return { ...q, value: neg(q.value), ...(q.wan !== undefined ? { wan: neg(q.wan) } : {}), text: `${mark}${q.text}` };
}
