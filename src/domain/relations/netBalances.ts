// What one sentence nets out, three amounts in a row and nothing before them:
//   收入A，安排支出B，结转下年使用C → C = A − B (a fund's year: what it took in less what it spent)
//   资产总额A，负债总额B，净资产C → C = A − B (the accounting identity)
// A carry-in or a 其中 before the balance, a cumulative balance (年末/滚存/累计) or any other amount among the
// three makes it another relation (carry-over, a part of spending), left to the rules that read those.
import { addDifference, type Ctx } from './context.js';
import { compatible, type Figure } from './figures.js';
import { clauseAfter, SENTENCE_CLAUSE_STOPS } from './text.js';

const clause = (f: Figure) => clauseAfter(f.lead, SENTENCE_CLAUSE_STOPS, 'drop').replace(/[为是：]+$/, '');
const plain = (f: Figure, c: Figure) =>
  f.role === 'level' && f.q.kind === 'money' && f.q.qualifier === 'exact' && f.depth === 0 && !f.prior && compatible(f, c);

interface Shape {
  a: RegExp;
  b: RegExp;
  c: RegExp;
  zh: string;
  en: string;
}

const SHAPES: Shape[] = [
  {
    // 2023年(…公益金)收入A / 筹集A, (安排)支出B, 结转下年(使用)C / 当年结余C
    a: /^(?:(?:19|20)\d\d年度?)?[^，、；]{0,16}?(?:收入|筹集(?:资金)?)$/,
    b: /^(?:安排|实际|共)?(?:使用|支出)(?:资金)?$|^[^，、；]{0,16}?支出$/,
    c: /^(?:收支相抵[，,]?)?(?:当年|本年)?(?:结转下年(?:使用)?|结余|结转结余|结余结转)(?:资金)?$/,
    zh: '收入、支出与结转在同一句中依次写出：结转 = 收入 − 支出',
    en: 'income, spending and the balance carried forward in one sentence: balance = income − spending',
  },
  {
    a: /资[产產](?:总额|合计|总计)$/,
    b: /负债(?:总额|合计|总计)$/,
    c: /^净资[产產](?:总额|合计)?$/,
    zh: '资产总额、负债总额与净资产同句写出：净资产 = 资产 − 负债',
    en: 'total assets, total liabilities and net assets in one sentence: net assets = assets − liabilities',
  },
];

// the year's income after a carry-in (上年结转a，收入b…) or a part of spending (其中结转…): not what it nets
const CARRY_IN = /上年|年初|历年|累计|滚存|其中/;

export function findNetBalances(ctx: Ctx): void {
  for (const sentences of ctx.bySentence)
    for (const fs of sentences) {
      const money = fs.filter((f) => f.q.kind === 'money');
      if (money.length < 3) continue;
      const [a, b, c] = money as [Figure, Figure, Figure];
      if (![a, b, c].every((f) => plain(f, c))) continue;
      const shape = SHAPES.find((s) => s.a.test(clause(a)) && s.b.test(clause(b)) && s.c.test(clause(c)));
      if (!shape) continue;
      const p = ctx.paras[a.para]!;
      if (CARRY_IN.test(p.text.slice(p.sentenceStarts[a.sentence]!, c.start))) continue;
      // read already (收支相抵 over totals, the carry-over identity)
      if (ctx.relations.some((r) => r.line === c.line + 1 && r.statedText === c.q.text && (r.kind === 'difference' || r.kind === 'carryOver'))) continue;
      addDifference(ctx, c, [a, b], { reason: shape.zh, reasonEn: shape.en });
    }
}
