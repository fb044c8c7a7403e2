// The words of change as data: the verbs that raise or cut an amount and the nouns of its rate, each
// with the direction it gives (CHECKER-SHAPES.md: 比上年<verb>X万元，<verb>Y%). figures.ts builds its
// patterns from these lists: a new word goes here, never into a branch of a finder.

export interface ChangeWord {
  word: string;
  sign: 1 | -1;
  /**
   * A change on the year before even with no comparison word (支出80万元，压减6万元): true for the plain verbs
   * of rise and fall; false for words of a budget or plan (节约, 超收) and for one-character words.
   */
  bare: boolean;
}

const rise = (bare: boolean, ...words: string[]): ChangeWord[] => words.map((word) => ({ word, sign: 1, bare }));
const fall = (bare: boolean, ...words: string[]): ChangeWord[] => words.map((word) => ({ word, sign: -1, bare }));

/**
 * Verbs (and verb-like nouns) written before the amount or the rate of a change. Not here: 追加 / 调增 / 调减
 * (a budget adjustment, a level of its own) and 核减 (a correction, corrections.ts).
 */
export const CHANGE_VERBS: ChangeWord[] = [
  ...rise(true, '增加', '增长', '上升', '增收', '增支', '扩大', '增大', '增多', '上涨', '攀升', '上调', '上浮'),
  // 增量 is also a level (增量资金): a change only after a comparison word
  ...rise(false, '提高', '提升', '超支', '超收', '多收', '多支', '增量', '多', '增'),
  ...fall(true, '减少', '下降', '降低', '减收', '减支', '压减', '压降', '压缩', '缩减', '缩小', '削减', '减小', '下调', '下浮', '回落', '下滑', '收窄'),
  ...fall(false, '节约', '节省', '节支', '少收', '短收', '少支', '减量', '少', '减', '降'),
];

/** Nouns of the rate of a change (增幅为10%, 降幅达5%). */
export const RATE_NOUNS: ChangeWord[] = [
  ...rise(false, '增幅', '涨幅', '增长率', '增速', '增长幅度', '上升幅度'),
  ...fall(false, '降幅', '减幅', '下降率', '减少率', '降低率', '下降幅度', '减少幅度', '压减率', '压缩率'),
];

/**
 * What a change verb may take as its object before the amount (比上年减少支出5万元). Not after a budget word:
 * 节约资金 / 节约支出 is the saving itself, a level other finders read (savings, headline). 收入 only after
 * 增加 / 减少 (同比下降p%，减少收入X): 超收收入 is a level.
 */
export const VERB_OBJECT = '(?<!节约|节省|节支)(?:支出|开支)|(?<=增加|减少)收入';

/** A balance (结余, 差额) may fall below zero: a prior year below zero is no error for it. */
export const SIGNED_LEVEL = /结余|结转|差额|余额|赤字|盈余|缺口|净|利润|损益|收支/;

const alternation = (ws: ChangeWord[]): string =>
  [...ws]
    .sort((a, b) => b.word.length - a.word.length)
    .map((w) => w.word)
    .join('|');

/** Every change verb, longest first (for a regex alternation). */
export const VERB_ALTERNATION = alternation(CHANGE_VERBS);
/** The verbs that make a change without a comparison word. */
export const BARE_ALTERNATION = alternation(CHANGE_VERBS.filter((w) => w.bare));
/** Every rate noun, longest first. */
export const RATE_NOUN_ALTERNATION = alternation(RATE_NOUNS);

/** The words that close a comparison (与上年相比较 / 与2031年决算数比较 / 同上年对比), longest first. */
export const COMPARED = '(?:相比较|相比|相较|比较|对比)';

/** Any change verb, as a regex group. */
export const VERB = `(?:${VERB_ALTERNATION})`;
/** The plain verbs of rise and fall (no budget words, no one-character words), as a regex group. */
export const PLAIN_VERB = `(?:${BARE_ALTERNATION})`;
/** Any rate noun, as a regex group. */
export const RATE_NOUN = `(?:${RATE_NOUN_ALTERNATION})`;
/** 与上年相比较 / 与2031年决算数比较 / 同上年对比 closing a clause (figures.ts: the part named before it is a change's label). */
export const CLOSED_BEFORE = new RegExp(`(?:与|同|和)[^，；。]{1,16}${COMPARED}$`);
/** A clause of a change verb alone (…相比较，增加). */
export const VERB_ONLY = new RegExp(`^(?:分别|各|均)?${VERB}了?$`);

const SIGNS = new Map([...CHANGE_VERBS, ...RATE_NOUNS].map((w) => [w.word, w.sign]));

/** The direction a change word gives: +1, −1, or 0 for a word that is not in the lexicon (持平). */
export function changeSign(word: string): 1 | -1 | 0 {
  return SIGNS.get(word) ?? 0;
}

// Narrower lists. Each is a deliberate subset of the lexicon (every word checked against it, below) for a
// finder that must not read the rest: a budget word (节约, 超收), a one-character word (增, 少) or a verb of
// a plan (提高) there would bind a figure another finder reads, or a clause that is more than the change.
const KNOWN = new Set([...CHANGE_VERBS, ...RATE_NOUNS].map((w) => w.word));
function only(...words: string[]): string {
  for (const w of words) if (!KNOWN.has(w)) throw new Error(`${w}: no change word of the lexicon`);
  return words.join('|');
}

/** The four plainest verbs, a clause of nothing but the change (gaps.ts 年末比年初减少C; a lead opening with one, figures.ts). */
export const CORE_VERBS = only('减少', '增加', '下降', '增长');
/** The rate word right after a change of a balance, by direction (gaps.ts …，减少C，下降r%). */
export const CORE_FALLS = only('下降', '减少', '降低');
export const CORE_RISES = only('增长', '增加', '上升');
/** Rises a 负 turns into falls (负增长2%). */
export const NEGATED_RISES = only('增长', '增加');
/**
 * Budget adjustments and corrections (调增, 核减): changes of a level, but kept out of CHANGE_VERBS (a level
 * of their own: corrections.ts). A label of only these or of a plain verb names no part of a level's sum (partKinds.ts).
 */
export const ADJUSTMENT_WORDS = '调增|调减|核增|核减';
export const CHANGE_LABEL_WORDS = `${ADJUSTMENT_WORDS}|${only('增加', '减少', '增长', '下降', '增收', '减收')}`;
/**
 * Words of the gap between two growth rates (pointGaps.ts: 比全省高2.1个百分点, 增幅提高g个百分点): words of
 * pace (快, 放缓, 回升), not changes of an amount, so not in the lexicon.
 */
export const PACE_AFTER = '高|低|快|慢|提高|回落|下降|上升|加快|放缓|回升';
export const PACE_OF_PRIOR = '提高|加快|回升|上升|回落|放缓|下降|降低';
/** A pace word that says the rate rose (加快 by its 快). */
export const PACE_UP = /高|快|提高|上升|回升/;

/**
 * A direction word in brackets read as the plain word: right after the basis (较上年（减少）, 比同口径上年（增加）,
 * 较去年同期（减少）, 比2031年决算数（增加）), at the start of a clause (…，（增长）4.1%) or before 幅 (（减）幅). Never
 * after a verb (增加（减少）, a column's two directions).
 */
const PAREN_DIRECTION = new RegExp(
  `(?:((?:比|较)[^，；。（）比较]{0,12}?(?<!${VERB_ALTERNATION}))|(^|[，,；;]))（(${VERB_ALTERNATION})）$|(?<![增减降])（([增减降])）(幅)$`,
);

/** 减少（-）/ 增长（+）: a sign in brackets after a verb of the same direction says nothing more. */
const PAREN_SIGN = new RegExp(`(${VERB_ALTERNATION})（([-−－+＋])）$`);

/** A lead ending in a direction word in brackets (较上年（减少）8万元 / （减）幅20%), with the plain word instead. */
export const unbracketDirection = (lead: string): string => {
  const sign = PAREN_SIGN.exec(lead);
  if (sign && changeSign(sign[1]!) === (/[+＋]/.test(sign[2]!) ? 1 : -1)) return lead.slice(0, sign.index) + sign[1]!;
  return lead.replace(PAREN_DIRECTION, '$1$2$3$4$5');
};
