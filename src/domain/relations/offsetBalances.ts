// "上述收支相抵，年终结余C" after a fund's income and spending: C is what the income leaves once the spending
// is met. Either both sides are totalled (…收入合计T。…支出合计S。→ C = T − S), or the sentence before lists the
// fund's money plainly (收入a，上级补助收入b，上年结余c，支出d。→ C = a + b + c − d), every amount named as
// money coming in (收入 / 结余 / 结转 / 调入) or going out (支出 / 调出 / 上解), nothing else in it.
import { halfStepSum } from './compare.js';
import { addDifference, inSentence, type Ctx } from './context.js';
import { compatible, type Figure } from './figures.js';
import { clauseAfter, SENTENCE_CLAUSE_STOPS } from './text.js';

const OFFSET = /收支相抵/;
// 结转结余 / 结转和结余: the carry-over and the surplus named together are still what the offset leaves
const BALANCE = /^(?:当年|本年|年终|年末|滚存)?(?:结余|结转(?:下年)?|结转(?:和|及)?结余|结余结转)(?:资金)?$/;
// 2014年全市一般公共预算资金结余结转C: the year, the area and the budget before the balance name no other quantity
const BALANCE_SCOPE = /^(?:(?:19|20)\d\d年度?)?(?:全(?:省|市|州|县|区|镇|乡)|(?:省|市|县|区)?本级)?(?:一般公共预算|政府性基金预算?|国有资本经营预算)?(?:资金)?/;
const balanceClause = (c: Figure) => BALANCE.test(lastClause(c.lead).replace(BALANCE_SCOPE, ''));
// a side's total: 收入合计 / 收入总计 / 收入总量, or 总收入 (一般公共预算总收入T … 总支出S)
const TOTAL_IN = /(?:收入(?:合计|总计|总量)|总收入)$/;
const TOTAL_OUT = /(?:支出(?:合计|总计|总量)|总支出)$/;
const OUT = /(?:支出|调出(?:资金)?|上解(?:上级)?(?:支出)?)$/;
const IN = /(?:收入|结余|结转|调入(?:资金)?)$/;

// (balances.ts's clauseOf, white space dropped)
const lastClause = (lead: string) => clauseAfter(lead, SENTENCE_CLAUSE_STOPS, 'drop').replace(/[为是：]+$/, '');
const plain = (f: Figure, c: Figure) =>
  f.role === 'level' && f.q.kind === 'money' && f.q.qualifier === 'exact' && f.depth === 0 && !f.prior && compatible(f, c);

/** The sentences before c's, nearest first, across paragraph breaks (at most `n`). */
function sentencesBefore(ctx: Ctx, c: Figure, n: number): Figure[][] {
  const out: Figure[][] = [];
  let [pi, s] = [c.para, c.sentence];
  while (out.length < n) {
    if (s > 0) s -= 1;
    else {
      pi -= 1;
      if (pi < 0) break;
      s = (ctx.paras[pi]?.sentenceStarts.length ?? 0) - 1;
      if (s < 0) continue;
    }
    out.push(inSentence(ctx, pi, s));
  }
  return out;
}

// a 0 written (上年结转0亿元) is none at all, not a figure rounded to the unit
const nonZero = (f: Figure) => Number(f.q.value) !== 0;

const PLUS = /^[，、]?(?:加上?|再加)/;
const MINUS = /^[，、]?(?:减去?|扣除)/;

/** 上年结转a，加收入b，减支出c，结余d in one sentence: the words do the arithmetic (d = a + b − c). */
function spelledOut(ctx: Ctx, c: Figure): boolean {
  if (!/(?:结余|结转)(?:资金)?$/.test(lastClause(c.lead))) return false;
  // 年初结转和结余a，本年收入b，本年支出c，年末结转和结余d: the carry-over identity reads it (identity.ts)
  if (ctx.relations.some((r) => r.kind === 'carryOver' && r.line === c.line + 1 && r.statedText === c.q.text)) return false;
  const fs = inSentence(ctx, c.para, c.sentence).filter((f) => f.id < c.id);
  const k = fs.findIndex((f) => PLUS.test(f.lead) || MINUS.test(f.lead));
  if (k !== 1 || fs.length < 3 || fs.some((f) => !plain(f, c))) return false;
  const rest = fs.slice(1);
  if (!rest.every((f) => PLUS.test(f.lead) || MINUS.test(f.lead)) || !rest.some((f) => MINUS.test(f.lead))) return false;
  const signs = fs.map((f, i) => (i && MINUS.test(f.lead) ? -1 : 1));
  addDifference(ctx, c, fs, {
    signs,
    room: halfStepSum(fs.filter(nonZero).map((f) => f.q)),
    reason: `结余按文中所写加减：${fs.map((f, i) => `${i ? (signs[i]! < 0 ? '− ' : '+ ') : ''}${f.q.text}`).join(' ')}`,
    reasonEn: 'the balance as the sentence spells it out (加 … 减 …)',
  });
  return true;
}

export function findOffsetBalances(ctx: Ctx): void {
  for (const c of ctx.figs) {
    if (plain(c, c) && spelledOut(ctx, c)) continue;
    if (!plain(c, c) || !OFFSET.test(c.lead) || !balanceClause(c)) continue;
    if (inSentence(ctx, c.para, c.sentence).some((f) => f.id < c.id && f.q.kind === 'money')) continue;
    const back = sentencesBefore(ctx, c, 4);
    // both sides totalled: the nearest 支出合计 and the nearest 收入合计 before it, one each
    const outs = back.slice(0, 2).map((fs) => fs.filter((f) => plain(f, c) && TOTAL_OUT.test(lastClause(f.lead))));
    const out = outs[0]?.length ? outs[0] : (outs[1] ?? []);
    if (out.length === 1) {
      const s = out[0]!;
      const k = back.findIndex((fs) => fs.includes(s));
      // (…收入总计T。与此同时，…支出a。加上…，支出总计S: up to two sentences between, the nearest that totals it)
      const ins = back.slice(k, k + 3).map((fs) => fs.filter((f) => f.id < s.id && plain(f, c) && TOTAL_IN.test(lastClause(f.lead))));
      const inn = ins.find((x) => x.length) ?? [];
      if (inn.length !== 1) continue;
      const t = inn[0]!;
      addDifference(ctx, c, [t, s], {
        reason: `收支相抵：结余 = 收入合计 ${t.q.text} − 支出合计 ${s.q.text}`,
        reasonEn: 'income and spending offset: balance = total income − total spending',
      });
      continue;
    }
    // the fund's money listed plainly in the one sentence before
    const fs = back[0] ?? [];
    const money = fs.filter((f) => f.q.kind === 'money');
    if (money.length < 3 || money.some((f) => !plain(f, c))) continue;
    const p = ctx.paras[money[0]!.para]!;
    const text = p.text.slice(p.sentenceStarts[money[0]!.sentence]!, money[money.length - 1]!.end);
    if (/其中|包括|含|合计|总计|累计/.test(text)) continue;
    const signs = money.map((f) => (OUT.test(f.label) ? -1 : IN.test(f.label) ? 1 : 0));
    if (signs.some((x) => x === 0) || !signs.includes(-1) || !signs.includes(1)) continue;
    addDifference(ctx, c, money, {
      signs,
      room: halfStepSum(money.filter(nonZero).map((f) => f.q)),
      reason: `收支相抵：结余 = ${money.map((f, i) => `${i ? (signs[i]! < 0 ? '− ' : '+ ') : ''}${f.label} ${f.q.text}`).join(' ')}`,
      reasonEn: 'income and spending offset: balance = the money coming in − the money going out, as listed before',
    });
  }
}

const REMOVE = /^[，、]?(?:剔除|扣除|除去|扣减|减去)/;
const AFTER_REMOVAL = /^后[，,]?[^，；。\d]{0,24}?(?:为|是|达到?|计)$/;

/** A，剔除B后，…为C: what is left once B is taken out of A, in one sentence, the three in a row. */
export function findRemovals(ctx: Ctx): void {
  for (const fs of ctx.byPara)
    for (let i = 2; i < fs.length; i++) {
      const [a, b, c] = [fs[i - 2]!, fs[i - 1]!, fs[i]!];
      if (a.sentence !== c.sentence || b.sentence !== c.sentence || !REMOVE.test(b.lead.replace(/\s/g, '')) || !AFTER_REMOVAL.test(c.lead.replace(/\s/g, '')))
        continue;
      if (![a, b, c].every((f) => plain(f, a))) continue;
      // 收入a，加结转b，扣除支出c后，结余d: A must be the sentence's first amount, not one term of a longer sum
      if (fs.some((f) => f.id < a.id && f.sentence === a.sentence && f.q.kind === 'money') || PLUS.test(a.lead) || MINUS.test(a.lead)) continue;
      addDifference(ctx, c, [a, b], {
        room: halfStepSum([a, b].filter(nonZero).map((f) => f.q)),
        reason: `剔除后的数 = ${a.q.text} − ${b.q.text}`,
        reasonEn: 'what is left once the amount named is taken out',
      });
    }
}
