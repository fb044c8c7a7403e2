// Budget or actual: the stage of a figure an imported report states, from its own label, the words of
// its sentence (or of the sentence a 其中 list continues), its 其中 total and the document. A budget
// figure must never fill a cell of what was spent. Pure.
import type { Ctx } from '../../domain/relations/context.js';
import { sentenceEnd } from '../../domain/relations/text.js';
import type { Figure, Stage } from '../../domain/relations/figures.js';
import { conceptAt } from './placementWords.js';

// (一般预算拨款收入: the older name of 一般公共预算拨款收入, its 预算 a scope too)
const SCOPE_WORDS = /一般公共预算|(?:公共财政|公共)预算|一般预算(?=(?:财政)?拨款)|政府性基金预算?|国有资本经营预算?|社会保险基金预算?/g;
// 财政拨款安排的“三公”经费支出: 安排的 names where the money came from, not the stage
const STAGE_WORD = /预算|决算|实际|执行|开支|安排(?!的)/g;

/** The last stage word of `text` that is not inside a comparison (比上年预算数…) — 预算/安排 plan, the rest spent. */
// （一）预算收入情况：… / 预算支出说明: a topic's name before its text, not the stage of what follows
const TOPIC = /预算(?=(?:收入|支出)(?:执行)?(?:情况|说明)[：:\s])/g;

export function wordStage(text: string): Stage | null {
  const t = text.replace(SCOPE_WORDS, (m) => ' '.repeat(m.length)).replace(TOPIC, '  ');
  let out: Stage | null = null;
  for (const m of t.matchAll(STAGE_WORD)) {
    if (/(?:比|较|与|同|上年|去年)[^，；。]{0,6}$/.test(t.slice(Math.max(0, m.index - 8), m.index))) continue;
    out = m[0] === '预算' || m[0] === '安排' ? (/调整后?$|全年$/.test(t.slice(0, m.index)) ? 'adjusted' : 'budget') : 'actual';
  }
  return out;
}

/**
 * A figure's stage: its own label's, its 其中 total's, else the last stage word before it in its sentence
 * (or in the sentence a 其中/包括 sentence continues), else the document's.
 */
export function stageFor(ctx: Ctx, f: Figure, total: Figure | null, docStage: Stage | null): Stage | null {
  // 决算为12万元，完成预算15万元的80%: the figure a completion rate is of is the budget
  const of = /完成(全年|调整后|年初)?预算(?:数)?$/.exec(f.lead);
  if (of && /^\s*的/.test(ctx.paras[f.para]!.text.slice(f.end, f.end + 2))) return of[1] && of[1] !== '年初' ? 'adjusted' : 'budget';
  if (ownStage(f)) return ownStage(f);
  if (spentAfterOwnPlan(ctx, f, docStage) || spentByItsNumber(f, total, docStage)) return 'actual';
  // 安排 plans, unless the 其中 total it belongs to was spent (开支“三公”经费…，其中：公务用车购置安排692万元)
  if (/安排(?!的)[^，；。]*$/.test(f.lead)) return total?.stage === 'actual' ? 'actual' : 'budget';
  const p = ctx.paras[f.para]!;
  for (let s = f.sentence, end = f.start; s >= 0; s--) {
    const from = p.sentenceStarts[s]!;
    let text = p.text.slice(from, end);
    // an item of a ；-list: its own words, else the list's head (…开支“三公”经费…。其中：a 安排…；b …)
    const item = Math.max(text.lastIndexOf('；'), text.lastIndexOf(';'));
    if (item >= 0) {
      const own = wordStage(text.slice(item));
      if (own) return own;
      const head = text.search(/[:：]|其中/);
      text = head >= 0 && head < item ? text.slice(0, head) : text;
    }
    const st = wordStage(text);
    if (st) return st !== 'actual' && docStage === 'actual' && spentAfterPlan(text) ? 'actual' : st;
    if (!/其中|包括|分别|具体/.test(p.text.slice(from, from + 8))) break;
    end = from;
  }
  return (total && ownStage(total)) ?? docStage;
}

/**
 * 全年预算数A，本年支出合计B，其中基本支出b: in a report of what was spent (决算, 自评) 本年支出 after the budget
 * words of its sentence names this year's spending, not a part of the budget (本年支出预算 stays a budget).
 */
function spentAfterPlan(text: string): boolean {
  let last = -1;
  for (const m of text.replace(SCOPE_WORDS, (x) => ' '.repeat(x.length)).matchAll(STAGE_WORD)) last = m.index + m[0].length;
  return last >= 0 && /(?:本年度?|全年|当年)(?:实际)?支出(?!预算|计划)/.test(text.slice(last));
}

/**
 * 三公经费预算数9万元，三公经费支出数7.35万元: the item's own 支出 right after its 预算 (a stage its label gives) is
 * what was spent — the 预算 of the sentence is the other figure's, not this one's. Not in a budget document.
 */
function spentAfterOwnPlan(ctx: Ctx, f: Figure, docStage: Stage | null): boolean {
  const concept = conceptAt(f);
  if (f.stage || docStage === 'budget' || !concept || !/(?:支出|开支)(?:数|金额|额)?$/.test(f.label)) return false;
  const prev = ctx.byPara[f.para]!.filter((x) => x.sentence === f.sentence && x.end <= f.start && x.q.kind === 'money').pop();
  return !!prev && conceptAt(prev) === concept && (prev.stage === 'budget' || prev.stage === 'adjusted');
}

/**
 * 三公经费预算数A，公务接待费支出数B: an item's 支出数 in a report of what was spent is its actual, whatever
 * budget the sentence began with — unless it is a part of a budget total (预算数A，其中：公务接待费支出数B).
 */
function spentByItsNumber(f: Figure, total: Figure | null, docStage: Stage | null): boolean {
  if (f.stage || docStage === 'budget' || !conceptAt(f) || !/(?:支出|开支)(?:数|金额|额)$/.test(f.label)) return false;
  return !total || (total.stage !== 'budget' && total.stage !== 'adjusted');
}

/** The stage a figure's label gives, unless its only 预算 is a scope (公共预算总收入 is no budget). */
function ownStage(f: Figure): Stage | null {
  if (!f.stage) return null;
  return /预算/.test(f.label) && !/预算/.test(f.label.replace(SCOPE_WORDS, '')) && !/决算|执行|实际/.test(f.label) ? null : f.stage;
}

/** The title's stage (…部门预算 / …决算 / 绩效自评), else the stage words of the whole text when they all agree. */
export function documentStage(title: string, lines: string[], ctx: Ctx): Stage | null {
  if (/决算|自评|执行情况|绩效/.test(title)) return 'actual';
  if (/预算(?:公开|说明|草案|编制)?$|(?:部门|单位)预算/.test(title)) return 'budget';
  const text = lines
    .join('\n')
    .replace(SCOPE_WORDS, '')
    .replace(/预算(?:执行|绩效|管理|单位|编制|法)/g, '');
  // 支出A万元，年初预算为B: what was spent set against the plan — a word of spending, not of a budget; 与/较年初预算
  // (对比情况) compares and says neither
  const against = /支出[^，,。；;\d]{0,8}\d[\d.,]*\s*(?:万元|元|亿元)[，,]\s*(?:比|较)?\s*年初预算/g;
  const spentAgainstPlan = (text.match(against) ?? []).length;
  const words = text.replace(against, '支出').replace(/(?:比|较|与|同)(?:当年|本年度?|年初)?预算/g, '');
  // 安排 plans too (财政拨款安排“三公”经费29万元; not 安排的“三公”经费支出, the source of money spent): a text of
  // 预算/安排 with no 决算/实际/执行 is a budget
  const b = (words.match(/预算|安排(?!的[^，,。；;]{0,12}支出)/g) ?? []).length;
  const a = (words.match(/决算|实际|执行/g) ?? []).length + spentAgainstPlan;
  return b >= 3 && a === 0 ? 'budget' : a >= 3 && b === 0 ? 'actual' : ctx.defaultStage;
}

/**
 * The figure is set against this year's budget right after it (…X万元，比年初预算减少… / 较预算节约…):
 * the report compares what was spent with the plan, so the figure itself is not the 年初预算. 比上年预算
 * compares two budgets and does not count.
 */
export function comparedWithBudget(ctx: Ctx, f: Figure): boolean {
  const p = ctx.paras[f.para]!;
  const after = p.text.slice(f.end, sentenceEnd(p, f.sentence));
  return /^[^，,；;。\d]{0,6}[，,]?\s*(?:比|较|与|同)\s*(?:当年|本年度?|年初)?(?:部门)?预算(?:数)?/.test(after);
}
