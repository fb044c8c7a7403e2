// An amount as officials type or paste it into a 万元 field: full-width digits (１２．５),
// thousands separators (1,234,567.89 or 1，234), a currency sign, and a unit written after the
// figure. "元" is converted to 万元 exactly (÷ 10,000), "亿元" too (× 10,000); "万元" / "万" is
// taken as it is. A currency sign with no unit after the figure (¥8,000 as a finance system prints
// it) is 元. Anything else is not an amount (the caller keeps the text and marks it).
import { isDecimal, normalize, shift } from './decimal.js';

export type TypedUnit = '万元' | '元' | '亿元';
export type TypedAmount = { ok: true; value: string | null; unit: TypedUnit } | { ok: false };

/** A unit after the figure, and the power of ten that takes it to 万元. */
const UNITS: [RegExp, TypedUnit, number][] = [
  [/(万元|万)$/, '万元', 0],
  [/(亿元|亿)$/, '亿元', 4],
  [/元$/, '元', -4],
];

export function readWanYuan(text: string): TypedAmount {
  let s = text.normalize('NFKC').replace(/[\s\u00a0]/g, '');
  const sign = /^(¥|￥|RMB|CNY)/i.test(s);
  s = s.replace(/^(¥|￥|RMB|CNY)/i, '');
  if (s === '') return { ok: true, value: null, unit: '万元' };
  let unit: TypedUnit = sign ? '元' : '万元';
  let places = sign ? -4 : 0;
  for (const [re, u, p] of UNITS) {
    if (re.test(s)) {
      s = s.replace(re, '');
      unit = u;
      places = p;
      break;
    }
  }
  // thousands separators: 1,234,567.89 (a comma before exactly three digits)
  if (/^-?\d{1,3}(,\d{3})+(\.\d+)?$/.test(s)) s = s.replace(/,/g, '');
  if (!isDecimal(s)) return { ok: false };
  return { ok: true, value: normalize(places === 0 ? s : shift(s, places)), unit };
}
