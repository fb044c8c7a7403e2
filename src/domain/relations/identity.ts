// The carry-over identity stated in prose (年初结转和结余 + 本年收入 − 本年支出 = 年末结转和结余)
// and one quantity stated twice (the same 基本支出 in two sections; a narrower scope never larger).
import { add as plus, cmp, sub, sum } from '../decimal.js';
import { halfStepSum, judge } from './compare.js';
import { conceptOf } from './concepts.js';
import { add, type Ctx } from './context.js';
import { cleanLabel, type Figure, type Stage } from './figures.js';
import { SELF_NAME } from './selfName.js';
import { clauseAfter } from './text.js';

const MENTION_WORDS = new RegExp(
  `一般公共预算|政府性基金(?:预算)?|国有资本经营(?:预算)?|社会保险基金(?:预算)?|财政拨款|(?:19|20)\\d\\d年度?|本年度?|全年|年度|${SELF_NAME}|部门|单位`,
  'g',
);

export function findCarryOver(ctx: Ctx): void {
  ctx.byPara.forEach((fs) => {
    const top = fs.filter((f) => f.role === 'level' && f.q.kind === 'money' && !f.prior && f.depth === 0 && !ctx.partOf.has(f.id));
    // one of each in the paragraph, in any order (本年收入…，加上年初结转和结余…，扣除本年支出…后，年末…)
    // several in the paragraph (a 三公 实际支出 sentences later): the one of the opening's sentence, if it is alone there
    const one = (c: string, near?: Figure) => {
      const xs = top.filter((f) => f.concept === c);
      if (xs.length === 1) return xs[0];
      const here = near ? xs.filter((f) => f.sentence === near.sentence) : [];
      return here.length === 1 ? here[0] : undefined;
    };
    const o0 = one('opening');
    for (const o of o0 ? [o0] : []) {
      // 年初财政拨款结转和结余…本年财政拨款收入…: the income of a 财政拨款 identity is named by its budget type
      const i = one('income', o) ?? (/财政拨款/.test(o.label) ? one('appropriation', o) : undefined);
      const e = one('expenditure', o);
      const c = one('closing', o);
      if (!i || !e || !c || c.id < Math.max(o.id, i.id, e.id) - 3) continue;
      const same = [i, e, c].every((f) => f.scope.every((x) => o.scope.includes(x)) && f.para === o.para);
      if (!same) continue;
      const computed = sub(plus(o.q.value, i.q.value), e.q.value);
      const verdict = judge(c.q, computed, halfStepSum([o.q, i.q, e.q]));
      add(ctx, {
        kind: 'carryOver',
        verdict,
        stated: c,
        computed,
        parts: [o, i, e],
        reason: '年初结转和结余 + 本年收入 − 本年支出 = 年末结转和结余',
        reasonEn: 'opening balance + income − expenditure = closing balance',
      });
    }
  });
}

const TRACKED = new Set([
  'expenditure',
  'basic',
  'project',
  'personnel',
  'publicUse',
  'income',
  'appropriation',
  'threePublic',
  'abroad',
  'reception',
  'vehicle',
  'vehiclePurchase',
  'vehicleOperation',
  'wages',
  'goodsServices',
  'households',
  'capital',
]);

const ECON = new Set(['wages', 'goodsServices', 'households', 'capital']);

interface Mention {
  f: Figure;
  /** The list it is a part of, where that narrows it (商品和服务支出 of 基本支出 vs of 项目支出). */
  parent: string;
  /** Stage read from the label or its list's total, not the document's default. */
  explicit: boolean;
  scope: string[];
  stage: Stage;
  year: string | null;
  /** 收入总计 / 支出总计: the grand total holds the carry-overs, another quantity than 收入合计 / 本年收入. */
  grand: boolean;
}

function mentionOf(ctx: Ctx, f: Figure): Mention | null {
  if (f.role !== 'level' || f.q.kind !== 'money' || f.prior || !f.concept || !TRACKED.has(f.concept) || f.q.qualifier !== 'exact') return null;
  // the label must be the concept and words we understand, nothing else (XX项目支出 is one project's)
  const residue = f.label.replace(MENTION_WORDS, '').replace(/年初预算|调整后预算|全年预算|预算数?|决算数?|执行数?|实际/g, '');
  if (
    !/^(?:[“"]?三公[”"]?经费|因公出国（?境）?费|公务接待费|公务用车购置及运行维护费|公务用车购置费|公务用车运行维护费|购置费|运行维护费|(?:总)?支出(?:合计|总额)?|基本支出|项目支出|人员经费|公用经费|(?:总)?收入(?:合计|总额)?|财政拨款收入|工资福利支出|商品和服务支出|对个人和家庭的补助(?:支出)?|资本性支出)$/.test(
      residue,
    )
  )
    return null;
  // 卫生健康（类）公立医院（款）综合医院（项）：支出决算为80万元 — the item is named before the colon
  const colon = f.lead.lastIndexOf('：');
  if (colon >= 0 && /^(?:总)?(?:支出|收入)$/.test(residue)) {
    const item = cleanLabel(clauseAfter(f.lead.slice(0, colon), '，；。'));
    // (a heading before the colon, 支出情况：, names no item)
    if (item && !/^(?:本年|全年|年度)?(?:总)?(?:支出|收入)(?:合计|总额|总计)?(?:决算|预算)?$|(?:情况|说明|概况)$/.test(item)) return null;
  }
  // 出国费预算为0万元，支出决算为0万元: a bare 支出决算 after an item named in its sentence is that item's
  if (/^(?:总)?(?:支出|收入)$/.test(residue) && !/总|合计|本年|全年/.test(f.label)) {
    const before = (ctx.bySentence[f.para]?.[f.sentence] ?? []).filter((x) => x.end <= f.start);
    if (before.some((x) => x.role === 'level' && x.concept && !['expenditure', 'income'].includes(x.concept))) return null;
  }
  const g = ctx.partOf.get(f.id);
  const scope = [...new Set([...f.scope, ...(g ? g.total.scope : [])])].sort();
  const staged = f.stage ?? (g ? g.total.stage : null) ?? ctx.defaultStage;
  if (!staged && !(f.year ?? (g ? g.total.year : null))) return null;
  const stage = staged ?? 'actual';
  const parent = g && g.total.concept && !['expenditure', 'income'].includes(g.total.concept) ? g.total.concept : '';
  // 商品和服务支出 belongs to 基本支出 or to 项目支出: without its list it is not one quantity
  if (!parent && (ECON.has(f.concept) || (!g && /其中/.test(f.lead)))) return null;
  const year = f.year ?? (g ? g.total.year : null);
  // stated with its stage, or with its year (2023年项目支出… in two sections of one report)
  const grand = /总计/.test(f.label) || /总计(?:数|金额)?(?:为|是|达|：)?$/.test(f.lead.replace(/\s/g, ''));
  return { f, parent, explicit: !!(f.stage ?? (g ? g.total.stage : null)) || !!year, scope, stage, year, grand };
}

const subsetOf = (a: string[], b: string[]) => a.every((x) => b.includes(x));

/**
 * 甲费2023年度财政拨款决算 and 乙费2023年度财政拨款决算: one concept is read from the words they share, but
 * the words before those name two different known items: two quantities, not one stated twice.
 */
function otherItems(a: string, b: string): boolean {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  const next = a.slice(a.length - n, a.length - n + 1);
  const item = (p: string) => (p ? (conceptOf(p) ?? conceptOf(p + next)) : null);
  const x = item(a.slice(0, a.length - n));
  const y = item(b.slice(0, b.length - n));
  return !!x && !!y && x !== y;
}

/** The budget type of the sentence a figure without one stands in: that of the sentence's first figure of the same flow. */
function openingScope(ctx: Ctx, f: Figure): string[] {
  if (f.scope.length) return f.scope;
  const first = (ctx.bySentence[f.para]?.[f.sentence] ?? []).find((x) => x.q.kind === 'money' && x.role === 'level');
  if (!first || first === f || !first.scope.length) return [];
  const flow = (x: Figure) => (/收入/.test(x.label) ? 1 : 0) - (/支出/.test(x.label) ? 1 : 0);
  return flow(first) === flow(f) || flow(f) === 0 ? first.scope : [];
}

/** Totals whose listed parts add up to them exactly. */
function corroboratedTotals(ctx: Ctx): Set<number> {
  return new Set(ctx.groups.filter((g) => g.parts.length > 1 && cmp(sum(g.parts.map((p) => p.q.value)), g.total.q.value) === 0).map((g) => g.total.id));
}

/** Mentions compared with a new one: those of its concept, the latest few (bounded work). */
const SAME_WINDOW = 100;

export function findSameFigure(ctx: Ctx): void {
  const seenBy = new Map<string, Mention[]>();
  const sure = corroboratedTotals(ctx);
  const corroborated = (_: Ctx, f: Figure) => sure.has(f.id);
  for (const f of ctx.figs) {
    const m = mentionOf(ctx, f);
    if (!m) continue;
    const seen = seenBy.get(m.f.concept!) ?? [];
    if (!seenBy.has(m.f.concept!)) seenBy.set(m.f.concept!, seen);
    for (let k = Math.max(0, seen.length - SAME_WINDOW); k < seen.length; k++) {
      const e = seen[k]!;
      if (e.f.concept !== m.f.concept || e.parent !== m.parent || e.stage !== m.stage || (e.year && m.year && e.year !== m.year) || e.f.para === m.f.para)
        continue;
      const sameScope = e.scope.join() === m.scope.join();
      if (sameScope) {
        if (e.grand !== m.grand) continue;
        // equal labels in two places may be two scopes a heading set apart: only with stated stages
        if (!e.explicit || !m.explicit || otherItems(e.f.label, m.f.label)) continue;
        const verdict = judge(m.f.q, e.f.q.value, halfStepSum([e.f.q]));
        if (verdict === 'ok') continue;
        // the mention its own parts add up to is the one to trust; the other is reported
        const [wrong, right] = corroborated(ctx, m.f) && !corroborated(ctx, e.f) ? [e.f, m.f] : [m.f, e.f];
        add(ctx, {
          kind: 'same',
          verdict,
          stated: wrong,
          computed: right.q.value,
          parts: [right],
          reason: `同一口径的“${wrong.label}”在第 ${right.line + 1} 行写为 ${right.q.text}`,
          reasonEn: `the same “${wrong.label}” is stated as ${right.q.text} on line ${right.line + 1}`,
        });
        break;
      }
      // a narrower scope (一般公共预算基本支出) cannot exceed the broader one (基本支出)
      const [narrow, broad] = subsetOf(e.scope, m.scope) ? [m, e] : subsetOf(m.scope, e.scope) ? [e, m] : [null, null];
      if (!narrow || !broad || (narrow.grand && !broad.grand)) continue;
      // 政府性基金支出a，调出资金b，支出合计c: a bare 合计 of a block is that block's budget type, no broader one
      const opened = openingScope(ctx, broad.f);
      if (opened.length && !subsetOf(opened, narrow.scope)) continue;
      if (cmp(narrow.f.q.value, plus(broad.f.q.value, halfStepSum([narrow.f.q, broad.f.q]))) <= 0) continue;
      add(ctx, {
        kind: 'same',
        verdict: 'error',
        stated: narrow.f,
        computed: broad.f.q.value,
        parts: [broad.f],
        reason: `“${narrow.f.label}”是“${broad.f.label || broad.f.concept}”的一部分，不能大于第 ${broad.f.line + 1} 行的 ${broad.f.q.text}`,
        reasonEn: `“${narrow.f.label}” is part of “${broad.f.label}” and cannot exceed ${broad.f.q.text} (line ${broad.f.line + 1})`,
      });
      break;
    }
    seen.push(m);
  }
}
