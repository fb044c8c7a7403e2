// A 资金投入 table flattened with its 行次 column (评价表 of a fund: 行次 全年预算数(A) … 全年执行资金(E)
// 预算执行(E/C×100%), then 年度资金总额(万元): 1 52.80 on one line and the rest of the row on the next): the
// 行次 number is no amount, and a converter drops the empty cells, so a row's amounts line up with the
// header's columns only where their count fits. Bound: every amount of a run between two rate columns
// when the run has as many amounts as columns; else only the amount right before a rate, when the rate
// holds for it (amount / another of the row's amounts = the rate). The rest is left to the listing. Pure.
import type { DocTable } from '../../domain/checks/document.js';

interface Column {
  name: string;
  letter: string | null;
  rate: boolean;
  /** The rate's formula: numerator letter (E of E/C×100%). */
  of: string | null;
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
      if (f) [prev.rate, prev.of] = [true, f[1]!];
      continue;
    }
    const letter = /[（(]([A-F])[)）]$/.exec(tok)?.[1] ?? null;
    const f = FORMULA.exec(tok);
    out.push({ name: tok.replace(/[（(][^)）]*[)）]?$/, ''), letter, rate: !!f || /率|%/.test(tok), of: f?.[1] ?? null });
  }
  return out;
}

/** The rate holds for the amount at `at`: it over another amount of the row is `rate` to its last digit. */
function rateHolds(at: number, rate: string, amounts: number[]): boolean {
  const r = Number(rate.replace('%', ''));
  const decimals = (rate.split('.')[1] ?? '').replace('%', '').length;
  const v = amounts[at]!;
  return amounts.some((d, i) => i !== at && d > 0 && Math.abs((v / d) * 100 - r) <= 0.5 * 10 ** -decimals + 1e-9);
}

/** The index among the row's amounts (rates left out) of the value at `i`. */
const amountIndex = (values: string[], i: number): number => values.slice(0, i).filter((v) => !v.endsWith('%')).length;

/** The row's amounts on its columns: index of the column → amount. */
export function bind(cols: Column[], values: string[]): Map<number, string> {
  const out = new Map<number, string>();
  const amounts = values.filter((v) => !v.endsWith('%')).map(Number);
  let c = 0;
  let v = 0;
  while (c < cols.length && v < values.length) {
    let ce = c;
    while (ce < cols.length && !cols[ce]!.rate) ce++; // the run of amount columns, up to a rate column
    let ve = v;
    while (ve < values.length && !values[ve]!.endsWith('%')) ve++;
    const run = values.slice(v, ve);
    // the rate after the run, when its formula is of the run's last column: it must hold for the last amount
    const rated = ce < cols.length && ve < values.length && run.length > 0 && (!cols[ce]!.of || cols[ce]!.of === cols[ce - 1]?.letter);
    const holds = rated && rateHolds(amountIndex(values, ve - 1), values[ve]!, amounts);
    if (run.length === ce - c && (!rated || holds)) run.forEach((x, i) => out.set(c + i, x));
    else if (run.length && run.length < ce - c && holds) out.set(ce - 1, run.at(-1)!);
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
