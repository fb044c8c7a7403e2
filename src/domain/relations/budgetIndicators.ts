// The budget-management indicators of a department-wide self-evaluation (部门整体支出绩效自评), each a rate of two
// figures its sentence states before it:
//   “三公”经费预算12万元，实际支出10.8万元，控制率为90%。            控制率 = 实际 ÷ 预算 (在职人员 ÷ 编制 too)
//   年末结转结余资金15万元，全年预算数500万元，结转结余率为3%。       结转结余率 = 结转结余 ÷ 预算
//   政府采购预算80万元，实际采购75万元，政府采购执行率93.75%。         采购执行率 = 实际采购 ÷ 采购预算
//   年初预算数500万元，预算调整数40万元，预算调整率8%。                调整率 = 调整数 ÷ 年初预算
// Exactly two figures of one kind before the rate in its sentence, each side named, or nothing is said.
import { addRatio, inSentence, type Ctx } from './context.js';
import { compatible, type Figure } from './figures.js';
import { clauseAfter, ITEM_STOPS } from './text.js';

interface Indicator {
  rate: RegExp;
  num: RegExp;
  den: RegExp;
  zh: string;
}

const INDICATORS: Indicator[] = [
  { rate: /结转结余率$/, num: /结转|结余/, den: /预算|支出/, zh: '结转结余率 = 结转结余 ÷ 预算数' },
  { rate: /采购执行率$/, num: /实际|执行|完成|采购金额$/, den: /预算|计划/, zh: '政府采购执行率 = 实际采购金额 ÷ 采购预算（计划）' },
  { rate: /调整率$/, num: /调整(?:数|额|金额|资金)?$|追加|调增|调减/, den: /年初预算|预算数$|^预算$/, zh: '预算调整率 = 预算调整数 ÷ 年初预算数' },
  { rate: /控制率$/, num: /实际|支出|决算|在职|实有/, den: /预算|编制|计划/, zh: '控制率 = 实际数 ÷ 预算（编制）数' },
];

const clause = (lead: string) =>
  clauseAfter(lead, ITEM_STOPS)
    .replace(/(?:为|是|达到?)$/, '')
    .trim();

function side(fs: Figure[], re: RegExp, other: RegExp): Figure | null {
  const hits = fs.filter((f) => re.test(f.label) && !other.test(f.label));
  return hits.length === 1 ? hits[0]! : null;
}

export function findBudgetIndicators(ctx: Ctx): void {
  for (const r of ctx.figs) {
    if (r.q.unit !== '%') continue;
    const name = clause(r.lead);
    const ind = INDICATORS.find((i) => i.rate.test(name));
    if (!ind) continue;
    const before = inSentence(ctx, r.para, r.sentence).filter((f) => f.id < r.id && f.q.unit !== '%' && f.role === 'level');
    if (before.length !== 2) continue;
    // each side named, and not by the other side's words (实际支出 is no budget; 预算调整数 is no 年初预算)
    const num = side(before, ind.num, /^$/);
    const den = num
      ? side(
          before.filter((f) => f !== num),
          ind.den,
          ind === INDICATORS[2] ? /调整/ : /实际|执行|决算|结转|结余/,
        )
      : null;
    if (!num || !den || !compatible(num, den) || [num, den].some((f) => f.q.qualifier !== 'exact')) continue;
    addRatio(ctx, r, num.q, den.q, {
      parts: [num, den],
      reason: ind.zh,
      reasonEn: 'a budget-management rate: the amount over its base, both stated before it',
    });
  }
}
