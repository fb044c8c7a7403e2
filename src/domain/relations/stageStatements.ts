// "年初预算为A，支出决算为B。决算数小于预算数的主要原因……": a statement of which way the amount spent differs
// from the budget, with no figure of its own (决算 reports say it for every item). The budget and the amount spent
// are the one figure of each stage in the statement's sentence or the one before it; the words must agree with them
// (大于: B > A, 小于: B < A, 等于/持平: equal within the rounding of the two). Anything else relates nothing.
import { abs, cmp, sub } from '../decimal.js';
import { halfStepSum } from './compare.js';
import { add, inSentence, type Ctx } from './context.js';
import { compatible, type Figure } from './figures.js';

// the two names in either order, a line break anywhere (PDF text); a figure right after is namedGaps.ts's
const s = String.raw`\s*`;
const spaced = (w: string) => [...w].join(s);
const ACTUAL = `(?:支出${s})?决${s}算(?:${s}数)?|实${s}际${s}支${s}出(?:${s}数)?`;
const BUDGET = `(?:(年${s}初|调${s}整${s}后?|全${s}年)${s})?预${s}算(?:${s}数)?`;
const WORD = ['大于', '超过', '高于', '多于', '小于', '低于', '少于', '等于'].map(spaced).join('|');
const STATEMENT = new RegExp(
  `(${ACTUAL})${s}(${WORD})${s}(${BUDGET})|(${ACTUAL})${s}与${s}(${BUDGET})${s}(${spaced('持平')}|${spaced('一致')}|${spaced('相等')})`,
  'g',
);
const ABOVE = /大于|超过|高于|多于/;
const BELOW = /小于|低于|少于/;
// a figure, or a comparison of another quantity, right after: not this statement
const FIGURE_AFTER = /^\s*(?:[(（]?\s*[-\d])/;

const level = (f: Figure) => f.role === 'level' && f.q.kind === 'money' && f.q.qualifier === 'exact' && !f.prior && f.depth === 0;

export function findStageStatements(ctx: Ctx): void {
  ctx.paras.forEach((p, pi) => {
    if (!/算/.test(p.text)) return;
    for (const m of p.text.matchAll(STATEMENT)) {
      const end = m.index + m[0].length;
      if (FIGURE_AFTER.test(p.text.slice(end, end + 4))) continue;
      const words = m[0].replace(/\s/g, '');
      const si = sentenceAt(p.sentenceStarts, m.index);
      const cands: Figure[] = [];
      for (let k = Math.max(0, si - 1); k <= si; k++) for (const f of inSentence(ctx, pi, k)) if (f.end <= m.index && level(f)) cands.push(f);
      // what the statement names: 年初预算 is the budget first set, 调整后预算 the adjusted one
      const which = (m[3] ?? m[5] ?? '').replace(/\s/g, '');
      const budgets = cands.filter((f) =>
        which.startsWith('调整') ? f.stage === 'adjusted' : which === '年初' ? f.stage === 'budget' : f.stage === 'budget' || f.stage === 'adjusted',
      );
      const actuals = cands.filter((f) => f.stage === 'actual' && !/预算/.test(f.label));
      if (budgets.length !== 1 || actuals.length !== 1) continue;
      const [a, b] = [budgets[0]!, actuals[0]!];
      if (!compatible(a, b)) continue;
      const diff = sub(b.q.value, a.q.value);
      const room = halfStepSum([a.q, b.q]);
      const word = m[2] ?? m[6] ?? '';
      const over = cmp(diff, '0') > 0;
      const under = cmp(diff, '0') < 0;
      const fits = ABOVE.test(word.replace(/\s/g, '')) ? over : BELOW.test(word.replace(/\s/g, '')) ? under : cmp(abs(diff), room) <= 0;
      // 大于/小于 over two figures written equal: within their rounding either way, nothing to say
      if (!fits && !over && !under) continue;
      const shown = `${b.q.text} ${over ? '>' : under ? '<' : '='} ${a.q.text}`;
      add(ctx, {
        kind: 'difference',
        verdict: fits ? 'ok' : 'error',
        stated: b,
        computed: diff,
        parts: [b, a],
        words: { stated: `“${words}”`, computed: shown },
        reason: `“${words}”：${b.label || '决算数'} ${b.q.text} 与 ${a.label || '预算数'} ${a.q.text} 的大小应与文字一致`,
        reasonEn: 'the text says which way the amount spent differs from the budget: the two figures must agree',
      });
    }
  });
}

function sentenceAt(starts: number[], at: number): number {
  let i = 0;
  while (i + 1 < starts.length && starts[i + 1]! <= at) i++;
  return i;
}
