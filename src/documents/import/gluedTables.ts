// The money rows of a 自评表 flattened with no space between its cells (a converter's text of a .docx:
// 年初预算数全年预算数全年执行数分值执行率得分年度资金总额120.5120.5118.310100%10…): the amounts of a row are
// glued into one run of digits. A run is split only where its own 执行率 confirms the split (执行数 / 预算数
// gives the rate written after them), its amounts are written alike (as many decimals each) and exactly one
// split does; a row with no rate, or two splits that hold, states nothing. Each row read becomes a loose DocTable (项目 | columns…) for the importer's table
// sentences and the checker. Pure; a line is read only up to MAX_LINE characters.
import type { DocTable } from '../../domain/checks/document.js';
import { simplify } from './simplify.js';

const MAX_LINE = 4000;
const NAME = '(?:年初预算数|全年预算数|调整后预算数|预算数|全年执行数|实际执行数|执行数|分值|权重|预算执行率|执行率|自评得分|得分)';
// 全年预算数(A) / 执行率(B/A / 得分(20分*执行率): a formula in brackets, closed or cut
const NOTE = '(?:[（(][A-Za-z0-9/／*×%分执行率万元]{0,12}[)）]?)?';
const HEADER = new RegExp(`(?:${NAME}${NOTE}){3,}`, 'g');
const ONE = new RegExp(`(${NAME})${NOTE}`, 'g');
const UNIT = /[（(](万元|元)[)）]|(?:单位|金额单位)[:：](万元|元)/;
const AMOUNT = /^(?:0|[1-9]\d*)(?:\.\d{1,6})?$/;
const SMALL = /^(?:0|[1-9]\d{0,2})(?:\.\d{1,2})?$/;
/** A row's name: a few words, not a sentence (年度总体目标… ends the money rows). */
const ROW_NAME = /^[\u4e00-\u9fff、]{2,24}$/;
const MAX_RUN = 48;

type Kind = 'amount' | 'score' | 'rate';
const kindOf = (c: string): Kind => (/率/.test(c) ? 'rate' : /分值|权重|得分/.test(c) ? 'score' : 'amount');

/**
 * Every way `run` splits into numbers of the given kinds (amounts with up to 6 decimals, scores and
 * rates up to 3 digits), amounts first checked against the rate: 执行数 / 预算数 × 100 within half a unit
 * of the rate's last digit. Stops counting after 4 (only a single split is taken).
 */
function splits(run: string, kinds: Kind[], budgetAt: number, executedAt: number): string[][] {
  const out: string[][] = [];
  const parts: string[] = [];
  const walk = (from: number) => {
    if (out.length > 3) return;
    const k = parts.length;
    if (k === kinds.length) {
      if (from !== run.length) return;
      // a table's amounts are written alike: 2456.18 | 2456.18, never 2456.1 | 82456.18 (a split the rate alone allows)
      const places = new Set(parts.filter((_, j) => kinds[j] === 'amount').map((x) => x.split('.')[1]?.length ?? 0));
      if (places.size > 1) return;
      const rate = parts[kinds.indexOf('rate')]!;
      const budget = Number(parts[budgetAt]);
      // (a rate of 0% beside money spent is a split that left the rate its last 0: 10001000 | 10 | 0%)
      if (!(budget > 0) || (Number(rate) === 0) !== (Number(parts[executedAt]) === 0)) return;
      const decimals = rate.split('.')[1]?.length ?? 0;
      if (Math.abs((Number(parts[executedAt]) / budget) * 100 - Number(rate)) <= 0.5 * 10 ** -decimals + 1e-9) out.push([...parts]);
      return;
    }
    const re = kinds[k] === 'amount' ? AMOUNT : SMALL;
    // a 分值 before the rate is the row's weight: never 0 (2456.181 | 0 | 100% is no reading of …18 10 100%)
    for (let end = from + 1; end <= run.length; end++) {
      const s = run.slice(from, end);
      if (!re.test(s) || (kinds[k] === 'score' && Number(s) === 0)) continue;
      if (kinds[k] !== 'amount' && Number(s) > (kinds[k] === 'rate' ? 999 : 100)) break;
      parts.push(s);
      walk(end);
      parts.pop();
    }
  };
  walk(0);
  return out;
}

/** One row's cells under `columns` (the header's names), or null when its run does not split one way only. */
function rowCells(run: string, columns: string[]): string[] | null {
  const m = /^([\d.]+)%([\d.]*)$/.exec(run);
  if (!m || m[1]!.length > MAX_RUN) return null;
  const rateAt = columns.findIndex((c) => kindOf(c) === 'rate');
  const before = columns.slice(0, rateAt);
  const executedAt = before.findIndex((c) => /执行数/.test(c));
  const budgetAt = before.findLastIndex((c) => /预算数/.test(c));
  if (executedAt < 0 || budgetAt < 0) return null;
  // the row states every column before the rate, or only the amounts (a 其中 row without 分值)
  for (const cols of [before, before.filter((c) => kindOf(c) === 'amount')]) {
    const kinds = [...cols.map(kindOf), 'rate' as const];
    const all = splits(m[1]!, kinds, cols.indexOf(before[budgetAt]!), cols.indexOf(before[executedAt]!));
    // 10001000100%: 1000 | 1000 | 100% or 100010001 | 0 | 0% — nothing spent is read only when no other split holds
    const spent = all.filter((x) => x.every((v, j) => kinds[j] !== 'amount' || Number(v) !== 0));
    const found = all.length > 1 && spent.length === 1 ? spent : all;
    if (found.length !== 1) {
      if (found.length > 1) return null;
      continue;
    }
    const cells = columns.map(() => '');
    cols.forEach((c, j) => (cells[columns.indexOf(c)] = found[0]![j]!));
    cells[rateAt] = `${found[0]![cols.length]}%`;
    return cells;
  }
  return null;
}

/**
 * 其中:当年财政拨款2456.182456.182456.18 with no rate of its own: read only when its digits are the amounts of the
 * row read above it, written again (the appropriation is the whole of the year's money).
 */
function sameAmounts(run: string, above: string[] | undefined, columns: string[]): string[] | null {
  if (!above) return null;
  const amounts = columns.map((c, j) => (kindOf(c) === 'amount' ? above[j + 1]! : '')).filter(Boolean);
  if (amounts.length < 2 || amounts.join('') !== run) return null;
  return columns.map((c, j) => (kindOf(c) === 'amount' ? above[j + 1]! : ''));
}

/** Glued 自评表 money rows in the lines not `taken` by other tables. */
export function gluedTables(lines: string[], taken: Set<number>): DocTable[] {
  const out: DocTable[] = [];
  let unit: DocTable['unit'] | null = null;
  lines.forEach((line, i) => {
    if (taken.has(i) || !line.trim()) return;
    const text = simplify(line.slice(0, MAX_LINE)).replace(/\s+/g, '');
    for (const h of text.matchAll(HEADER)) {
      const u = UNIT.exec(text.slice(Math.max(0, h.index - 40), h.index + h[0].length));
      unit = u ? ((u[1] ?? u[2]) as DocTable['unit']) : unit;
      const columns = [...h[0].matchAll(ONE)].map((x) => x[1]!);
      if (!unit || new Set(columns).size !== columns.length || !columns.some((c) => kindOf(c) === 'rate')) continue;
      const table: DocTable = { line: i, rows: [['项目', ...columns]], rowLines: [i], lineCount: 0, unit, loose: true };
      // label, digits, label, digits … until a name that is no row name (the targets' text)
      const rest = text.slice(h.index + h[0].length);
      for (const r of rest.matchAll(/([^\d%]*)([\d.%]+)/g)) {
        const name = r[1]!.replace(/^其中[:：]?/, '').replace(/[:：]$/, '');
        if (!ROW_NAME.test(name)) break;
        const cells = rowCells(r[2]!, columns) ?? sameAmounts(r[2]!, table.rows[1], columns);
        if (!cells) continue;
        table.rows.push([name, ...cells]);
        table.rowLines!.push(i);
      }
      if (table.rows.length > 1) out.push(table);
    }
  });
  return out;
}
