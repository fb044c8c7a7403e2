// What an amount of a rate measures and in which role, read the same way for the rate's numerator and for every
// amount of the document that could be its denominator:
//   subject — the noun phrase, without role words (完成/执行/下达/预算 …), time words (2023年/截至年底/年初) and the
//             body or place that opens it (我局/该项目/眉山市): 中央资金完成 → 中央资金, 中央资金投入 → 中央资金
//   role    — done (执行/完成/支出/拨付 …) or budget (预算/下达/安排/投入 …), from the amount's own clause, else the
//             clause before it in its sentence (预算安排项目113个，财政资金A), else the total of its 其中 list.
import type { Ctx } from './context.js';
import type { Figure } from './figures.js';
import { clauseAfter, MIXED_CLAUSE_STOPS } from './text.js';

export type RateRole = 'done' | 'budget' | 'arrived';

// 未执行/尚未到位: an amount not done is neither side of a rate
const NOT_DONE = /未(?:执行|完成|支出|使用|拨付|支付|到位|兑付)/;
const DONE = /执行|完成|支出|决算|使用|拨付|支付|兑付|发放|实际|结算/;
const ARRIVED = /到位/;
const BUDGET = /预算|下达|安排|批复|投入|计划|核定|筹措|落实|拨入|分配/;
const ROLE_WORD = new RegExp(`${DONE.source}|${ARRIVED.source}|${BUDGET.source}`);

/** The text of a figure's own clause (since the last comma, semicolon or colon before it), parentheses removed. */
export function clauseText(f: Figure): string {
  const lead = f.lead.replace(/\s/g, '').replace(/（[^（）]*）|\([^()]*\)/g, '');
  return clauseAfter(lead, `${MIXED_CLAUSE_STOPS}:、`);
}

function roleIn(text: string): RateRole | null | 'none' {
  if (NOT_DONE.test(text)) return null;
  // 预算执行数 / 下达资金的执行数: the last role word decides
  const words = [...text.matchAll(new RegExp(ROLE_WORD.source, 'g'))].map((m) => m[0]);
  const last = words.at(-1);
  if (!last) return 'none';
  if (/^(?:预算|计划)$/.test(last) && words.some((w) => DONE.test(w))) return 'done';
  if (DONE.test(last)) return 'done';
  if (ARRIVED.test(last)) return 'arrived';
  return 'budget';
}

/** The role of an amount: its own clause, the clauses before it in its sentence, or its 其中 list's total. */
export function roleOf(ctx: Ctx, f: Figure): RateRole | null {
  const own = roleIn(clauseText(f));
  if (own !== 'none') return own;
  const p = ctx.paras[f.para]!;
  const before = p.text.slice(p.sentenceStarts[f.sentence]!, f.start);
  // the nearest clause before it with a role word (its own has none)
  const clauses = before.replace(/（[^（）]*）|\([^()]*\)/g, '').split(/[，,；;：:]/);
  for (let i = clauses.length - 1; i >= 0; i--) {
    const r = roleIn(clauses[i]!);
    if (r !== 'none') return r;
  }
  const total = ctx.partOf.get(f.id)?.total;
  if (total && total !== f) {
    const r = roleIn(clauseText(total));
    if (r !== 'none') return r;
  }
  return null;
}

const TIME =
  /(?:19|20)(?:\d\d|xx|XX)\s*年(?:度|底|末|初)?|\d{1,2}月(?:份|底|末)?|\d{1,2}日|截[止至](?:目前|评价点|今)?|年初|年中|年内|全年|本年度?|当年|年度|年底|年末|上半年|下半年/g;
const ROLE_WORDS =
  /预算执行|执行|完成|支出|决算|下达|安排|到位|投入|预算|拨付|支付|使用|实际|累计|已经|已|共计|共|合计|总计|总额|金额|数额|数|批复|计划|兑付|发放|核定|落实|筹措|拨入|结算|情况|额度|达到|为|是|达|了/g;
// the body or place an amount is of, before what it is: 我局, 该项目, 全市, 眉山市
const OWNER =
  /^(?:(?:我|本|该)(?:局|委|办|部|厅|院|所|站|中心|单位|部门|项目|镇|乡|县|市|区)|全(?:省|市|州|县|区|镇|乡)|[\u4e00-\u9fff]{1,5}?(?:省|市|州|盟|县|区|旗|镇|乡|街道))+/;
const BUDGET_TYPE = /一般公共预算|政府性基金预算|国有资本经营预算|社会保险基金预算/g;

/** The subject of an amount: its label (or clause) without role, time and owner words. */
export function subjectOf(f: Figure): string {
  const base = clauseText(f).replace(/[“”"‘’「」]/g, '');
  const s = base
    .replace(/^(?:其中|另外|此外|包括|主要是|分别为)[:：]?/, '')
    .replace(BUDGET_TYPE, (m) => m.replace('预算', ''))
    .replace(TIME, '')
    .replace(ROLE_WORDS, '')
    // 至（截至）年底: what is left of a date
    .replace(/^(?:至|到|止|底|前)+/, '');
  return s.replace(OWNER, '') || s;
}

/** The same subject: equal, or one the other with a body or place before it (眉山市中央资金 / 中央资金). */
export function sameSubject(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  if (short.length < 2 || !long.endsWith(short)) return false;
  const extra = long.slice(0, long.length - short.length);
  return OWNER.exec(extra)?.[0].length === extra.length;
}

/** Subjects that name no fund in particular (项目资金, 资金): the project's own money. */
export const GENERIC = /^(?:项目|专项|本项目|该项目)?(?:资金|经费)?$/;

/** A source of money (中央资金, 省级资金, 自筹): a part of a fund, never the whole a generic amount is of. */
export const SOURCE = /^(?:中央|省|市|县|区|州|地方|本级|上级|其他|自筹|社会|银行|结转|结余|上年|往年|中、省|中省|省级|市级|县级|区级|乡镇|镇级|财政拨款以外)/;

// the words of a report's own section headings (一、项目基本情况 / （二）资金执行情况分析): they name no item
const SECTION_WORDS =
  /项目|资金|预算|决算|财政|专项|经费|基本|概况|情况|说明|分析|总体|整体|年度|绩效|自评|评价|目标|指标|下达|分解|完成|执行|拨付|使用|支付|到位|投入|管理|支出|收入|产出|效益|效果|成本|数量|质量|时效|满意度|社会|经济|生态|可持续|影响|结论|得分|等级|存在|主要|问题|原因|建议|下步|下一步|工作|改进|措施|意见|整改|做法|成效|经验|组织|实施|结果|应用|公开|其他|监督|方式|附件|附表|单位|部门|机构|职能|设置|人员|一般|公共|政府性|基金|三公|运行|机关|及|和|与|的|等|之|对|、|与|计划|安排|部署|设立|依据|内容|申报|程序|过程|开展|落实|全年|本年|年初|分配|进度|情况表/g;

/** What a heading names besides section words (二、乙项目 → 乙); empty for a report's own sections. */
export function headingItem(text: string): string {
  return text
    .replace(/^\s*(?:[（(][一二三四五六七八九十\d]+[）)]|\d+(?:[.．]\d+)*[.、．]?|[一二三四五六七八九十]+[、.．])\s*/, '')
    .replace(/(?:19|20)\d\d\s*年(?:度)?/g, '')
    .replace(SECTION_WORDS, '')
    .replace(/[^\u4e00-\u9fff]/g, '');
}
