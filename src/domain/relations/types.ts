// A relation between figures that a document asserts, with the reason it is asserted and a verdict.
import type { Verdict } from './compare.js';

export type RelationKind =
  | 'sum' // total = Σ parts (其中 over a partition, 分别为, 共计, 按…分类)
  | 'subset' // Σ parts ≤ total (其中 of a narrower label, 包括…等)
  | 'share' // part ÷ total = X%
  | 'shareSum' // Σ shares = 100%
  | 'yoy' // 比上年增加/减少 … 增长/下降 …%
  | 'difference' // a 较 b 增加/减少 c
  | 'changeSum' // Σ changes of parts = change of the total
  | 'rate' // 执行率, 完成率
  | 'carryOver' // 年初 + 收入 − 支出 = 年末
  | 'count' // 涉及3个项目 vs the items listed
  | 'score' // 总分 = Σ 得分, 得分 ≤ 分值, 分值 sums
  | 'grade' // 等级 matches 总分
  | 'tableTotal' // 合计 row/column = Σ rows/columns
  | 'crossSum' // 年初预算 + 调整 = 全年预算 in a row
  | 'same'; // one quantity stated twice

export interface RelationPart {
  label: string;
  text: string;
  value: number;
}

export interface Relation {
  kind: RelationKind;
  verdict: Verdict;
  /** The figure the document states, and what the others make it, in the document's unit. */
  stated: number | null;
  computed: number | null;
  statedText: string;
  computedText: string;
  parts: RelationPart[];
  labels: string[];
  /** Why the relation is asserted: the cue word or the lexicon entry (Chinese), and in English. */
  reason: string;
  reasonEn: string;
  /** 1-based line of the stated figure. */
  line: number;
  /** The sentence or table row it was read from. */
  text: string;
  /** Offsets of the figures used in `text` (for highlighting), when known. */
  spans?: [number, number][];
  /** A percentage written with its further digits cut off instead of rounded (a rounding warning that says so). */
  truncated?: true;
  /** Left unsure because an 增减 column prints no signs (unsignedChanges.ts): a fall explains the gap, so no slip is read into it. */
  signsUntold?: true;
  /** Left unsure because its two figures are not unique in the paragraph (rates.ts): another finder may still read it. */
  leftOpen?: true;
}

export const KIND_NAMES: Record<RelationKind, { zh: string; en: string }> = {
  sum: { zh: '分项之和', en: 'sum of parts' },
  subset: { zh: '部分不大于总数', en: 'part within total' },
  share: { zh: '占比', en: 'share' },
  shareSum: { zh: '占比合计', en: 'shares add to 100%' },
  yoy: { zh: '变动率', en: 'rate of change' },
  difference: { zh: '差额', en: 'difference' },
  changeSum: { zh: '变动分解', en: 'changes of parts' },
  rate: { zh: '比率', en: 'rate' },
  carryOver: { zh: '结转结余恒等式', en: 'carry-over identity' },
  count: { zh: '项目个数', en: 'count of items' },
  score: { zh: '分值得分', en: 'scores' },
  grade: { zh: '等级', en: 'grade' },
  tableTotal: { zh: '表格合计', en: 'table total' },
  crossSum: { zh: '表内列间关系', en: 'row cross-sum' },
  same: { zh: '同一数字前后一致', en: 'same figure stated twice' },
};
