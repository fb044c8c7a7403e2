// The relation model of a document: every arithmetic relation its figures are in, each with the
// reason it is asserted and a verdict; findings are the relations that fail (errors) or fail only
// within the rounding of the figures (warnings). Unsure relations are listed, never reported.
import type { ParsedDocument } from '../checks/document.js';
import { finding, type Finding, type RuleId } from '../checks/finding.js';
import { findChangeLists } from './changeLists.js';
import { findMainlyChanges } from './mainlyChanges.js';
import { findNumberedChanges } from './numberedChanges.js';
import { findComposedOf } from './composedOf.js';
import { findBaseRates, findChanges } from './changes.js';
import { buildContext } from './context.js';
import { findCarryOver, findSameFigure } from './identity.js';
import { findAvailableTotals, findBalancedTotals, findBalances, findNamedSurpluses } from './balances.js';
import { findPairedChanges } from './pairedChanges.js';
import { findParallel } from './parallel.js';
import { findComparedGaps, findPointGaps } from './pointGaps.js';
import { findStatedPriors } from './statedPriors.js';
import { findRateContradictions, findRates } from './rates.js';
import { findColonRatios } from './colonRatios.js';
import { findMeasureGroups } from './measureGroups.js';
import { findFrameItems } from './frameItems.js';
import { findPaidRates } from './paidRates.js';
import { findScores } from './scores.js';
import { findScoreParts } from './scoreParts.js';
import { findTargetGaps } from './targetGaps.js';
import { findShares } from './shares.js';
import { findImpliedSavingRates, findSavingRates, findSavings } from './savings.js';
import { findAuditCuts } from './auditCuts.js';
import { findYearBasis } from './yearBasis.js';
import { findOffsetBalances, findRemovals } from './offsetBalances.js';
import { findNetBalances } from './netBalances.js';
import { findDemographics } from './demographics.js';
import { findSums } from './sums.js';
import { findYearLists } from './yearLists.js';
import { findYearPairs, markYearPairs } from './yearPairs.js';
import { findYearRespectively, markYearRespectively } from './yearRespectively.js';
import { findBalanceChanges, findGaps } from './gaps.js';
import { findItemRates } from './itemRates.js';
import { findNamedGaps } from './namedGaps.js';
import { findClauseLists } from './clauseLists.js';
import { findSectionLists } from './sectionLists.js';
import { findSideLines } from './sideLines.js';
import { findTrailingTotals } from './trailingTotals.js';
import { findClosingTotals } from './closingTotals.js';
import { findHeadTotals } from './headTotals.js';
import { findGradeSplits } from './gradeSplits.js';
import { findPairedItems } from './pairedItems.js';
import { findAllocationLines } from './allocationLines.js';
import { findPairedMeasures } from './pairedMeasures.js';
import { findAllocatedItems } from './allocatedItems.js';
import { findSubItemLines } from './subItemLines.js';
import { findFormBreakdowns } from './formBreakdowns.js';
import { findPairedTotals } from './pairedTotals.js';
import { findFundProgress } from './fundProgress.js';
import { findFundRates } from './fundRates.js';
import { findDocRates } from './docRates.js';
import { findBudgetIndicators } from './budgetIndicators.js';
import { findMirroredLists } from './mirroredLists.js';
import { inTableUnit, tableRelations } from './tableRelations.js';
import { tableNumbers, tableSlip } from './tableSlips.js';
import { findTableText, tableUnit } from './tableText.js';
import { findTablePriors } from './tablePriors.js';
import { findHeadlines } from './headline.js';
import { findIndustryStructure } from './industryStructure.js';
import { findNamedWholes } from './namedWholes.js';
import { findStageStatements } from './stageStatements.js';
import { findMultiples } from './multiples.js';
import { findPerHead } from './perHead.js';
import { findRemainders } from './remainders.js';
import { findFundingGaps } from './fundingGaps.js';
import { findFromTo } from './fromTo.js';
import { findFromToAmounts } from './fromToAmounts.js';
import { findAdjustedMoves } from './adjustedMoves.js';
import { findCorrections } from './corrections.js';
import { findScoreItems } from './scoreItems.js';
import { findScoreNote } from './scoreNote.js';
import { KIND_NAMES, type Relation, type RelationKind } from './types.js';

export type { Relation, RelationKind, RelationPart } from './types.js';
export { KIND_NAMES } from './types.js';

export const RULE_OF: Record<RelationKind, RuleId> = {
  sum: 'sum',
  subset: 'sum',
  count: 'sum',
  changeSum: 'sum',
  share: 'rate',
  shareSum: 'rate',
  rate: 'rate',
  yoy: 'change',
  difference: 'change',
  carryOver: 'budgetIdentity',
  score: 'tableTotal',
  grade: 'grade',
  tableTotal: 'tableTotal',
  crossSum: 'tableTotal',
  same: 'crossReference',
};

export interface Analysis {
  relations: Relation[];
  findings: Finding[];
}

/** Bounded work: beyond these sizes the rest of the document is not read (and the caller is told). */
export const LIMITS = { figures: 200_000, tableRows: 100_000 };

export function analyzeDocument(doc: ParsedDocument): Analysis {
  const ctx = buildContext(doc);
  if (ctx.figs.length <= LIMITS.figures) {
    markYearPairs(ctx);
    markYearRespectively(ctx);
    findPairedMeasures(ctx);
    findSums(ctx);
    findComposedOf(ctx);
    findYearLists(ctx);
    findClauseLists(ctx);
    findSectionLists(ctx);
    findSideLines(ctx);
    findTrailingTotals(ctx);
    findClosingTotals(ctx);
    findHeadTotals(ctx);
    findGradeSplits(ctx);
    findPairedItems(ctx);
    findAllocationLines(ctx);
    findAllocatedItems(ctx);
    findSubItemLines(ctx);
    findFormBreakdowns(ctx);
    findPairedTotals(ctx);
    findFundProgress(ctx);
    findMirroredLists(ctx);
    findParallel(ctx);
    findMeasureGroups(ctx);
    findFrameItems(ctx);
    findChangeLists(ctx);
    findMainlyChanges(ctx);
    findNumberedChanges(ctx);
    findShares(ctx);
    findChanges(ctx);
    findPairedChanges(ctx);
    findBaseRates(ctx);
    findStatedPriors(ctx);
    findYearBasis(ctx);
    findYearPairs(ctx);
    findYearRespectively(ctx);
    findGaps(ctx);
    findRemainders(ctx);
    findFundingGaps(ctx);
    findFromTo(ctx);
    findFromToAmounts(ctx);
    findAdjustedMoves(ctx);
    findCorrections(ctx);
    findBalanceChanges(ctx);
    findItemRates(ctx);
    findNamedGaps(ctx);
    findStageStatements(ctx);
    findPointGaps(ctx);
    findComparedGaps(ctx);
    findTargetGaps(ctx);
    findRates(ctx);
    findColonRatios(ctx);
    findMultiples(ctx);
    findPerHead(ctx);
    findPaidRates(ctx);
    findFundRates(ctx);
    findBudgetIndicators(ctx);
    findSavings(ctx);
    findSavingRates(ctx);
    findImpliedSavingRates(ctx);
    findAuditCuts(ctx);
    findRateContradictions(ctx);
    findDocRates(ctx);
    findCarryOver(ctx);
    findBalances(ctx);
    findNamedSurpluses(ctx);
    findOffsetBalances(ctx);
    findNetBalances(ctx);
    findRemovals(ctx);
    findDemographics(ctx);
    findAvailableTotals(ctx);
    findBalancedTotals(ctx);
    findSameFigure(ctx);
    findScores(ctx);
    findScoreParts(ctx);
    findScoreItems(ctx);
    findScoreNote(ctx);
    findTableText(ctx);
    findTablePriors(ctx);
    findHeadlines(ctx);
    findIndustryStructure(ctx);
    findNamedWholes(ctx);
  }
  let rows = 0;
  const tables: Relation[] = [];
  for (const t of doc.tables) {
    rows += t.rows.length;
    if (rows > LIMITS.tableRows) break;
    const unit = tableUnit(doc, t);
    const numbers = tableNumbers(t.rows);
    tables.push(...tableRelations(t).map((r) => tableSlip(inTableUnit(r, unit), numbers)));
  }
  const relations = dedupe([...ctx.relations, ...tables]).sort((a, b) => a.line - b.line);
  return { relations, findings: relations.flatMap(toFinding) };
}

function dedupe(rs: Relation[]): Relation[] {
  const seen = new Set<string>();
  return rs.filter((r) => {
    const k = `${r.kind}|${r.line}|${r.stated}|${r.computed}|${r.parts.map((p) => p.value).join(',')}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

function toFinding(r: Relation): Finding[] {
  // grades are reported by the grade rule of the checks (src/domain/checks/grade.ts)
  if ((r.verdict !== 'error' && r.verdict !== 'rounding') || r.kind === 'grade') return [];
  const name = KIND_NAMES[r.kind];
  const listing = r.parts.length ? `（${r.parts.map((p) => `${p.label ? `${p.label} ` : ''}${p.text}`).join('，')}）` : '';
  const message =
    r.verdict === 'error'
      ? `${name.zh}不符：写为 ${r.statedText}，计算应为 ${r.computedText}${listing}。依据：${r.reason}`
      : r.truncated
        ? `${name.zh}截尾取值：写为 ${r.statedText}，计算为 ${r.computedText}${listing}，是计算值截去尾数而非四舍五入，差额不足末位一个单位，按舍入差异提示。依据：${r.reason}`
        : `${name.zh}有舍入差异：写为 ${r.statedText}，计算为 ${r.computedText}，差额在所列数字的舍入范围内${listing}。依据：${r.reason}`;
  const messageEn =
    r.verdict === 'error'
      ? `The ${name.en} does not hold: stated ${r.statedText}, computed ${r.computedText}. Why: ${r.reasonEn}`
      : r.truncated
        ? `The ${name.en} is cut, not rounded: stated ${r.statedText}, computed ${r.computedText} (less than one unit of its last digit; a rounding warning). Why: ${r.reasonEn}`
        : `The ${name.en} differs only by rounding: stated ${r.statedText}, computed ${r.computedText}. Why: ${r.reasonEn}`;
  return [
    finding(
      r.verdict === 'error' ? 'error' : 'warning',
      r.verdict === 'rounding' ? 'rounding' : RULE_OF[r.kind],
      message,
      r.statedText,
      r.computedText,
      r.text,
      { line: r.line },
      messageEn,
    ),
  ];
}

/** "检查了 N 处数字关系：x 处错误，y 处舍入，z 处无法判断" */
export function relationSummary(rs: Relation[]): { total: number; error: number; rounding: number; unsure: number; ok: number } {
  const n = (v: string) => rs.filter((r) => r.verdict === v).length;
  return { total: rs.length, error: n('error'), rounding: n('rounding'), unsure: n('unsure'), ok: n('ok') };
}
