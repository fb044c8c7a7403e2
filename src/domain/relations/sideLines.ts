// A two-sided 收支总表 flattened into lines of text, each line one row of both sides (a converter may even
// glue them: "一、财政拨款收入 500一、一般公共服务支出 300"), the totals on the last line
// ("收入总计 500 支出总计 500"). The numbered classes of one side (一、…收入, 二、…收入 / 一、…支出, …) add up
// to that side's total; a class with a blank cell is zero. Read only when every figure of the rows is the
// value of a numbered row (一、 or a sub-row 1.), so no carry-over or other unnumbered row is left out.
import { addSum, type Ctx } from './context.js';
import type { Figure } from './figures.js';

const CN = '一二三四五六七八九十';
/** A row mark: 一、 (a class) or 1. (a sub-row), where a cell or the line starts. */
const MARK = /(?<=^|[\s\d])(?:([一二三四五六七八九十]{1,3})、|(\d{1,2})[.．、](?!\d))\s*/g;
const TOTAL = /(收入|支出)(?:合计|总计)\s*$/;
const HEAD = /(收入|支出)$/;
/** Rows a table of this kind holds at most (a longer run is no such table). */
const MAX_ROWS = 40;

/** 一 … 九十九: tens before 十 (none means one), units after it. */
function numeral(s: string): number {
  const k = s.indexOf('十');
  if (k < 0) return CN.indexOf(s) + 1;
  const tens = k === 0 ? 1 : CN.indexOf(s[0]!) + 1;
  return tens * 10 + (k + 1 < s.length ? CN.indexOf(s[k + 1]!) + 1 : 0);
}

interface Row {
  side: string;
  n: number;
  value: Figure | null;
}

/** The numbered rows of one line, or null when a figure of the line is the value of no numbered row. */
function rowsOf(text: string, figs: Figure[]): Row[] | null {
  const marks = [...text.matchAll(MARK)];
  if (!marks.length) return null;
  const rows: Row[] = [];
  for (const [k, m] of marks.entries()) {
    const from = m.index + m[0].length;
    const to = marks[k + 1]?.index ?? text.length;
    const inCell = figs.filter((f) => f.start >= from && f.start < to);
    if (inCell.length > 1) return null;
    const value = inCell[0] ?? null;
    const label = text.slice(from, value ? value.start : to).trim();
    if (!label || /[\d，。；：]/.test(label)) return null;
    if (!m[1]) continue; // a sub-row (1. 一般公共预算) is inside the class above it
    const side = HEAD.exec(label)?.[1];
    if (!side) return null; // a class of neither side (上年结转): the side totals hold more than the classes
    rows.push({ side, n: numeral(m[1]), value });
  }
  // a figure before the first mark is the value of no row
  if (figs.some((f) => f.start < marks[0]!.index)) return null;
  return rows;
}

export function findSideLines(ctx: Ctx): void {
  ctx.paras.forEach((p, pi) => {
    // (the cells are bare numbers, their unit in the table's 单位：元 line)
    const totals = (ctx.byPara[pi] ?? []).filter(
      (f) => f.role === 'level' && (f.q.kind === 'money' || f.q.kind === 'number') && TOTAL.test(p.text.slice(0, f.start)),
    );
    // (a figure of the line that is no side total — a carry-over glued to it — is left out of the classes)
    if (!totals.length || totals.length !== ctx.byPara[pi]!.length) return;
    // (…and the line opens with the first total's name: a row glued before it, 十一、住房保障支出 0本年收入合计, is a row lost)
    if (!/^[^\d、，。；]{2,10}$/.test(p.text.slice(0, totals[0]!.start).trim())) return;
    const rows: Row[] = [];
    for (let pj = pi - 1; pj >= 0 && pj >= pi - MAX_ROWS; pj--) {
      const line = rowsOf(ctx.paras[pj]!.text, ctx.byPara[pj] ?? []);
      if (!line) break;
      rows.unshift(...line);
    }
    for (const total of totals) {
      const side = TOTAL.exec(p.text.slice(0, total.start))![1]!;
      const own = rows.filter((r) => r.side === side);
      // one run 一、二、三… from the first, at least two classes, some stated
      if (own.length < 2 || own.some((r, i) => r.n !== i + 1)) continue;
      const parts = own.flatMap((r) => (r.value ? [r.value] : []));
      if (!parts.length || parts.some((f) => f.q.kind !== total.q.kind || f.q.unit !== total.q.unit || ctx.partOf.has(f.id))) continue;
      addSum(ctx, total, parts, {
        reason: `收支总表各行：${side}合计（总计）= 编号各类${side}之和（空格为零）`,
        reasonEn: `two-sided summary table: the ${side === '收入' ? 'income' : 'spending'} total is the sum of its numbered classes (blank cells zero)`,
      });
    }
  });
}
