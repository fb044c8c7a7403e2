// "A、B、C分别占X的p、q、r" with no amounts: the names are parts of one lexicon partition (disjoint by
// construction), so their shares of one total add up to 100% when the list is complete and can
// never exceed it otherwise. Names outside the lexicon may overlap (中小企业 and 小微企业): nothing.
import { abs, add as plus, cmp, sub, sum } from '../decimal.js';
import { halfStep } from '../quantity/index.js';
import { add, type Ctx } from './context.js';
import { cleanLabel, conceptOf, type Figure } from './figures.js';
import { isComplete, partitionsOf } from './lexicon.js';

const NAMES_SHARE = /(?:^|[，；。：])([^，；。：]{2,80}?)分别占(?:了|到)?([^，；。]{1,24}?)(?:的)?(?:比重|比例)?(?:为|达到?|约)?$/;

export function namedShareList(ctx: Ctx, run: Figure[]): boolean {
  const first = run[0]!;
  const p = ctx.paras[first.para]!;
  const m = NAMES_SHARE.exec(p.text.slice(p.sentenceStarts[first.sentence]!, first.start).replace(/\s/g, ''));
  if (!m || run.length < 2 || run.some((f) => f.q.unit !== '%' || f.q.qualifier !== 'exact')) return false;
  const names = m[1]!.split(/、|和|及/).map((x) => cleanLabel(x));
  if (names.length !== run.length) return false;
  const concepts = names.map((n) => conceptOf(n));
  if (concepts.some((c) => !c) || new Set(concepts).size !== concepts.length) return false;
  const listed = new Set(concepts as string[]);
  const part = partitionsOf(concepts[0]!).find((x) => [...listed].every((c) => x.parts.includes(c)));
  if (!part) return false;
  const complete = isComplete(part, listed);
  const total = sum(run.map((f) => f.q.value));
  // each share may be rounded by half its step, or cut / nudged by one unit of its last digit
  const room = sum(run.map((f) => plus(halfStep(f.q), f.q.precision)));
  const gap = sub(total, '100');
  const verdict = complete ? (cmp(abs(gap), '0') === 0 ? 'ok' : cmp(abs(gap), room) <= 0 ? 'rounding' : 'error') : cmp(gap, room) > 0 ? 'error' : 'ok';
  add(ctx, {
    kind: 'shareSum',
    verdict,
    stated: run[run.length - 1]!,
    statedValue: '100',
    computed: total,
    parts: run,
    reason: complete
      ? `${names.join('、')}为完整分类（${part.rule}），分别所占之和应为100%`
      : `${names.join('、')}是${cleanLabel(m[2]!)}中互不重叠的部分（${part.rule}），所占之和不能超过100%`,
    reasonEn: complete
      ? `the names form a complete classification (${part.rule}): their shares add up to 100%`
      : `the names are disjoint parts of one classification (${part.rule}): their shares cannot add up to more than 100%`,
  });
  return true;
}
