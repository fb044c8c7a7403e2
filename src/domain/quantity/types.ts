// A figure found in Chinese official text, with its exact value and what the writer claimed about it.
import type { Decimal } from '../types.js';

/**
 * exact: 10780人 · lowerBound: 3000余名, 400多万元, 5000人以上 ·
 * approx: 约3.5万人, 200人左右 · upperBound: 近200封, 不足100人
 */
export type Qualifier = 'exact' | 'lowerBound' | 'approx' | 'upperBound';

export type QuantityKind = 'money' | 'percent' | 'count' | 'score' | 'measure' | 'number';

export interface Quantity {
  /** Exact decimal in the base unit: 11.1亿元 → '1110000000' (元), 101.76万名 → '1017600' (名), 104.04% → '104.04'. */
  value: Decimal;
  /** Money only: the same value in 万元 (the unit amounts are stored in). */
  wan?: Decimal;
  /** Base unit as written (元, 人, 名, 件次, %, 个, 户 …); '' when none (两千三百万, 3,724,055.00). */
  unit: string;
  /** True when the unit was not written but read from context (救助金31万 → 元). */
  unitInferred?: boolean;
  kind: QuantityKind;
  /** Scale word as written: '' | 十万 | 百万 | 千万 | 万 | 亿 | 万亿 | 千. */
  scale: string;
  /** The stated step in base units: 1.9亿 → '10000000', 153.98万元 → '100', 98% → '1'. */
  precision: Decimal;
  qualifier: Qualifier;
  /** The figure as written (qualifier words included), and its [start, end) offsets in the source text. */
  text: string;
  start: number;
  end: number;
}
