// A 三公 table whose items are header cells: 合计 | 因公出国（境）费 | 公务用车购置及运行费 (小计 | 购置费 | 运行费 on the
// row below) | 公务接待费, each over 预算数 | 决算数, and the amounts on one row under them. A converter may have dropped
// the empty cells of that row: every way of laying the amounts on the columns is tried, a reading keeps the sums
// (合计 = 出国 + 车 + 接待, 车 = 购置 + 运行, an empty cell being 0), and a cell is bound only where every reading
// gives it the same amount. Pure.
import { simplify } from './simplify.js';

const clean = (c: string) => simplify(c).replace(/\s+/g, '');
const NUMBER = /^-?\d[\d,]*(?:\.\d+)?$/;
const STAGE = /^(预算|决算)数$/;

const TOP: [RegExp, Item][] = [
  [/^(?:“三公”经费)?合计$/, 'total'],
  [/^因公出国/, 'abroad'],
  [/^公务用车购置及运行/, 'vehicle'],
  [/^公务接待/, 'reception'],
];
const SUB: [RegExp, Item][] = [
  [/^小计$/, 'vehicle'],
  [/^(?:公务用车)?购置费$/, 'purchase'],
  [/^(?:公务用车)?运行(?:维护)?费$/, 'operation'],
];
type Item = 'total' | 'abroad' | 'vehicle' | 'purchase' | 'operation' | 'reception';
const LABEL: Record<Item, string> = {
  total: '“三公”经费合计',
  abroad: '因公出国（境）费',
  vehicle: '公务用车购置及运行维护费',
  purchase: '公务用车购置费',
  operation: '公务用车运行维护费',
  reception: '公务接待费',
};

export interface ItemHeaderTable {
  /** The row of amounts and what it states (公务接待费预算数8万元 …). */
  row: number;
  said: string[];
  /** Amounts no reading binds to one column. */
  unsure: string[];
}

const itemsOf = (r: string[], table: [RegExp, Item][]): Item[] | null => {
  const cells = r.map(clean).filter(Boolean);
  const items = cells.map((c) => table.find(([re]) => re.test(c))?.[1]);
  return items.length >= 2 && items.every(Boolean) ? (items as Item[]) : null;
};

/** Reads the table, or null when it is not laid out so (or its amounts fit no reading). `unit`: 万元 or 元. */
export function itemHeaderTable(rows: string[][], unit: string): ItemHeaderTable | null {
  const s = rows.slice(0, 8).findIndex((r) => r.map(clean).filter((c) => STAGE.test(c)).length >= 4);
  if (s < 1) return null;
  let top: Item[] | null = null;
  let sub: Item[] | null = null;
  for (const r of rows.slice(0, s)) {
    // (a row above the items, 一般公共预算财政拨款“三公”经费 | 机关运行经费, names none of them)
    if (!top) top = itemsOf(r, TOP);
    else if (!sub && itemsOf(r, SUB)?.includes('purchase')) sub = itemsOf(r, SUB);
  }
  if (!top || new Set(top).size !== top.length) return null;
  const leaves: Item[] = top.flatMap((i) => (i === 'vehicle' && sub ? sub : [i]));
  if (new Set(leaves).size !== leaves.length) return null;
  const stageCells = rows[s]!.map(clean).filter((c) => STAGE.test(c));
  if (stageCells.length !== 2 * leaves.length) return null;
  const slots = leaves.flatMap((item, k) => {
    const pair = stageCells.slice(2 * k, 2 * k + 2).map((c) => STAGE.exec(c)![1]);
    return pair.map((st) => ({ item, stage: `${st}数` }));
  });
  if (leaves.some((_, k) => slots[2 * k]!.stage === slots[2 * k + 1]!.stage)) return null;
  const row = s + 1;
  const values = (rows[row] ?? []).map(clean).filter(Boolean);
  if (!values.length || !values.every((v) => NUMBER.test(v)) || values.length > slots.length) return null;
  const readings = layouts(slots.length, values.length).filter((at) => keepsSums(slots, at, values));
  if (!readings.length) return null;
  const said: string[] = [];
  const bound = new Set<number>();
  slots.forEach((slot, j) => {
    const seen = new Set(readings.map((at) => at.indexOf(j)));
    const k = [...seen][0]!;
    if (seen.size === 1 && k >= 0) {
      said.push(`${LABEL[slot.item]}${slot.stage}${values[k]}${unit}`);
      bound.add(k);
    }
  });
  return { row, said, unsure: values.filter((_, k) => !bound.has(k)) };
}

/** Every way of putting n amounts, in order, on m columns (the rest empty): the column of each amount. */
function layouts(m: number, n: number): number[][] {
  if (n === m) return [[...Array(m).keys()]];
  if (m > 16 || n < m - 6) return []; // too many readings to try: not read
  const out: number[][] = [];
  const walk = (from: number, at: number[]) => {
    if (at.length === n) return void out.push([...at]);
    for (let j = from; j <= m - (n - at.length); j++) walk(j + 1, [...at, j]);
  };
  walk(0, []);
  return out;
}

/** 合计 = 出国 + 车 + 接待 and 车 = 购置 + 运行, per stage (an empty cell is 0), for the items the table has. */
function keepsSums(slots: { item: Item; stage: string }[], at: number[], values: string[]): boolean {
  const amount = new Map<string, number>();
  at.forEach((j, k) => amount.set(`${slots[j]!.item}|${slots[j]!.stage}`, Math.round(Number(values[k]!.replace(/,/g, '')) * 1e6)));
  const items = new Set(slots.map((x) => x.item));
  for (const stage of ['预算数', '决算数']) {
    const v = (i: Item) => amount.get(`${i}|${stage}`) ?? 0;
    if (items.has('total') && items.has('abroad') && items.has('vehicle') && items.has('reception'))
      if (v('total') !== v('abroad') + v('vehicle') + v('reception')) return false;
    if (items.has('purchase') && items.has('operation') && v('vehicle') !== v('purchase') + v('operation')) return false;
  }
  return true;
}
