// Numbered heading rows over plain rows: "一、税收收入" over 增值税, 企业所得税 … until "二、非税收入", and a
// 合计 row after them (本年收入合计). The row tree: each head is the sum of the rows under it, and the total
// the sum of the heads — never of heads and their rows together. The tree is read from numbering alone,
// so it is trusted only when it holds in most cells of the block; otherwise what fails is unsure.
// A 其中 row under a head makes that head's rows ambiguous (parts of a part): unsure.
import { cellNumber } from '../checks/tables.js';
import type { DocTable } from '../checks/document.js';
import type { Quantity } from '../quantity/index.js';
import { judgeSum } from './compare.js';
import { columnNames } from './tableHeader.js';
import { labelOf, rel, TOTAL } from './tables.js';
import type { Relation } from './types.js';

const SKIP = /分值|得分|权重|率|%|％|比例|比重|序号|行次|栏次|行号|编码|代码|人次|平均|单价|增减|增长|变动/;
const HEAD = /^[一二三四五六七八九十]+[、.．]/;
const PART_OF = /^其中/;
const ZERO: Quantity = cellNumber('0')!;

interface Head {
  i: number;
  rows: number[];
}

/** The heads of rows `from`…`to` − 1, or null when the block is not one of numbered heads over plain rows. */
function headsOf(t: DocTable, from: number, to: number): Head[] | null {
  const heads: Head[] = [];
  for (let j = from; j < to; j++) {
    const label = labelOf(t.rows[j]!).replace(/\s/g, '');
    if (!label) continue;
    if (HEAD.test(label)) heads.push({ i: j, rows: [] });
    else if (!heads.length)
      return null; // a plain row before the first head: not this shape
    else heads[heads.length - 1]!.rows.push(j);
  }
  return heads.length >= 2 && heads.some((h) => h.rows.length >= 2) ? heads : null;
}

const cellAt = (t: DocTable, j: number, k: number): Quantity | null | undefined => {
  const c = (t.rows[j]![k] ?? '').trim();
  if (!c || /^[-—–]$/.test(c)) return null; // blank: nothing in this row
  const q = cellNumber(c);
  return q && q.unit !== '%' && q.unit !== '分' ? q : undefined; // undefined: not an amount
};

export function headedTotals(t: DocTable, out: Relation[]): void {
  if (t.rows.length > 500) return;
  let from = 0;
  t.rows.forEach((row, i) => {
    const label = labelOf(row).replace(/\s/g, '');
    if (!row.some((c) => cellNumber(c)) && row.filter((c) => c.trim()).length >= 2) return void (from = i + 1);
    if (!TOTAL.test(label) && !/^本年(?:收入|支出)合计$|^(?:收入|支出)合计$/.test(label)) return;
    const heads = headsOf(t, from, i);
    from = i + 1;
    if (!heads) return;
    // the columns must be known by name: a ratio column without a % sign is never summed
    const names = columnNames(t, i);
    if (!names) return;
    const found: Relation[] = [];
    for (let k = 1; k < row.length; k++) {
      if (SKIP.test(names[k] ?? '')) continue;
      const total = cellAt(t, i, k);
      if (!total) continue;
      const hq = heads.map((h) => cellAt(t, h.i, k));
      if (hq.some((q) => q === undefined) || !hq.some((q) => q)) continue;
      const col = names[k] ? `（${names[k]}列）` : '';
      const parts = heads.map((h, n) => ({ label: labelOf(t.rows[h.i]!), q: hq[n] ?? ZERO }));
      const s = judgeSum(
        total,
        parts.map((p) => p.q),
      );
      found.push(
        rel(
          t,
          i,
          'tableTotal',
          s.verdict,
          total,
          s.computed,
          parts,
          `“${label}”行 = 各编号大类行之和${col}`,
          `the “${label}” row is the sum of the numbered heading rows`,
        ),
      );
      heads.forEach((h, n) => {
        const head = hq[n];
        const rq = h.rows.map((j) => cellAt(t, j, k));
        if (!head || h.rows.length < 2 || rq.some((q) => q === undefined) || !rq.some((q) => q)) return;
        const hl = labelOf(t.rows[h.i]!);
        const kids = h.rows.map((j, m) => ({ label: labelOf(t.rows[j]!), q: rq[m] ?? ZERO }));
        const r = judgeSum(
          head,
          kids.map((p) => p.q),
        );
        // a 其中 row under the head: its rows may be parts of a part, not of the head
        const verdict = r.verdict === 'error' && kids.some((x) => PART_OF.test(x.label.trim())) ? 'unsure' : r.verdict;
        found.push(
          rel(
            t,
            h.i,
            'tableTotal',
            verdict,
            head,
            r.computed,
            kids,
            `“${hl.trim()}”行 = 其下各行之和${col}`,
            `the “${hl.trim()}” row is the sum of the rows under it`,
          ),
        );
      });
    }
    // the tree was read from numbering alone: trusted where it holds in most cells
    const ok = found.filter((r) => r.verdict === 'ok' || r.verdict === 'rounding').length;
    const bad = found.filter((r) => r.verdict === 'error').length;
    const trusted = ok >= 2 && ok >= 2 * bad;
    out.push(...found.map((r) => (r.verdict === 'error' && !trusted ? { ...r, verdict: 'unsure' as const } : r)));
  });
}
