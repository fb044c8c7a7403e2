// Which earlier figure a name refers to: the denominator of 占X的, the total a later breakdown
// splits. Named with the very words of a figure, by the concept of the lexicon it names, or by the
// end of a longer label stated shortly before; a source that opens a label (地方…收入) aside.
import { earlierOfConcept, type Ctx } from './context.js';
import { cleanLabel, compatible, conceptOf, stageOf, type Figure } from './figures.js';
import { headConcept, SOURCE } from './groups.js';
import { isListPart } from './shareWholes.js';

export const GENERIC = /^(?:总数|总额|总量|全部|总体|比例|比重|比)?$/;

const SCOPE_WORDS = /一般公共预算|政府性基金|国有资本经营|社会保险基金|财政拨款/g;
// 公共财政预算 is the name 一般公共预算 had before 2014
const scopeOfLabel = (label: string): string => [...new Set(label.replace(/(?<!一般)公共财政预算/g, '一般公共预算').match(SCOPE_WORDS) ?? [])].sort().join();
/** A figure's scope with the one its list total gives it (其中 parts inherit it). */
function scopeOf(ctx: Ctx, f: Figure): string {
  const g = ctx.partOf.get(f.id);
  return [...new Set([...f.scope, ...(g ? g.total.scope : [])])].sort().join();
}

/** The name a share's lead says it is of (，占一般公共预算收入的比重为 → 一般公共预算收入). */
const sharedName = (lead: string): string | null => {
  const m = /占(?:了|到|据)?([^，；。]{1,24}?)(?:的)?(?:比例|比重|比)?(?:为|达|约)?$/.exec(lead.replace(/[（\s]+$/, ''));
  return m ? cleanLabel(m[1]!) : null;
};

const GRAND_TOTAL = /总计(?:数|金额)?(?:为|是|达|：)?$/;

const labels = new WeakMap<Ctx, Map<string, Figure[]>>();
export function labelIndex(ctx: Ctx): Map<string, Figure[]> {
  let m = labels.get(ctx);
  if (!m) {
    m = new Map();
    for (const f of ctx.figs) if (f.label) m.get(f.label)?.push(f) ?? m.set(f.label, [f]);
    labels.set(ctx, m);
  }
  return m;
}

/** The nearest earlier figure of a concept, or one whose label is that concept after a source (地方一般公共预算收入). */
export function earlierNamed(ctx: Ctx, concept: string, beforeId: number, fits: (f: Figure) => boolean, limit = 200): Figure | undefined {
  const direct = earlierOfConcept(ctx, concept, beforeId, fits, limit);
  for (let i = beforeId - 1; i >= 0 && i >= beforeId - 50; i--) {
    const f = ctx.figs[i]!;
    if (direct && f.id <= direct.id) break;
    if (SOURCE.test(f.label) && fits(f) && headConcept(f.label) === concept) return f;
  }
  return direct;
}

/** Words of a government level that narrow a total to one of its parts (旗级…收入 of 全盟…收入). */
export const LEVEL_WORD = /本级|[省市县区旗盟州乡镇村]级|乡镇|下级|所属/;

/**
 * 旗级一般公共预算收入 found for the name 一般公共预算收入: the label states a level the name does not.
 * The nearest earlier figure of the concept without a level is the other reading (undefined: none).
 */
export function unqualified(ctx: Ctx, concept: string, found: Figure, fits: (f: Figure) => boolean, name = ''): Figure | undefined {
  if (!LEVEL_WORD.test(found.label) || LEVEL_WORD.test(name)) return undefined;
  return earlierNamed(ctx, concept, found.id, (f) => fits(f) && !LEVEL_WORD.test(f.label));
}

export function named(ctx: Ctx, s: Figure, num: Figure, name: string, before = s.id): Figure | null {
  return namedReadings(ctx, s, num, name, before)[0] ?? null;
}

/** What a name refers to: the figure found, then another reading when the found one states a level the name does not. */
export function namedReadings(ctx: Ctx, s: Figure, num: Figure, name: string, before = s.id): Figure[] {
  const f = namedFigure(ctx, s, num, name, before);
  if (!f) return [];
  const label = cleanLabel(name);
  const concept = conceptOf(label);
  const other = concept
    ? unqualified(ctx, concept, f, (x) => x.id !== num.id && x.role === 'level' && x.q.kind !== 'percent' && compatible(x, num) && !x.prior, label)
    : undefined;
  return other ? [other, f] : [f];
}

/**
 * 占全省上划收入的 after 全县…收入: a name of one whole area (全省) and a label of another (全县) are two
 * totals; a label that names no area may be the document's own (全市 left unsaid).
 */
export function sameArea(label: string, name: string): boolean {
  const area = (x: string) => /全(?:国|省|市|县|区|州)/.exec(x)?.[0];
  const [a, b] = [area(label), area(cleanLabel(name))];
  return !a || !b || a === b;
}

/** 基本支出中医疗业务支出: a label saying it is within a total of the lexicon (A中B) is a part of A, not what another name refers to. */
function partWithin(label: string, name: string): boolean {
  const m = /^(.+?(?:支出|收入|经费|资金|拨款))中(?!央)(.{2,})$/.exec(label);
  return !!m && label !== name && !!conceptOf(m[1]!);
}

/** 税收返还和转移支付 ending with 转移支付: the name is one of the things joined, not a short name of them all. */
const conjunct = (label: string, name: string): boolean => /(?:和|及|与|、)$/.test(label.slice(0, label.length - name.length).replace(/的$/, ''));

function namedFigure(ctx: Ctx, s: Figure, num: Figure, name: string, before = s.id): Figure | null {
  const label = cleanLabel(name);
  if (GENERIC.test(label)) return null;
  const concept = conceptOf(label);
  const fits = (f: Figure) => f.id !== num.id && f.role === 'level' && f.q.kind !== 'percent' && compatible(f, num) && !f.prior && sameArea(f.label, label);
  // a part of a list of this very concept is not its total (服务采购规模 under 采购规模)
  // 占总支出的: a whole the name calls 总 / 全部 is no part of any list (卫生支出 under 项目支出 is not 总支出)
  const whole = /^(?:总|全部)|总(?:额|量|数|计)$|合计$/.test(label);
  const notPart = (f: Figure) => !partWithin(f.label, label) && (whole ? !isListPart(ctx, f) : ctx.partOf.get(f.id)?.total.concept !== concept);
  // 占本年支出的: a 收入总计 / 支出总计 holds the carry-overs too (决算: 支出总计 = 本年支出合计 + 年末结转和结余)
  const thisYear = (f: Figure) => !label.startsWith('本年') || !GRAND_TOTAL.test(f.lead.replace(/\s/g, ''));
  // 上划中央收入a，占收入的p%；上划省级收入b，占收入的q%: a figure with its own share of the name is a part of it
  const sharesIt = (f: Figure) => {
    const nx = ctx.figs[f.id + 1];
    return !!nx && nx.role === 'share' && nx.para === f.para && nx.sentence === f.sentence && sharedName(nx.lead) === label;
  };
  if (concept) {
    const ok = (f: Figure) => fits(f) && notPart(f) && thisYear(f) && !sharesIt(f) && scopeOf(ctx, f) === scopeOfLabel(label);
    // 占全国采购规模: the figure named with these very words before one of the concept (地方…采购规模)
    const found = earlierNamed(ctx, concept, before, (f) => ok(f) && f.label.includes(label)) ?? earlierNamed(ctx, concept, before, ok) ?? null;
    // 支出总计T，其中一般预算支出B。…占一般预算支出的p: a part labelled with the very name, nearer than the
    // figure found, is what the name refers to (the rule above keeps 服务采购规模 from standing for 采购规模)
    const exact = earlierNamed(
      ctx,
      concept,
      before,
      (f) => fits(f) && f.label === label && thisYear(f) && !sharesIt(f) && scopeOf(ctx, f) === scopeOfLabel(label),
    );
    return exact && (!found || exact.id > found.id) ? exact : found;
  }
  const xs = labelIndex(ctx).get(label) ?? [];
  for (let i = xs.length - 1; i >= 0; i--) if (xs[i]!.id < before && fits(xs[i]!)) return xs[i]!;
  // 占授予中小微企业总采购额的: the end of a longer label stated shortly before (…合同授予中小微企业的总采购额)
  for (let id = before - 1, seen = 0; id >= 0 && seen < 60; id--, seen++) {
    const f = ctx.figs[id]!;
    if (fits(f) && (shortFor(f.label, label) || sameName(f.label, label))) return f;
  }
  return null;
}

/** 年计划投资 names (…)年度计划投资 and 当年计划投资: the same noun with the year said another way. */
function sameName(label: string, name: string): boolean {
  const norm = (x: string) => x.replace(/的/g, '').replace(/(?:当|全|本)?年度?/g, '年');
  return name.length >= 4 && norm(label).endsWith(norm(name)) && !conjunct(norm(label), norm(name));
}

/** A name that is the end of a longer label, 的 aside (授予中小微企业总采购额 for 合同授予中小微企业的总采购额). */
export function shortFor(label: string, name: string): boolean {
  // …授予中小微企业合同 (金额为 is read as the verb) for 授予中小微企业合同金额; 全市…总收入完成 (the verb kept in the label)
  const bare = (x: string) =>
    x
      .replace(/的/g, '')
      .replace(/(?:累计)?(?:完成|实现|达到)$/, '')
      .replace(/(?:金额|数额|总额|总量)$/, '');
  const [a, b] = [bare(label), bare(name)];
  return b.length >= 4 && a.length > b.length && a.endsWith(b) && !conjunct(a, b);
}

/**
 * 教育支出80元，占支出总预算的80%。…… 支出总预算100元。: a total named word for word only after the
 * share. Every later figure of that very name must state one value; the first is the denominator.
 */
export function laterNamed(ctx: Ctx, num: Figure, name: string, after: number): Figure | null {
  const label = cleanLabel(name);
  if (GENERIC.test(label) || label.length < 3) return null;
  const fits = (f: Figure) => f.id > after && f.id !== num.id && f.role === 'level' && f.q.kind !== 'percent' && compatible(f, num) && !f.prior;
  let xs = (labelIndex(ctx).get(label) ?? []).filter(fits);
  // 占基本支出预算p% before "…一般公共预算基本支出B": the concept the name gives, the stage not contradicting it,
  // within the next paragraphs (a part's share before the whole it belongs to)
  const concept = xs.length ? null : conceptOf(label);
  if (concept) {
    const stage = stageOf(label);
    xs = (ctx.byConcept.get(concept) ?? []).filter((f) => fits(f) && f.para <= num.para + 24 && f.depth === 0 && (!stage || !f.stage || f.stage === stage));
  }
  if (!xs.length || xs.some((f) => f.q.value !== xs[0]!.q.value)) return null;
  return xs[0]!;
}
