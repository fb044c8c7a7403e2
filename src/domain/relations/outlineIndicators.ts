// Indicator rows of a 自评表 nested by outline numbers: "产出指标 | 数量指标 | 一、示范区建立 | ≥300亩 | 300亩 | 12 ⏎
// 1、甲片区 | ≥100亩 | 100亩 | 4 ⏎ 2、乙片区 | ≥200亩 | 200亩 | 8". The spanning cells (一级/二级指标) are lost on
// the child rows, so the cells are placed from the numbered label on: target, actual, score. A parent is the sum
// of its children only where the figures show it: each column is read when parent and children share one unit
// (not %), and a column that fails is an error only when two other columns of the same parent hold exactly —
// a parent whose figures do not add up in two columns is no sum (a count of sites over areas), so nothing is said.
import type { DocTable } from '../checks/document.js';
import { parseQuantity, type Quantity } from '../quantity/index.js';
import { judgeSum, type Verdict } from './compare.js';
import { rel } from './tables.js';
import { ARABIC_MARK } from './text.js';
import type { Relation } from './types.js';

const HEADER = /三级指标|指标值|完成值/;
const PARENT = /^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)])/;
const CHILD = new RegExp(`^(?:${ARABIC_MARK})`);
/** A child's number and its style (1、 and (1) are two levels, never siblings). */
const childMark = (label: string) => {
  const m = CHILD.exec(label)!;
  return { n: Number(m[1] ?? m[2]), style: m[1] ? 'dot' : 'paren' };
};
const VALUE = /^(?:[≧≥>＞≤≦<＜=]|不[低少]于|约)?\s*(\d[\d,]*(?:\.\d+)?)\s*([\u4e00-\u9fff]{1,3}|[a-zA-Z²㎡]{1,3})?$/;
/** Columns read after the label: 年度指标值, 实际完成值, 分值 / 得分. */
const MAX_COLUMNS = 4;

interface Row {
  i: number;
  label: string;
  cells: string[];
}

/** The first cell that starts with an outline mark, and the cells after it. */
function numberedRow(t: DocTable, i: number): Row | null {
  const r = t.rows[i]!;
  const k = r.findIndex((c) => PARENT.test(c.trim()) || CHILD.test(c.trim()));
  if (k < 0) return null;
  return { i, label: r[k]!.trim(), cells: r.slice(k + 1, k + 1 + MAX_COLUMNS).map((c) => c.trim()) };
}

function valueOf(cell: string | undefined): { q: Quantity; unit: string } | null {
  const m = VALUE.exec((cell ?? '').replace(/\s/g, ''));
  if (!m) return null;
  const q = parseQuantity(m[1]!.replace(/,/g, ''));
  return q ? { q, unit: m[2] ?? '' } : null;
}

const nameOf = (label: string) => label.replace(PARENT, '').replace(CHILD, '');

export function outlineIndicators(t: DocTable): Relation[] {
  const out: Relation[] = [];
  if (t.rows.length > 500) return out;
  const h = t.rows.findIndex((r) => r.some((c) => HEADER.test(c)) && r.some((c) => /得分|分值/.test(c)));
  if (h < 0) return out;
  for (let i = h + 1; i < t.rows.length; i++) {
    const p = numberedRow(t, i);
    if (!p || !PARENT.test(p.label)) continue;
    const kids: Row[] = [];
    for (let j = i + 1; j < t.rows.length; j++) {
      const c = numberedRow(t, j);
      if (!c || !CHILD.test(c.label)) break;
      kids.push(c);
    }
    // numbered 1, 2, 3 … without a gap: no child lost
    const style = kids[0] && childMark(kids[0].label).style;
    if (kids.length < 2 || !kids.every((c, n) => childMark(c.label).n === n + 1 && childMark(c.label).style === style)) continue;
    const read: { r: Relation; verdict: Verdict }[] = [];
    for (let k = 0; k < MAX_COLUMNS; k++) {
      const total = valueOf(p.cells[k]);
      const parts = kids.map((c) => valueOf(c.cells[k]));
      if (!total || total.unit === '%' || parts.some((x) => !x || x.unit !== total.unit)) continue;
      const qs = parts.map((x) => x!.q);
      const { verdict, computed } = judgeSum(total.q, qs);
      const named = kids.map((c, n) => ({ label: nameOf(c.label), q: qs[n]! }));
      const why = `“${nameOf(p.label)}”行 = 其下编号各项之和（第${k + 1}个数值列，${total.unit || '分值/得分'}）`;
      read.push({
        r: rel(t, i, 'tableTotal', verdict, total.q, computed, named, why, 'the numbered indicator is the sum of its numbered sub-indicators'),
        verdict,
      });
    }
    const held = read.filter((x) => x.verdict === 'ok').length;
    if (!held) continue;
    for (const x of read) out.push(x.verdict === 'error' && held < 2 ? { ...x.r, verdict: 'unsure' } : x.r);
  }
  return out;
}
