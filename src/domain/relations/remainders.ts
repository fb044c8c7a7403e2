// What is left of a project's money: "预算安排A，实际支出B，结余C" — C = A − B. The remainder (结余 / 结转 /
// 剩余 / 余额 / 节约 / 未支付 / 尚未拨付 / 未执行) names what is left after the one amount spent (支出 / 支付 / 拨付 / 使用 / 执行 / 采购)
// right before it in its sentence; the whole is the one budget (预算 / 安排 / 下达 / 到位 / 总投资 / 资金共…)
// before that amount in the sentence, or else in the sentence before (same paragraph) — the last one stated. A
// 其中 part, another stage of the remainder (上年结转, 年初结余) or figures in parentheses: nothing asserted.
import { finestPrecision } from './compare.js';
import { addDifference, inSentence, type Ctx } from './context.js';
import { compatible, type Figure } from './figures.js';
import { clauseAfter, MIXED_PHRASE_STOPS } from './text.js';

// 节约资金 / 节余资金: what the budget did not need, the same difference; 已分配 … 未分配 of an allocation too
const LEFT =
  /^(?:结余|结转|剩余|余额|节约|节余|节省|未支付|未拨付|尚未支付|尚未拨付|尚未使用|未使用|未执行|尚未执行|未分配|尚未分配)(?:资金|金额|结转)?(?:为|是|共)?$/;
// a procurement spends what it buys for: 采购预算A，（实际）采购金额 / 成交金额 / 中标金额B，节约资金C
const SPENT = /(?:支出|支付|拨付|使用|执行|报账|分配|采购|成交|中标)(?:资金|金额|价|数)?(?:为|是|共)?$/;
const WHOLE = /(?:预算|安排|下达|到位|总投资|计划投资|资金共|资金总额|共计|合计)(?:资金|金额|数)?(?:为|是|共|共计)?$/;

const clause = (f: Figure) => clauseAfter(f.lead, MIXED_PHRASE_STOPS).replace(/\s|(?:19|20)\d\d年(?:度)?|截[至止]\S*?(?:底|末|日)/g, '');
const usable = (f: Figure) => f.q.kind === 'money' && f.q.qualifier === 'exact' && f.depth === 0 && f.role === 'level';

export function findRemainders(ctx: Ctx): void {
  for (const c of ctx.figs) {
    if (!usable(c) || !LEFT.test(clause(c)) || /上年|年初|以前年度/.test(c.lead)) continue;
    // a rate of the amount (支付率95%) may stand between it and the remainder
    const same = inSentence(ctx, c.para, c.sentence).filter((f) => f.end <= c.start && f.q.kind !== 'percent');
    const spent = same[same.length - 1];
    if (!spent || !usable(spent) || !SPENT.test(clause(spent)) || !compatible(spent, c) || ctx.partOf.has(spent.id)) continue;
    const before = same.slice(0, -1).filter((f) => usable(f) && WHOLE.test(clause(f)) && !ctx.partOf.has(f.id));
    const prior = c.sentence > 0 ? inSentence(ctx, c.para, c.sentence - 1).filter((f) => usable(f) && WHOLE.test(clause(f)) && !ctx.partOf.has(f.id)) : [];
    // the last whole of the sentence (年初预算A，调整后预算B: B), else of the sentence before
    const whole = before.length ? before[before.length - 1] : prior[prior.length - 1];
    if (!whole || !compatible(whole, c) || (before.length > 1 && !/调整|全年/.test(clause(whole)))) continue;
    addDifference(ctx, c, [whole, spent], {
      room: finestPrecision([whole, spent, c].map((f) => f.q)) ?? '0',
      reason: `“${clause(c)}”：${clause(whole) || '资金'} ${whole.q.text} − ${clause(spent)} ${spent.q.text}`,
      reasonEn: 'what is left: the whole less the amount spent right before it',
    });
  }
}
