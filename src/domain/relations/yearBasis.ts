// A change against a year the text names: "2012年X支出A，2013年X预算B，与2012年支出相比，压减C" — the
// figure of that year (and of the stage named, 支出/预算) stated before is the basis: B − A = ∓C.
import { add as plus, sub } from '../decimal.js';
import { halfStep } from '../quantity/index.js';
import { addChange, inSentence, type Ctx } from './context.js';
import { subjectOf } from './changes.js';
import { cleanLabel, compatible, type Figure } from './figures.js';

const NAMED_YEAR = /(?:比|较|与|同)((?:19|20)\d\d)年度?([^，；。\d]{0,12}?)(?:相比|相较)?[，]?(?:压减|压缩|缩减|削减|增加|减少|增长|下降|节约|超支)了?$/;

function stageFits(f: Figure, named: string): boolean {
  if (/支出|决算|实际|执行/.test(named)) return f.stage !== 'budget' && f.stage !== 'adjusted';
  if (/预算/.test(named)) return f.stage === 'budget' || f.stage === 'adjusted';
  return true;
}

const elliptic = (x: Figure): boolean =>
  !cleanLabel(x.label)
    .replace(/^(?:(?:19|20)\d\d年度?)/, '')
    .replace(/财政拨款|一般公共预算|政府性基金预算?/g, '')
    .replace(/^(?:年初|全年|调整后)?(?:预算|决算|执行|支出)(?:数|金额)?$/, '');

/** The one figure of the named year before the level, in its sentence or up to two sentences back. */
function basisOf(ctx: Ctx, x: Figure, year: string, named: string): Figure | null {
  const found: Figure[] = [];
  for (let s = Math.max(0, x.sentence - 2); s <= x.sentence; s++)
    for (const f of inSentence(ctx, x.para, s)) {
      if (f.end > x.start || f.role !== 'level' || f.year !== year || f.depth !== x.depth || !compatible(f, x)) continue;
      const same = !!f.concept && f.concept === x.concept;
      // 2010年出国费支出A，2011年财政拨款预算B: a label of only a scope and a stage goes on with the figure right before
      if (!(same || (elliptic(x) && f.id === x.id - 1)) || !stageFits(f, named)) continue;
      found.push(f);
    }
  return found.length === 1 && found[0]!.q.qualifier === 'exact' ? found[0]! : null;
}

export function findYearBasis(ctx: Ctx): void {
  for (const c of ctx.figs) {
    if (c.role !== 'change' || c.sign === 0 || c.q.kind !== 'money' || c.q.qualifier !== 'exact') continue;
    const m = NAMED_YEAR.exec(c.lead.replace(/\s/g, ''));
    if (!m) continue;
    const x = subjectOf(ctx, c);
    if (!x || x.q.kind !== 'money' || x.q.qualifier !== 'exact' || x.year === m[1] || !compatible(x, c)) continue;
    // a base stated between the level and its change is read by findChanges
    if (inSentence(ctx, c.para, c.sentence).some((f) => f.start > x.end && f.end <= c.start && (f.role === 'base' || f.prior))) continue;
    const b = basisOf(ctx, x, m[1]!, m[2]!);
    if (!b) continue;
    addChange(ctx, c, sub(x.q.value, b.q.value), plus(halfStep(x.q), halfStep(b.q)), {
      parts: [x, b],
      reason: `与${m[1]}年${m[2]}相比${c.sign > 0 ? '增加' : '减少'}：${x.q.text} − ${b.q.text}（${m[1]}年数在前文写明）`,
      reasonEn: `change against the year named: the figure less that year's, stated before`,
    });
  }
}
