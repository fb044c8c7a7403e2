// A running total inside an additive chain: "本级收入A，加上级补助B，债券转贷C，一般预算总收入S1，加上年结余D，
// 调入E，收入总计S2". S1 is the items before it added up, then the first item of the rest: S1 = A + B + C and
// S2 = S1 + D + E. Read as one more item it would count A, B and C twice.
import { cmp, sum } from '../decimal.js';
import { cleanLabel, type Figure } from './figures.js';

// a whole by its name: 总收入 / 总支出 / 总财力, or a 小计 / 合计 of the chain so far
const WHOLE_NAME = /(?:总(?:收入|支出|财力|可用资金)|小计|合计)$/;

/** f closes the items before it (two or more): named as a whole, or exactly their sum. */
export function isRunningTotal(f: Figure, parts: Figure[]): boolean {
  if (parts.length < 2 || f.role !== 'level' || f.q.qualifier !== 'exact' || f.prior || f.q.kind === 'percent') return false;
  if (WHOLE_NAME.test(cleanLabel(f.label))) return true;
  return cmp(sum(parts.map((x) => x.q.value)), f.q.value) === 0 && parts.every((x) => x.q.unit === f.q.unit);
}
