// Findings from a scored table for the checker: missed targets without a deviation reason, and
// scores or totals stated in the table (e.g. a published report) that the rules do not give.
import { abs, cmp, normalize, roundHalfUp, sub, sum } from '../decimal.js';
import type { Decimal } from '../types.js';
import type { Finding } from './finding.js';
import type { ScoringTable } from './input.js';
import type { TableResult } from './results.js';

/** Truncation to 2 dp (what many hand-made tables do instead of rounding). */
function truncate2(x: Decimal): string {
  const [i, f = ''] = normalize(x).split('.');
  return `${i}.${(f + '00').slice(0, 2)}`;
}

/** Why a stated score differs from the computed one, in one sentence. */
export function explainDifference(stated: Decimal, computed: string, exact: Decimal | undefined, explanation: string): string {
  const diff = normalize(sub(stated, computed));
  if (exact && cmp(exact, computed) !== 0 && cmp(truncate2(exact), stated) === 0) {
    return `表中得分 ${normalize(stated)} 是把 ${normalize(exact)} 截尾取两位所得；按四舍五入保留两位应为 ${computed}（${explanation}）`;
  }
  return `表中得分 ${normalize(stated)} 与按规则计算的 ${computed} 相差 ${diff}（${explanation}）`;
}

/** The same in English; the rule's own working (explanation) is quoted as computed. */
export function explainDifferenceEn(stated: Decimal, computed: string, exact: Decimal | undefined, explanation: string): string {
  if (exact && cmp(exact, computed) !== 0 && cmp(truncate2(exact), stated) === 0) {
    return `the stated score ${normalize(stated)} is ${normalize(exact)} truncated to two decimals; rounded half up it is ${computed} (${explanation})`;
  }
  return `the stated score ${normalize(stated)} differs from the rule's ${computed} by ${normalize(sub(stated, computed))} (${explanation})`;
}

const isRoundingOnly = (stated: Decimal, computed: string, exact?: Decimal): boolean => exact !== undefined && cmp(abs(sub(stated, exact)), '0.01') < 0;

/** A missed target (the actual fails the target's comparison, see missed.ts) must carry 偏差原因分析及改进措施. */
export function missedTargetFindings(table: ScoringTable, result: TableResult): Finding[] {
  const out: Finding[] = [];
  for (const s of result.indicators) {
    const ind = table.indicators[s.index];
    if (!ind || !s.applicable || s.score === null || !s.missed || ind.deviationReason) continue;
    out.push({
      severity: 'error',
      rule: 'scoring.deviationReasonMissing',
      message:
        ind.rule.kind === 'levels'
          ? `指标“${s.name}”未达到目标等级“${ind.target ?? ind.rule.levels[0]!.level}”（评定“${ind.rule.chosen.level}”，得分 ${s.score}/${normalize(s.weight)}），但未填写偏差原因分析及改进措施`
          : `指标“${s.name}”未完成年度指标值（得分 ${s.score}/${normalize(s.weight)}），但未填写偏差原因分析及改进措施`,
      messageEn:
        ind.rule.kind === 'levels'
          ? `Indicator “${s.name}” is below its target level “${ind.target ?? ind.rule.levels[0]!.level}” (rated “${ind.rule.chosen.level}”, score ${s.score}/${normalize(s.weight)}) but has no reason for the deviation and measures taken`
          : `Indicator “${s.name}” missed its target (score ${s.score}/${normalize(s.weight)}) but has no reason for the deviation and measures taken`,
      computed: s.score,
      text: ind.actual ?? undefined,
      ...(s.code ? { indicatorCode: s.code } : {}),
    });
  }
  return out;
}

/** Compares the scores and total the table states with the computed ones, explaining each difference. */
export function statedScoreFindings(table: ScoringTable, result: TableResult): Finding[] {
  const out: Finding[] = [];
  const stated: Decimal[] = [];
  let allStated = true;
  const check = (name: string, st: Decimal | null, computed: string, exact: Decimal | undefined, explanation: string, code?: string | null) => {
    if (st === null) {
      allStated = false;
      return;
    }
    stated.push(st);
    if (cmp(st, computed) === 0) return;
    out.push({
      severity: isRoundingOnly(st, computed, exact) ? 'warning' : 'error',
      rule: 'scoring.statedScoreMismatch',
      message: `“${name}”：${explainDifference(st, computed, exact, explanation)}`,
      messageEn: `“${name}”: ${explainDifferenceEn(st, computed, exact, explanation)}`,
      stated: normalize(st),
      computed,
      ...(code ? { indicatorCode: code } : {}),
    });
  };
  if (table.budget && result.budget) {
    const b = result.budget;
    check('预算执行率', table.budget.statedScore, b.score, b.exact, b.explanation);
  }
  for (const s of result.indicators) {
    if (s.score === null) continue;
    check(s.name, table.indicators[s.index]?.statedScore ?? null, s.score, s.exact, s.explanation, s.code);
  }
  const st = table.statedTotal;
  if (st === null) return out;
  const rescaled = cmp(result.applicableWeight, result.fullWeight) !== 0;
  if (allStated && stated.length > 0 && !rescaled) {
    const statedSum = sum(stated);
    if (cmp(statedSum, st) !== 0) {
      out.push({
        severity: 'error',
        rule: 'scoring.statedTotalNotSum',
        message: `表中总分 ${normalize(st)} 不等于表中各项得分之和 ${stated.map(normalize).join(' + ')} = ${roundHalfUp(statedSum, 2)}`,
        messageEn: `The stated total ${normalize(st)} is not the sum of the stated scores ${stated.map(normalize).join(' + ')} = ${roundHalfUp(statedSum, 2)}`,
        stated: normalize(st),
        computed: roundHalfUp(statedSum, 2),
      });
    }
  }
  if (cmp(st, result.total) !== 0) {
    const causes = out.filter((f) => f.rule !== 'scoring.deviationReasonMissing').length;
    out.push({
      severity: 'error',
      rule: 'scoring.statedTotalMismatch',
      message:
        `表中总分 ${normalize(st)} 与计算总分 ${result.total} 相差 ${normalize(sub(st, result.total))}（${result.totalExplanation}）` +
        (causes ? `；原因见上面 ${causes} 条` : ''),
      messageEn:
        `The stated total ${normalize(st)} differs from the computed ${result.total} by ${normalize(sub(st, result.total))} (${result.totalExplanation})` +
        (causes ? `; the ${causes} finding(s) above explain why` : ''),
      stated: normalize(st),
      computed: result.total,
    });
  }
  return out;
}

/** A satisfaction (满意度 / 满意率) in % above 100 cannot be: most often a slip (1,000% for 100%). */
export function impossibleRateFindings(table: ScoringTable): Finding[] {
  const out: Finding[] = [];
  for (const ind of table.indicators) {
    const inPercent = /[%％]/.test(`${ind.unit ?? ''}${ind.actual ?? ''}`);
    if (!ind.applicable || !/满意/.test(ind.name) || !inPercent || ind.actualValue === null || cmp(ind.actualValue, '100') <= 0) continue;
    const v = normalize(ind.actualValue);
    out.push({
      severity: 'warning',
      rule: 'scoring.rateAbove100',
      message: `“${ind.name}”实际完成值 ${v}% 超过 100%，满意度不会超过 100%，请核对`,
      messageEn: `“${ind.name}”: the actual ${v}% is above 100%, which a satisfaction rate cannot be; please check`,
      computed: v,
      text: ind.actual ?? undefined,
      ...(ind.code ? { indicatorCode: ind.code } : {}),
    });
  }
  return out;
}
