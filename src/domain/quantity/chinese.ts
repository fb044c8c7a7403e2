// Spelled-out Chinese numerals (两千三百万) → exact integer strings, via nzh.
import nzh from 'nzh/cn';

export const CN_NUMERAL_CHARS = '零〇一二两三四五六七八九十百千万亿';
const DIGIT = '一二两三四五六七八九';

/**
 * A run of numeral characters is accepted as a number only when it is well formed
 * and clearly a quantity: it starts with a digit or 十 (so 千万补贴, 万家 are words)
 * and contains a multiplier (so 一是, 两癌, 三八, 四个意识 are words), and no two
 * digits touch (十四五, 七一 are names).
 */
export function isQuantityNumeral(run: string): boolean {
  if (!/^[一二两三四五六七八九十]/.test(run)) return false;
  if (!/[十百千万亿]/.test(run)) return false;
  for (let i = 1; i < run.length; i++) {
    if (DIGIT.includes(run[i]!) && DIGIT.includes(run[i - 1]!)) return false;
  }
  if (/零零|[十百千万亿]零$/.test(run)) return false;
  // multipliers must descend within a 万/亿 group: 十百 or 百千 are not numbers
  const order = '十百千';
  let last = 4;
  for (const ch of run) {
    if (ch === '万' || ch === '亿') last = 4;
    else {
      const k = order.indexOf(ch);
      if (k >= 0) {
        if (k >= last) return false;
        last = k;
      }
    }
  }
  return true;
}

/** Integer value of a well-formed numeral run, as a decimal string. */
export function decodeChineseNumeral(run: string): string {
  const s = run.replace(/两/g, '二').replace(/〇/g, '零');
  const v = nzh.decodeS(s);
  return String(v);
}
