// Shares of a total the text never states (甲a，占X的p%；乙b，占X的q%；丙c，占X的r% with no amount of X):
// each share implies X = part ÷ share. When all but one agree on X and one keystroke in the odd one (its
// share or its part) brings it in line, that figure is a typo — the mirror, for shares, of digitSlips.ts.
import { add as plus, cmp, div, mul, roundHalfUp, shift, sub } from '../decimal.js';
import { halfStep } from '../quantity/index.js';
import { decimalsOf, scaleExp, shownIn, written } from './compare.js';
import { add, type Ctx } from './context.js';
import { digitsOf, keystrokes, significant, SLIP_LIMITS } from './digitSlips.js';
import type { Figure } from './figures.js';
import type { Unnamed } from './shareTotals.js';
import type { Decimal } from '../types.js';

type Span = [Decimal, Decimal];

/** The totals a part and its share allow, over every rounding (a share may also be cut: p ≤ true < p + step). */
function spanOf(part: Decimal, partHalf: Decimal, share: Decimal, shareStep: Decimal): Span | null {
  const lo = sub(share, div(shareStep, 2));
  if (cmp(lo, '0') <= 0) return null;
  return [div(mul(sub(part, partHalf), 100), plus(share, shareStep)), div(mul(plus(part, partHalf), 100), lo)];
}

const meet = (a: Span, b: Span): Span | null => {
  const lo = cmp(a[0], b[0]) > 0 ? a[0] : b[0];
  const hi = cmp(a[1], b[1]) < 0 ? a[1] : b[1];
  return cmp(lo, hi) <= 0 ? [lo, hi] : null;
};

/** A figure's written digits read with one keystroke, as values in its base units. */
function variants(f: Figure): { value: Decimal; to: string }[] {
  const from = digitsOf(f);
  if (!from || significant(from) < SLIP_LIMITS.digits) return [];
  return keystrokes(from).map(({ to }) => ({ value: shift(to, scaleExp(f.q)), to }));
}

const precise = (f: Figure): boolean => significant(digitsOf(f) ?? '') >= SLIP_LIMITS.digits;

export function impliedTotals(ctx: Ctx, unnamed: Unnamed[]): void {
  const byName = new Map<string, Unnamed[]>();
  for (const u of unnamed) byName.get(u.name)?.push(u) ?? byName.set(u.name, [u]);
  for (const [name, us] of byName) {
    if (us.length < 3 || new Set(us.map((u) => u.num.id)).size < us.length) continue;
    const unit = us[0]!.num.q.unit;
    if (us.some((u) => u.num.q.qualifier !== 'exact' || u.s.q.qualifier !== 'exact' || u.num.q.unit !== unit || u.num.q.kind === 'percent')) continue;
    const spans = us.map((u) => spanOf(u.num.q.value, halfStep(u.num.q), u.s.q.value, u.s.q.precision));
    if (spans.some((s) => !s)) continue;
    const all = spans as Span[];
    // the one share the others agree without: exactly one, and it agrees with none of them
    const odd: { i: number; rest: Span }[] = [];
    for (let i = 0; i < all.length; i++) {
      const rest = all.filter((_, k) => k !== i).reduce<Span | null>((m, s) => (m ? meet(m, s) : null), all[i === 0 ? 1 : 0]!);
      if (rest && !meet(rest, all[i]!)) odd.push({ i, rest });
    }
    if (odd.length !== 1) continue;
    const { i, rest } = odd[0]!;
    const u = us[i]!;
    // a share of two digits allows a wide span, where some keystroke in its part lands too easily: the odd share,
    // and one of the others at least, are written with three digits
    if (!precise(u.s) || !us.some((x, k) => k !== i && precise(x.s))) continue;
    const fixes = [
      ...variants(u.s)
        .filter((v) => {
          const s = spanOf(u.num.q.value, halfStep(u.num.q), v.value, u.s.q.precision);
          return s && meet(s, rest);
        })
        .map((v) => ({ f: u.s, to: v.to })),
      ...variants(u.num)
        .filter((v) => {
          const s = spanOf(v.value, halfStep(u.num.q), u.s.q.value, u.s.q.precision);
          return s && meet(s, rest);
        })
        .map((v) => ({ f: u.num, to: v.to })),
    ];
    if (!fixes.length) continue;
    const whole = roundHalfUp(div(plus(rest[0], rest[1]), 2), decimalsOf(u.num.q.precision));
    const others = us.filter((_, k) => k !== i);
    const slip = fixes
      .slice(0, SLIP_LIMITS.candidatesShown)
      .map((x) => `“${written(x.f.q)}”若为 ${x.to}`)
      .join('，或');
    add(ctx, {
      kind: 'share',
      verdict: 'error',
      stated: u.s,
      computed: mul(div(u.num.q.value, whole), 100),
      parts: [u.num],
      reason: `同段另${others.length}项占“${name}”的比重推得其数额一致（约 ${shownIn(u.num.q, whole)}），本项与之不符；${slip}，即与之一致，疑为笔误`,
      reasonEn: `${others.length} other shares of the ${name} imply one amount of it (about ${shownIn(u.num.q, whole)}); this one does not fit, and one keystroke (${fixes
        .slice(0, SLIP_LIMITS.candidatesShown)
        .map((x) => `${written(x.f.q)} read as ${x.to}`)
        .join(', or ')}) makes it fit`,
    });
  }
}
