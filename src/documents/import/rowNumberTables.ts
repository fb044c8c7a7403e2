// A 资金投入 table flattened with its 行次 column (评价表 of a fund: 行次 全年预算数(A) … 全年执行资金(E)
// 预算执行(E/C×100%), then 年度资金总额(万元): 1 52.80 on one line and the rest of the row on the next): the
// 行次 number is no amount, and a converter drops the empty cells, so a row's amounts are laid on the
// header's columns every way the gaps allow; a reading must keep its rates (E/C: E and C written, E / C =
// the rate; no formula: the amount before the rate over another of the row's) and a 扣除…后 column (C = A − B).
// A cell is bound when every reading gives it the same amount; the rest is left to the listing. Pure.
import type { DocTable } from '../../domain/checks/document.js';

interface Column {
  name: string;
  letter: string | null;
  rate: boolean;
  /** The rate's formula: numerator letter (E of E/C×100%). */
  of: string | null;
  /** …and its denominator (C of E/C×100%). */
  den?: string | null;
}

const LETTER = /^[（(]([A-F])[)）]$/;
const FORMULA = /[（(]([A-F])\s*[/／]\s*([A-F])/;
const ROW = /^([\u4e00-\u9fff:：“”"]{2,30}?)\s*(?:[（(](万元|元)[^)）]{0,40}[)）])?\s*[:：]?\s+(\d{1,2})(?:\s+(.*))?$/;
const VALUE = /^\d+(?:\.\d+)?%?$/;
const MAX_HEADER = 24;

function columnsOf(text: string): Column[] {
  const out: Column[] = [];
  for (const tok of text.split(/\s+/).filter(Boolean)) {
    const prev = out.at(-1);
    // (A) / (D/C×100%) written apart from its column's name
    if (prev && /^[（(]/.test(tok) && (LETTER.test(tok) || FORMULA.test(tok))) {
      prev.letter ??= LETTER.exec(tok)?.[1] ?? null;
      const f = FORMULA.exec(tok);
      if (f) [prev.rate, prev.of, prev.den] = [true, f[1]!, f[2]!];
      continue;
    }
    const letter = /[（(]([A-F])[)）]$/.exec(tok)?.[1] ?? null;
    const f = FORMULA.exec(tok);
    out.push({ name: tok.replace(/[（(][^)）]*[)）]?$/, ''), letter, rate: !!f || /率|%/.test(tok), of: f?.[1] ?? null, den: f?.[2] ?? null });
  }
  return out;
}

/** The rate holds for the amount at `at`: it over another amount of the row is `rate` to its last digit. */
function rateHolds(at: number, rate: string, amounts: number[]): boolean {
  const v = amounts[at]!;
  return amounts.some((d, i) => i !== at && d > 0 && isRate(v, d, rate));
}

/** `v / d` is the written rate to its last digit. */
function isRate(v: number, d: number, rate: string): boolean {
  const r = Number(rate.replace('%', ''));
  const decimals = (rate.split('.')[1] ?? '').replace('%', '').length;
  return d > 0 && Math.abs((v / d) * 100 - r) <= 0.5 * 10 ** -decimals + 1e-9;
}

/** The index among the row's amounts (rates left out) of the value at `i`. */
const amountIndex = (values: string[], i: number): number => values.slice(0, i).filter((v) => !v.endsWith('%')).length;

/** Every way to keep `k` of the positions `from`…`to` − 1 in order (the others are the dropped empty cells). */
function choices(from: number, to: number, k: number): number[][] {
  if (k === 0) return [[]];
  const out: number[][] = [];
  for (let i = from; i <= to - k; i++) for (const rest of choices(i + 1, to, k - 1)) out.push([i, ...rest]);
  return out;
}

/**
 * 扣除统筹整合资金后预算金额(C) after 全年预算数(A) and 统筹整合资金数(B): C = A − B. The column named 扣除X后… →
 * [minuend, deducted] (the column holding X and the one before it), when the header says so.
 */
function deductions(cols: Column[]): Map<number, [number, number]> {
  const out = new Map<number, [number, number]>();
  cols.forEach((c, i) => {
    const x = /^扣除(.{2,12}?)后/.exec(c.name)?.[1];
    if (!x) return;
    const b = cols.findIndex((d, j) => j < i && !d.rate && d.name.includes(x));
    if (b > 0 && !cols[b - 1]!.rate) out.set(i, [b - 1, b]);
  });
  return out;
}

/** The row's amounts on its columns: index of the column → amount. */
export function bind(cols: Column[], values: string[]): Map<number, string> {
  const out = new Map<number, string>();
  const amounts = values.filter((v) => !v.endsWith('%')).map(Number);
  const minus = deductions(cols);
  const byLetter = new Map(cols.flatMap((col, i) => (col.letter ? [[col.letter, i] as const] : [])));
  let c = 0;
  let v = 0;
  while (c < cols.length && v < values.length) {
    let ce = c;
    while (ce < cols.length && !cols[ce]!.rate) ce++; // the run of amount columns, up to a rate column
    let ve = v;
    while (ve < values.length && !values[ve]!.endsWith('%')) ve++;
    const run = values.slice(v, ve);
    const rate = ce < cols.length && ve < values.length ? cols[ce]! : null;
    // the rate's numerator (E of E/C; the run's last column when the header gives no formula) and denominator
    const num = rate ? (rate.of ? (byLetter.get(rate.of) ?? -1) : ce - 1) : -1;
    const den = rate?.den ? (byLetter.get(rate.den) ?? -1) : -1;
    // Converters drop empty cells: each way of laying the run on its columns that its rate and a 扣除…后
    // column allow is a reading; a cell is bound when every reading gives it the same amount.
    const readings = run.length <= ce - c && ce - c <= 8 ? choices(c, ce, run.length) : [];
    const valid = readings
      .map((at) => new Map(at.map((col, i) => [col, i] as const)))
      .filter((at) => {
        const val = (col: number) => (at.has(col) ? Number(run[at.get(col)!]) : 0);
        if (rate && num >= c && num < ce) {
          if (!at.has(num)) return false;
          const written = values[ve]!;
          if (den >= c && den < ce) {
            if (!isRate(val(num), val(den), written)) return false;
          } else if (!rateHolds(amountIndex(values, v + at.get(num)!), written, amounts)) return false;
        }
        for (const [col, [a, b]] of minus) if (col >= c && col < ce && a >= c && b < ce && Math.abs(val(col) - (val(a) - val(b))) > 0.005) return false;
        return true;
      });
    for (let col = c; col < ce && valid.length; col++) {
      const seen = new Set(valid.map((at) => (at.has(col) ? run[at.get(col)!]! : '')));
      if (seen.size === 1 && !seen.has('')) out.set(col, [...seen][0]!);
    }
    if (ce >= cols.length || ve >= values.length) break;
    c = ce + 1;
    v = ve + 1;
  }
  return out;
}

/** The 行次 tables of the lines not `taken`. */
export function rowNumberTables(lines: string[], taken: Set<number>): DocTable[] {
  const out: DocTable[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (taken.has(i) || !/^\s*行次\s/.test(lines[i]!)) continue;
    // the header runs on until the first row (or the 列次 0 1 2 … line under it)
    let j = i;
    const head: string[] = [];
    while (j < lines.length && j < i + MAX_HEADER && !ROW.test(lines[j]!.trim()) && !/^\s*列次/.test(lines[j]!)) head.push(lines[j++]!);
    const cols = columnsOf(head.join(' ').replace(/^\s*行次/, ''));
    if (cols.filter((c) => !c.rate).length < 2) continue;
    const around = lines.slice(Math.max(0, i - 5), j).join(' ');
    const rows: string[][] = [['项目', ...cols.map((c) => c.name)]];
    const rowLines: number[] = [i];
    let unit: '万元' | '元' | undefined;
    for (; j < lines.length && j < i + MAX_HEADER * 4; j++) {
      const l = lines[j]!.trim();
      if (!l || l.startsWith('列次')) continue;
      if (/^行次\s/.test(l)) {
        j--; // another table's header
        break;
      }
      const m = ROW.exec(l);
      if (!m) continue;
      unit ??= (m[2] as '万元' | '元' | undefined) ?? (/万元/.test(around) ? '万元' : undefined);
      // the row's amounts: on its line after the 行次, then on the number lines that carry it on
      const values: string[] = [];
      const take = (text: string): boolean => {
        for (const t of text.split(/\s+/).filter(Boolean)) {
          if (!VALUE.test(t)) return false;
          values.push(t);
        }
        return true;
      };
      let k = j;
      if (take(m[4] ?? '')) while (k + 1 < lines.length && /^\s*\d/.test(lines[k + 1]!) && take(lines[k + 1]!.trim())) k++;
      const bound = bind(cols, values);
      if (bound.size) {
        rows.push([m[1]!, ...cols.map((_, c) => bound.get(c) ?? '')]);
        rowLines.push(j);
      }
      j = k;
    }
    if (rows.length > 1 && unit) out.push({ line: i, rows, rowLines, lineCount: 0, loose: true, unit });
    i = j;
  }
  return out;
}
