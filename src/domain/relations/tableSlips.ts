// digitSlips.ts for table totals: a 合计 the checker leaves unsure (rows that may nest, a table read from
// running text that may have lost a row) is an error when one keystroke in one of its cells makes the column
// add up exactly — a lost row or a nested one has no reason to be a single digit above the others' last digits.
import { abs, add, cmp, normalize, sub, sum } from '../decimal.js';
import { keystrokes, SLIP_LIMITS } from './digitSlips.js';
import type { Relation } from './types.js';

/** A cell's digits (no separators) and its trailing words (unit), or null for one that is no plain number. */
function cell(text: string): { digits: string; rest: string } | null {
  const m = /^\s*(\d[\d,]*(?:\.\d+)?)\s*([^\d]*)$/.exec(text);
  return m ? { digits: m[1]!.replace(/,/g, '').replace(/^0+(?=\d)/, ''), rest: m[2]!.trim() } : null;
}

const decimals = (d: string): number => (d.includes('.') ? d.length - d.indexOf('.') - 1 : 0);

/** Power of ten of the lowest nonzero digit (Infinity for 0). */
function lowest(d: string): number {
  const s = normalize(d);
  if (cmp(s, '0') === 0) return Infinity;
  const [int, frac = ''] = s.split('.');
  return frac ? -frac.replace(/0+$/, '').length : int!.length - int!.replace(/0+$/, '').length;
}

function significant(d: string): number {
  const bare = d.replace('.', '').replace(/^0+/, '');
  return (d.includes('.') ? bare : bare.replace(/0+$/, '')).length;
}

/** Every plain number of a table's cells (its digits), for the guard below. */
export function tableNumbers(rows: string[][]): string[] {
  return rows.flatMap((row) => row.flatMap((c) => cell(c)?.digits ?? []));
}

/**
 * The relation, made an error when one keystroke in one of its cells makes it add up; `numbers`: the table's
 * numbers — a gap that is one of them is that row counted or left out (a row the reader could not place).
 */
export function tableSlip(r: Relation, numbers: string[] = []): Relation {
  if (r.kind !== 'tableTotal' || r.verdict !== 'unsure' || r.parts.length < 2) return r;
  // unsure for the signs of an 增减 column, not for a row lost: a fall explains the gap
  if (r.signsUntold) return r;
  const total = cell(r.statedText);
  const parts = r.parts.map((p) => cell(p.text));
  if (!total || parts.some((p) => !p || p.rest !== total.rest)) return r;
  const all = [total, ...(parts as { digits: string }[])];
  const gap = sub(total.digits, sum(all.slice(1).map((x) => x.digits)));
  if (cmp(gap, '0') === 0 || numbers.some((n) => cmp(n, abs(gap)) === 0)) return r;
  // the slip stands above every cell's last written digit (a column is written at one precision: the finest)
  const step = -Math.max(...all.map((x) => decimals(x.digits)));
  const finest = Math.min(...all.map((x) => lowest(x.digits)));
  const found: string[] = [];
  all.forEach((x, k) => {
    if (significant(x.digits) < SLIP_LIMITS.digits) return;
    const point = x.digits.includes('.') ? x.digits.indexOf('.') : x.digits.length;
    for (const { to, at } of keystrokes(x.digits)) {
      const place = at < point ? point - at - 1 : point - at;
      if (place <= step || place <= finest) continue;
      // a total moved closes the gap by its change, a part by the opposite
      const moved = sub(to, x.digits);
      if (cmp(k === 0 ? add(gap, moved) : sub(gap, moved), '0') === 0) found.push(`“${k === 0 ? r.statedText : r.parts[k - 1]!.text}”若为 ${to}`);
    }
  });
  if (!found.length) return r;
  const shown = found.slice(0, SLIP_LIMITS.candidatesShown).join('，或');
  return {
    ...r,
    verdict: 'error',
    reason: `${r.reason}；各项之和与合计恰差一位数字：${shown}，即相符，疑为笔误`,
    reasonEn: `${r.reasonEn}; the cells miss the total by exactly one keystroke (${found.length} reading(s)), likely a typo`,
  };
}
