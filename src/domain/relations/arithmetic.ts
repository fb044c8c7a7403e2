// Sums written out as arithmetic: "年末结转和结余=年初结转和结余20万元+本年收入300万元-本年支出290万元=30万元",
// "结余资金：12+88-10=90万元". Only figures joined by + / − (each optionally named) and closed by =.
import { add as plus, sub } from '../decimal.js';
import { halfStepSum, judge } from './compare.js';
import { add, type Ctx } from './context.js';
import { compatible, type Figure } from './figures.js';

// between two items: an operator, then at most the next item's name
const OP = /^\s*([+＋\-－−])\s*([^\d，；。、=＝+＋\-－−（）()]{0,20})$/;
const EQ = /^\s*[=＝]\s*([^\d，；。、=＝+＋\-－−（）()]{0,20})$/;

/** Items joined by operators up to an equals sign; the item after it is the stated result. */
function chainFrom(text: string, fs: Figure[], i: number): { items: Figure[]; signs: number[]; total: Figure } | null {
  const items = [fs[i]!];
  const signs = [1];
  for (let j = i + 1; j < fs.length; j++) {
    const between = text.slice(fs[j - 1]!.end, fs[j]!.start);
    const op = OP.exec(between);
    if (op) {
      // a bare number (12+88) joins only with nothing but the operator before it
      if (fs[j]!.q.unit === '' && op[2]) return null;
      items.push(fs[j]!);
      signs.push(/[+＋]/.test(op[1]!) ? 1 : -1);
      continue;
    }
    if (items.length >= 2 && EQ.test(between)) return { items, signs, total: fs[j]! };
    return null;
  }
  return null;
}

export function findArithmetic(ctx: Ctx): void {
  ctx.bySentence.forEach((sentences, pi) => {
    const text = ctx.paras[pi]!.text;
    for (const fs of sentences) {
      if (fs.length < 3 || !/[=＝]/.test(text.slice(fs[0]!.start, fs[fs.length - 1]!.end))) continue;
      for (let i = 0; i < fs.length - 2; i++) {
        // the chain must start the expression, not continue one (…+a+b=c read from b)
        if (i > 0 && OP.test(text.slice(fs[i - 1]!.end, fs[i]!.start))) continue;
        const c = chainFrom(text, fs, i);
        if (!c) continue;
        const { items, signs, total } = c;
        if (total.q.unit === '' || total.q.kind === 'percent' || total.role !== 'level') continue;
        if (!items.every((f) => (f.q.unit === '' ? /^[\d.,]+$/.test(f.q.text) : compatible(f, total)))) continue;
        const computed = items.reduce((acc, f, k) => (signs[k]! > 0 ? plus(acc, f.q.value) : sub(acc, f.q.value)), '0' as ReturnType<typeof plus>);
        add(ctx, {
          kind: signs.every((s) => s > 0) ? 'sum' : 'difference',
          verdict: judge(total.q, computed, halfStepSum(items.map((f) => f.q))),
          stated: total,
          computed,
          parts: items,
          reason: '算式：等号后的数应等于前面各数加减的结果',
          reasonEn: 'written arithmetic: the figure after “=” is the result of the additions and subtractions before it',
        });
        i += items.length;
      }
    }
  });
}
