// Rows of a flattened table whose label names its unit (年度资金总额(万元): 1 52.80 …) and whose columns no
// reader understood: their amounts are listed with a reason, never lost in silence. Pure.
const UNIT_LABEL = /^\s*([^\d|]{2,40}?)[（(]万元[^)）]{0,40}[)）]\s*[:：]?/;
// a line carrying a row on: numbers first (52.80 52.80 100.00% 30.80 58.33% 佐证材料…)
const NUMBERS_FIRST = /^\s*\d[\d.,%\s]*/;
// a decimal amount (52.800000), not a percentage, not the 行次 / 列次 integers
const AMOUNT = /(?<![\d.])\d+\.\d+(?![\d.%])/g;

// the money columns of a 自评表 (年初预算数 全年预算数 全年执行数): a line naming two of them is a table's
const FUNDS_COLUMN = /(?:年初|全年|调整后)?预算数|(?:全年)?执行数/g;
// a decimal written with its unit or as a rate is a sentence's figure, read by the prose placement
const UNIT_AFTER = /^\s*(?:万元|亿元|元|%|％)/;

export interface UnitRowAmount {
  paragraph: number;
  start: number;
  text: string;
  label: string;
  /** A line of a 自评表's money columns whose rows name no unit (一个 .xlsx flattened into one line). */
  noUnit?: boolean;
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
    if (!label) {
      out.push(...noUnitAmounts(p, i));
      return;
    }
    const from = m ? m[0].length : 0;
    const part = m ? p.slice(from) : lead![0];
    for (const a of part.matchAll(AMOUNT)) out.push({ paragraph: i, start: a.index + from, text: a[0], label });
  });
  return out;
}

/** The bare decimals after the money columns of a 自评表 line whose rows state no unit. */
function noUnitAmounts(p: string, paragraph: number): UnitRowAmount[] {
  const cols = [...p.matchAll(FUNDS_COLUMN)];
  if (new Set(cols.map((c) => c[0])).size < 2) return [];
  const from = cols[0]!.index;
  const out: UnitRowAmount[] = [];
  for (const a of p.slice(from).matchAll(AMOUNT)) {
    const start = from + a.index;
    // (the 得分 right after the 执行率 is points, not money)
    if (!UNIT_AFTER.test(p.slice(start + a[0].length)) && !/[%％]\s*$/.test(p.slice(0, start)))
      out.push({ paragraph, start, text: a[0], label: '', noUnit: true });
  }
  return out;
}
