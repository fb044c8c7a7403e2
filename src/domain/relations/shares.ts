// 占X%: a part ÷ the total it names (占本年支出的80%), or the total of its 其中 list, or the
// figure written inside the sentence (A占B的X%). Shares of a complete list add up to 100%.
import { ADJUSTED_NAME, adjustedBudgetBefore } from './adjustedBudget.js';
import { add as plus, cmp, sum } from '../decimal.js';
import { halfStep } from '../quantity/index.js';
import { judge, judgeRange, ratio } from './compare.js';
import { add, inSentence, type Ctx } from './context.js';
import { cleanLabel, compatible, conceptOf, visibleFrom, type Figure } from './figures.js';
import { subjectOf } from './changes.js';
import { GENERIC, labelIndex, laterNamed, named, namedReadings, sameArea, shortFor } from './denominators.js';
import { namedShareList } from './shareLists.js';
import { shareBounds, shareSums, type Unnamed } from './shareTotals.js';
import { restatedPart, smallerWhole } from './shareWholes.js';
import { impliedTotals } from './impliedTotals.js';
import { laterTotal } from './laterTotals.js';
import { confirmWholes, type NamedShare } from './confirmedWholes.js';
import { cellsOf, denominatorFromTable } from './tableText.js';
import { negatedIn } from './negatedNames.js';
import { siblingShares } from './siblingShares.js';

const NAMED = /占(?:了|到|据)?([^，；。]{1,24}?)(?:的)?(?:比例|比重|比)?(?:为|达|约)?$/;

function numeratorOf(ctx: Ctx, s: Figure): Figure | null {
  const before = inSentence(ctx, s.para, s.sentence).filter((f) => f.end <= s.start && visibleFrom(f, s.parens.length ? s.parens : []));
  for (let i = before.length - 1; i >= 0; i--) {
    const f = before[i]!;
    if (f.q.kind === 'percent') continue;
    // 完成a，增加b，占总数的x%: the share is of the level, not of its change
    if (f.role === 'change' && before.slice(0, i).some((x) => x.role === 'level' && x.q.kind !== 'percent')) continue;
    if (f.role === 'level' || f.role === 'change') return f;
  }
  // （占80%） right after its figure: the figure just outside the parenthesis
  if (s.parens.length) {
    const outside = inSentence(ctx, s.para, s.sentence).filter((f) => f.end <= s.parens[0]! && f.q.kind !== 'percent');
    return outside[outside.length - 1] ?? null;
  }
  return null;
}

/**
 * A、B、C分别为a、b、c，占X的比重分别为p、q、r: n shares after n parts of one list, in order;
 * each is its part over the list's total. Counts that do not match pair nothing.
 */
function pairedShares(ctx: Ctx, first: Figure): void {
  const fs = inSentence(ctx, first.para, first.sentence);
  const text = ctx.paras[first.para]!.text;
  const i = fs.indexOf(first);
  const run = [first];
  for (let k = i + 1; k < fs.length && fs[k]!.q.kind === 'percent' && /^[、和及与]$/.test(text.slice(fs[k - 1]!.end, fs[k]!.start).trim()); k++)
    run.push(fs[k]!);
  if (namedShareList(ctx, run)) return;
  if (!/分别(?:为|是|占|达到?)?$/.test(first.lead.trim())) {
    listedShares(ctx, fs, i, run);
    return;
  }
  const parts = fs.slice(Math.max(0, i - run.length), i);
  const g = parts.length ? ctx.partOf.get(parts[0]!.id) : undefined;
  if (!g || g.mode !== 'level' || parts.length !== run.length || g.parts.length !== run.length || parts.some((x, k) => g.parts[k] !== x)) {
    listedShares(ctx, fs, i, run);
    return;
  }
  const m = NAMED.exec(first.lead.replace(/分别(?:为|是|达到?)?$/, '').trim());
  const name = m ? cleanLabel(m[1]!) : '';
  if (name && !GENERIC.test(name) && conceptOf(name) !== g.total.concept) return;
  run.forEach((s, k) => pairShare(ctx, s, parts[k]!, g.total, k, `“分别”：第 ${k + 1} 个占比对应第 ${k + 1} 个分项，分母为其总数`));
}

function pairShare(ctx: Ctx, s: Figure, num: Figure, den: Figure, k: number, reason: string): void {
  const r = compatible(num, den) ? ratio(num.q, den.q) : null;
  if (!r) return;
  const verdict = num.q.qualifier !== 'exact' || den.q.qualifier !== 'exact' ? 'unsure' : judgeRange(s.q, s.q.value, r.exact, r.lo, r.hi);
  add(ctx, {
    kind: 'share',
    verdict,
    stated: s,
    computed: r.exact,
    parts: [num, den],
    reason,
    reasonEn: `“respectively”: share ${k + 1} is amount ${k + 1} over the named total`,
  });
}

/**
 * A、B分别为a和b，占T的p和q: n amounts listed after “分别为”, then n shares of one named total, in
 * order. Only when the counts match exactly and the total is a figure stated before.
 */
function listedShares(ctx: Ctx, fs: Figure[], i: number, run: Figure[]): void {
  const first = run[0]!;
  const text = ctx.paras[first.para]!.text;
  const m = NAMED.exec(first.lead.replace(/[（\s]+$/, ''));
  if (!m || GENERIC.test(cleanLabel(m[1]!))) return;
  const parts: Figure[] = [];
  for (let k = i - 1; k >= 0; k--) {
    const f = fs[k]!;
    if (f.q.kind === 'percent' || f.role !== 'level') break;
    parts.unshift(f);
    if (/分别(?:为|是|达到?)$/.test(f.lead.trim())) break;
    if (k === 0 || !/^[、，,和及与]$/.test(text.slice(fs[k - 1]!.end, f.start).trim())) return;
  }
  if (parts.length !== run.length || parts.length < 2 || !/分别(?:为|是|达到?)$/.test(parts[0]!.lead.trim())) return;
  if (/[；;]/.test(text.slice(parts[parts.length - 1]!.end, first.start))) return;
  if (parts.some((p) => p.q.qualifier !== 'exact' || !compatible(p, parts[0]!))) return;
  // the total named word for word wins; otherwise the nearest of its concept, if the parts fit in it
  const name = cleanLabel(m[1]!);
  const same = (labelIndex(ctx).get(name) ?? []).filter((f) => f.id < parts[0]!.id && f.role === 'level' && !f.prior && compatible(f, parts[0]!));
  let den = same[same.length - 1] ?? ending(ctx, name, parts[0]!);
  if (!den) {
    den = named(ctx, first, parts[0]!, m[1]!, parts[0]!.id);
    if (
      !den ||
      (judge(den.q, sum(parts.map((p) => p.q.value)), sum(parts.map((p) => halfStep(p.q)))) !== 'ok' && cmp(sum(parts.map((p) => p.q.value)), den.q.value) > 0)
    )
      return;
  }
  run.forEach((s, k) => pairShare(ctx, s, parts[k]!, den, k, `“分别”：第 ${k + 1} 个占比对应第 ${k + 1} 个数额，分母为前文的${cleanLabel(m[1]!)}`));
}

/**
 * 占全国政府采购规模的p after "全年全国政府采购规模为T": a label the name ends (year and 的 aside), among the
 * 60 figures before; several such figures must state one value.
 */
function ending(ctx: Ctx, name: string, first: Figure): Figure | null {
  const norm = (x: string) => x.replace(/的/g, '');
  if (name.length < 6) return null;
  const hits: Figure[] = [];
  for (let id = first.id - 1; id >= 0 && id >= first.id - 60; id--) {
    const f = ctx.figs[id]!;
    if (f.role === 'level' && !f.prior && f.q.qualifier === 'exact' && compatible(f, first) && norm(f.label).endsWith(norm(name))) hits.push(f);
  }
  return hits.length && hits.every((f) => cmp(f.q.value, hits[0]!.q.value) === 0) ? hits[0]! : null;
}

/** Of several readings of a share's denominator, the first the share holds against (else the first). */
function holding(s: Figure, num: Figure, dens: Figure[]): Figure | null {
  if (dens.length < 2) return dens[0] ?? null;
  const holds = (d: Figure) => {
    const r = compatible(num, d) ? ratio(num.q, d.q) : null;
    return !!r && judgeRange(s.q, s.q.value, r.exact, r.lo, r.hi) !== 'error';
  };
  return dens.find(holds) ?? dens[0]!;
}

/** The numerator's label carries the share's own noun, 的, 总 and a closing 金额 aside (…授予中小企业合同 / 授予中小企业合同总金额). */
function carries(label: string, noun: string): boolean {
  const bare = (x: string) => x.replace(/[的总]/g, '').replace(/(?:金额|数额|规模)$/, '');
  // 非税收入a，税收占比p%: 非税收入 is the complement of 税收, not it
  if (negatedIn(label, noun) || negatedIn(bare(label), bare(noun))) return false;
  return label.includes(noun) || (bare(noun).length >= 2 && bare(label).includes(bare(noun)));
}

/** 税收收入a，非税收入b，税收占比p%: the one level of the sentence before the share whose label carries its noun. */
function carrier(ctx: Ctx, s: Figure): Figure | null {
  if (s.label.length < 2) return null;
  const hits = inSentence(ctx, s.para, s.sentence).filter((f) => f.end <= s.start && f.q.kind !== 'percent' && f.role === 'level' && carries(f.label, s.label));
  return hits.length === 1 ? hits[0]! : null;
}

export function findShares(ctx: Ctx): void {
  const sharesOf = new Map<number, { s: Figure; den: Figure }>(); // part id → its share and what it is of
  const unnamed: Unnamed[] = [];
  const byNameShares: NamedShare[] = [];
  for (const s of ctx.figs) {
    if (s.q.kind !== 'percent' || s.q.unit !== '%') continue;
    const prev = inSentence(ctx, s.para, s.sentence).filter((f) => f.end <= s.start);
    const last = prev[prev.length - 1];
    const next = inSentence(ctx, s.para, s.sentence).find((f) => f.start >= s.end) ?? inSentence(ctx, s.para, s.sentence + 1)[0];
    const text = ctx.paras[s.para]!.text;
    const listed = (a: Figure | undefined, b: Figure | undefined) =>
      !!a && !!b && a.q.kind === 'percent' && b.q.kind === 'percent' && /^[、和及与]$/.test(text.slice(a.end, b.start).trim());
    if (listed(last, s) || listed(s, next)) {
      if (!listed(last, s)) pairedShares(ctx, s);
      continue;
    }
    let num: Figure | null = null;
    let den: Figure | null = null;
    let why = '';
    let whyEn = '';
    let byName = false;
    let name = '';
    // A占B的X%: B is the figure right before, A the one before that
    if (last && /^的?(?:比例|比重)?(?:为|达|约)?$/.test(s.lead.trim()) && /占[^，；。]*$/.test(last.lead) && last.q.kind !== 'percent') {
      den = last;
      num = prev[prev.length - 2] ?? null;
      why = '“A占B的X%”两数均在句中';
      whyEn = '“A 占 B 的 X%”: both figures are in the sentence';
    } else if (s.role === 'share') {
      num = numeratorOf(ctx, s);
      // 税收收入a，增加c，税收占总收入的b%: a share with its own noun is of the level, not of that level's change
      if (num && num.role === 'change' && s.label) {
        const level = subjectOf(ctx, num);
        num = level && level.label.includes(s.label) ? level : null;
      }
      // 项目支出占本年支出预算的比重为37.25%: the share names its own part
      if (s.label && num && !carries(num.label, s.label) && (!num.concept || conceptOf(s.label) !== num.concept)) {
        const same = inSentence(ctx, s.para, s.sentence).find(
          (f) => f.id !== s.id && f.q.kind !== 'percent' && f.role === 'level' && (f.label === s.label || (!!f.concept && f.concept === conceptOf(s.label))),
        );
        num = same ?? carrier(ctx, s) ?? null;
      }
      if (!num) continue;
      const m = NAMED.exec(s.lead.replace(/[（\s]+$/, ''));
      if (m && !GENERIC.test(cleanLabel(m[1]!))) {
        // 基本支出X元，其中：人员经费a元，占基本支出预算b%: the total of the part's own list, when it names that one
        const own = ctx.partOf.get(num.id) ?? restatedPart(ctx, num);
        const ownTotal =
          own &&
          own.mode === 'level' &&
          sameArea(own.total.label, m[1]!) &&
          ((own.total.concept && own.total.concept === conceptOf(cleanLabel(m[1]!))) || shortFor(own.total.label, cleanLabel(m[1]!)))
            ? own.total
            : null;
        den = ownTotal ?? holding(s, num, namedReadings(ctx, s, num, m[1]!));
        byName = !ownTotal;
        name = cleanLabel(m[1]!);
        why = ownTotal ? `“占${m[1]}”指“${num.label}”所属的总数` : `“占${m[1]}”指前文的${cleanLabel(m[1]!)}`;
        whyEn = ownTotal ? `“占${m[1]}” names the total the “${num.label}” belongs to` : `“占${m[1]}” names the ${cleanLabel(m[1]!)} stated before`;
        if (!den) {
          const cells = cellsOf(ctx);
          den = cells.length ? denominatorFromTable(ctx, cells, num, m[1]!) : null;
          if (den) {
            why = `“占${m[1]}”的数额见表格第 ${den.line + 1} 行`;
            whyEn = `the amount of “${m[1]}” is in the table (line ${den.line + 1})`;
          }
        }
        if (!den && ADJUSTED_NAME.test(cleanLabel(m[1]!)) && (den = adjustedBudgetBefore(ctx, num))) {
          why = `“占${m[1]}”指前文调整后的预算数（${den.q.text}）`;
          whyEn = `“占${m[1]}” names the amount the budget was adjusted to before (${den.q.text})`;
        }
        if (!den && (den = laterNamed(ctx, num, m[1]!, s.id))) {
          why = `“占${m[1]}”指后文的${cleanLabel(m[1]!)}（第 ${den.line + 1} 行）`;
          whyEn = `“占${m[1]}” names the ${cleanLabel(m[1]!)} stated later (line ${den.line + 1})`;
        }
        if (!den) {
          unnamed.push({ s, num, name: cleanLabel(m[1]!) });
          // a part of a whole is at most all of it (a target, plan or budget can be exceeded)
          if (cmp(s.q.value, plus('100', halfStep(s.q))) > 0 && !/任务|目标|计划|预算|指标|上年|同期/.test(m[1]!)) {
            add(ctx, {
              kind: 'share',
              verdict: 'error',
              stated: s,
              computed: '100',
              parts: [num],
              reason: `“占${cleanLabel(m[1]!)}”是部分占整体，占比最多为100%`,
              reasonEn: `a part of the ${cleanLabel(m[1]!)} is at most 100% of it`,
            });
            continue;
          }
          add(ctx, {
            kind: 'share',
            verdict: 'unsure',
            stated: s,
            computed: null,
            parts: [num],
            reason: `未找到“${cleanLabel(m[1]!)}”的数额`,
            reasonEn: `the amount of “${cleanLabel(m[1]!)}” is not stated`,
          });
          continue;
        }
      } else {
        const g = ctx.partOf.get(num.id);
        if (g && g.mode === 'level') {
          den = g.total;
          why = `“${num.label}”是“${g.total.label || g.total.q.text}”的分项，占比以其为分母`;
          whyEn = `“${num.label}” is a part of “${g.total.label || g.total.q.text}”, the denominator of its share`;
        } else if (ctx.totals.has(num.id)) {
          continue; // the total itself: 占比 of what is not said
        } else if ((den = colonTotal(ctx, num))) {
          why = `“${den.label || den.q.text}”后冒号列出其各项，各项占比以其为分母`;
          whyEn = `the items listed after the colon are of “${den.label || den.q.text}”, the denominator of their shares`;
        } else if ((den = colonName(ctx, s, num))) {
          byName = true;
          why = `冒号前的“${den.label}”未写数额，指前文的${den.label}（${den.q.text}），各项占比以其为分母`;
          whyEn = `the “${den.label}” before the colon states no amount: the one stated before (${den.q.text}), the denominator of the items' shares`;
        } else if ((den = laterTotal(ctx, num))) {
          why = `占比未写分母，指其后写明的“${den.label}”（第 ${den.line + 1} 行）`;
          whyEn = `the share names no whole: the ${den.label} stated after the list (line ${den.line + 1})`;
        } else {
          add(ctx, {
            kind: 'share',
            verdict: 'unsure',
            stated: s,
            computed: null,
            parts: [num],
            reason: '占比未说明分母',
            reasonEn: 'the share does not say of what',
          });
          continue;
        }
      }
    } else continue;
    if (!num || !den || !compatible(num, den) || num.q.kind === 'percent') continue;
    const r = ratio(num.q, den.q);
    if (!r) continue;
    // a whole bound by its name (not the part's own list, not a sentence's A占B) is never smaller than the part
    const doubtful = byName && smallerWhole(s, num, den);
    const verdict = num.q.qualifier !== 'exact' || den.q.qualifier !== 'exact' || doubtful ? 'unsure' : judgeRange(s.q, s.q.value, r.exact, r.lo, r.hi);
    if (byName) byNameShares.push({ s, num, den, name, verdict, doubtful, index: ctx.relations.length, reason: why, reasonEn: whyEn });
    add(ctx, { kind: 'share', verdict, stated: s, computed: r.exact, parts: [num, den], reason: why, reasonEn: whyEn });
    sharesOf.set(num.id, { s, den });
  }
  confirmWholes(ctx, byNameShares);
  shareSums(ctx, sharesOf);
  shareBounds(ctx, unnamed);
  impliedTotals(ctx, unnamed);
  siblingShares(ctx, numeratorOf);
}

const USES = /^(.{2,30}?)(?:主要)?(?:用于|包括|分布在|投向)(?:以下|如下)(?:几个)?方面$/;

/**
 * 本部门财政拨款支出4252.73万元。⏎本部门财政拨款支出主要用于以下方面：A a，占p%: the colon follows a
 * name with no figure (its amount said in a sentence before): the items' shares are of that named figure.
 */
function colonName(ctx: Ctx, s: Figure, num: Figure): Figure | null {
  const para = ctx.paras[num.para]!;
  const start = para.sentenceStarts[num.sentence]!;
  const colon = para.text.lastIndexOf('：', num.start);
  if (colon < start || num.parens.length) return null;
  const fs = inSentence(ctx, num.para, num.sentence);
  if (fs.some((f) => f.end <= colon)) return null;
  if (fs.some((f) => f.start > colon && f.end <= num.start && f.role !== 'level' && f.role !== 'share')) return null;
  const m = USES.exec(para.text.slice(start, colon).replace(/\s/g, ''));
  if (!m) return null;
  const den = named(ctx, s, num, m[1]!);
  return den && den.q.qualifier === 'exact' ? den : null;
}

/**
 * 支出X万元，主要用于以下方面：A a万元，占p%；B b万元，占q%: a share that names nothing, of an item
 * listed after a colon, is of the amount the colon follows (with no other figure in between).
 */
function colonTotal(ctx: Ctx, num: Figure): Figure | null {
  const text = ctx.paras[num.para]!.text;
  const fs = inSentence(ctx, num.para, num.sentence);
  const colon = text.lastIndexOf('：', num.start);
  if (colon < 0 || colon < ctx.paras[num.para]!.sentenceStarts[num.sentence]!) return null;
  const before = fs.filter((f) => f.end <= colon);
  const t = before[before.length - 1];
  if (!t || t.role !== 'level' || t.prior || t.parens.length || num.parens.length || !compatible(t, num) || colon - t.end > 16) return null;
  if (/[；。]/.test(text.slice(t.end, colon))) return null;
  // the items stand at the colon's level: nothing but ； and ， between them and their shares
  return fs.some((f) => f.start > colon && f.end <= num.start && f.role !== 'level' && f.role !== 'share') ? null : t;
}
