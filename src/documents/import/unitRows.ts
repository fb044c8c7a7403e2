// Rows of a flattened table whose label names its unit (年度资金总额(万元): 1 52.80 …) and whose columns no
// reader understood: their amounts are listed with a reason, never lost in silence. Pure.
const UNIT_LABEL = /^\s*([^\d|]{2,40}?)[（(]万元[^)）]{0,40}[)）]\s*[:：]?/;
// a line carrying a row on: numbers first (52.80 52.80 100.00% 30.80 58.33% 佐证材料…)
const NUMBERS_FIRST = /^\s*\d[\d.,%\s]*/;
// a decimal amount (52.800000), not a percentage, not the 行次 / 列次 integers
const AMOUNT = /(?<![\d.])\d+\.\d+(?![\d.%])/g;

export interface UnitRowAmount {
  paragraph: number;
  start: number;
  text: string;
  label: string;
}

/** Decimal amounts of unit-labelled rows and of the number-only lines that carry them on. */
export function unitRowAmounts(paragraphs: string[]): UnitRowAmount[] {
  const out: UnitRowAmount[] = [];
  let label: string | null = null;
  paragraphs.forEach((p, i) => {
    if (!p.trim()) return;
    const m = UNIT_LABEL.exec(p);
    const lead = m ? null : NUMBERS_FIRST.exec(p);
    if (m) label = m[1]!.trim();
    else if (!lead) label = null;
    if (!label) return;
    const from = m ? m[0].length : 0;
    const part = m ? p.slice(from) : lead![0];
    for (const a of part.matchAll(AMOUNT)) out.push({ paragraph: i, start: a.index + from, text: a[0], label });
  });
  return out;
}
