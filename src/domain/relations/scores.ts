// Scores written in prose: 产出指标50分，得46分；…；总分92分 (总分 = Σ 得分, 得分 ≤ 分值), and the
// grade word next to a total score (优 ≥ 90, 良 80–<90, 中 60–<80, 差 < 60).
import { cmp, div, mul, sum } from '../decimal.js';
import { GRADE_NAMES, gradeFor, gradeFromWord } from '../checks/grade.js';
import { halfStepSum, judge } from './compare.js';
import { add, sentenceText, type Ctx } from './context.js';
import type { Figure } from './figures.js';
import { findScorePairs, partOf } from './scoreParts.js';
import { headsAndItems } from './scoreItems.js';
import { clauseAfter, PHRASE_STOPS } from './text.js';

const TOTAL = /(?:总分|总得分|综合得分|自评总?得分|合计得分|最终得分|得分合计|评价得分|自评分)(?:为|是|：|达到?)?$/;
const SCORE = /(?:得|得分|实际得分|自评得分)(?:为|是|：)?$/;
const GRADE = /(?:等级|等次|评价结果|自评结果|评定为|评价为|结果为)(?:为|是|：|\s|“|")*(优秀|优|良好|良|中等|中|合格|较差|差|不合格)/;

export function findScores(ctx: Ctx): void {
  ctx.byPara.forEach((fs, pi) => {
    const pts = fs.filter((f) => f.q.kind === 'score' && f.q.unit === '分');
    if (!pts.length) return;
    const total = pts.find((f) => TOTAL.test(clauseAfter(f.lead, PHRASE_STOPS, 'trim')));
    const scores = pts.filter((f) => f !== total && SCORE.test(clauseAfter(f.lead, PHRASE_STOPS, 'trim')));
    if (total && findScorePairs(ctx, total)) {
      // 总分 first, then every 一级指标 as 分值, 得分 pairs (scoreParts.ts)
    } else if (total && scores.length >= 2 && scores.every((s) => s.id < total.id) && !headsAndItems(ctx, scores)) {
      const computed = sum(scores.map((s) => s.q.value));
      add(ctx, {
        kind: 'score',
        verdict: judge(total.q, computed, '0'),
        stated: total,
        computed,
        parts: scores,
        reason: '总分 = 各项得分之和',
        reasonEn: 'the total score is the sum of the scores',
      });
    }
    // 产出指标50分，得46分 / 质量指标（分值15分）：…98%，得14分: the score follows its weight in the same sentence
    for (const s of scores) {
      const w = weightOf(fs, s);
      if (!w) continue;
      executionScore(ctx, fs, s, w);
      subScores(ctx, fs, s, w);
      const ok = cmp(s.q.value, w.q.value) <= 0;
      if (!ok)
        add(ctx, {
          kind: 'score',
          verdict: 'error',
          stated: s,
          computed: w.q.value,
          parts: [w],
          reason: '得分不能超过分值',
          reasonEn: 'a score cannot exceed its weight',
        });
    }
    // 产出指标分值50分，自评得分48分，其中…: a total with its own weight has parts too
    for (const t of pts.filter((f) => TOTAL.test(clauseAfter(f.lead, PHRASE_STOPS, 'trim')))) {
      const w = weightOf(fs, t);
      if (w) subScores(ctx, fs, t, w);
    }
    // grade word with the total score of the same sentence
    const p = ctx.paras[pi]!;
    for (const t of pts.filter((f) => TOTAL.test(clauseAfter(f.lead, PHRASE_STOPS, 'trim')))) {
      const text = sentenceText(ctx, t);
      const g = GRADE.exec(text);
      if (!g) continue;
      const stated = gradeFromWord(g[1]!);
      if (!stated) continue;
      const computed = gradeFor(t.q.value);
      void p;
      add(ctx, {
        kind: 'grade',
        verdict: stated === computed ? 'ok' : 'error',
        stated: t,
        computed: t.q.value,
        parts: [],
        reason: `总分 ${t.q.text} 对应等级“${GRADE_NAMES[computed]}”，文中写为“${g[1]}”`,
        reasonEn: `a total of ${t.q.text} means grade ${GRADE_NAMES[computed]}; the text says ${g[1]}`,
      });
    }
  });
  void halfStepSum;
}

// 扣2分 / 加1分 / 少得3分 are adjustments, not the weight a score is out of
const ADJUST = /扣|减|加|奖|罚|少|多|差|低|高|超/;

/** The score's weight: the last 分 figure before it in its sentence (other figures between), itself no score. */
function weightOf(fs: Figure[], s: Figure): Figure | null {
  for (let i = fs.indexOf(s) - 1; i >= 0; i--) {
    const w = fs[i]!;
    if (w.sentence !== s.sentence) return null;
    if (w.q.unit !== '分') continue;
    const words = clauseAfter(w.lead, PHRASE_STOPS, 'trim');
    if (SCORE.test(words) || TOTAL.test(words) || ADJUST.test(words)) return null;
    // 数量指标（20分）…；产出指标得分48分: a score that names its indicator is of that one only
    const name = clauseAfter(s.lead, PHRASE_STOPS, 'trim')
      .replace(SCORE, '')
      .replace(/[\s“”"]/g, '');
    const own = w.label || w.lead.replace(/[（(]\s*(?:分值|满分)?$/, '');
    return name.length >= 2 && !own.includes(name) ? null : w;
  }
  return null;
}

// bands, deductions per point, thresholds: the score is not the weight × the rate
const OTHER_RULE = /扣|每(?:低|少|高|超)|档|区间|以上|以下|不足|未达到|达到.{0,6}得满分/;

/**
 * 预算执行率96%，分值10分，得分9.6分: the 执行率 stated before the weight in the sentence scores linearly
 * (执行率 × 分值, capped at the weight). Full marks, or a sentence naming another rule (扣…, 每低…, bands),
 * leaves a mismatch unsure.
 */
function executionScore(ctx: Ctx, fs: Figure[], s: Figure, w: Figure): void {
  const rates = fs.filter((f) => f.sentence === s.sentence && f.id < w.id && f.q.unit === '%');
  const r = rates[rates.length - 1];
  if (!r || rates.length !== 1 || !/执行率/.test(r.lead) || /[（(]/.test(r.lead.slice(r.lead.lastIndexOf('执行率')))) return;
  const r1 = div(r.q.value, 100);
  const computed = mul(cmp(r1, '1') > 0 ? '1' : r1, w.q.value);
  let verdict = judge(s.q, computed, mul(w.q.value, div(r.q.precision, 200)));
  if (verdict === 'error' && (cmp(s.q.value, w.q.value) === 0 || OTHER_RULE.test(sentenceText(ctx, s)))) verdict = 'unsure';
  add(ctx, {
    kind: 'score',
    verdict,
    stated: s,
    computed,
    parts: [r, w],
    reason: '预算执行率得分 = 执行率 × 分值（执行率超过100%按100%计）',
    reasonEn: 'the execution score is the rate × the weight (a rate above 100% counts as 100%)',
  });
}

/**
 * 产出指标（50分），得48分。其中：数量指标20分，得20分；质量指标15分，得14分；时效指标15分，得14分: the
 * weight–score pairs right after a score whose weights add up to exactly its weight are its parts, so the
 * score is the sum of theirs. Weights short of it or past it: not its parts (nothing asserted).
 */
function subScores(ctx: Ctx, fs: Figure[], s: Figure, w: Figure): void {
  const parts: Figure[] = [];
  let weights = '0';
  for (let j = fs.indexOf(s) + 1; j + 1 < fs.length && cmp(weights, w.q.value) < 0; j += 2) {
    const pw = fs[j]!;
    const ps = fs[j + 1]!;
    if (pw.q.unit !== '分' || ps.q.unit !== '分' || pw.sentence !== ps.sentence) return;
    const words = clauseAfter(pw.lead, PHRASE_STOPS, 'trim');
    if (SCORE.test(words) || TOTAL.test(words) || ADJUST.test(words) || !SCORE.test(clauseAfter(ps.lead, PHRASE_STOPS, 'trim'))) return;
    // 产出指标50分，得47分；效益指标30分…: siblings (一级指标 names), not parts; parts follow a 其中
    if (partOf(pw) || (!parts.length && !/其中|包括/.test(pw.lead))) return;
    weights = sum([weights, pw.q.value]);
    parts.push(ps);
  }
  if (parts.length < 2 || cmp(weights, w.q.value) !== 0) return;
  const computed = sum(parts.map((p) => p.q.value));
  add(ctx, {
    kind: 'score',
    verdict: judge(s.q, computed, '0'),
    stated: s,
    computed,
    parts,
    reason: `得分 = 其下各项得分之和（其下各项分值之和等于分值 ${w.q.text}）`,
    reasonEn: `the score is the sum of the scores below it (their weights add up to its weight, ${w.q.text})`,
  });
}
