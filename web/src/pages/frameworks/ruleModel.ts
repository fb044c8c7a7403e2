// Editing one leaf indicator's scoring rule (评分标准): the form's state as typed strings, the
// rule kinds that fit the indicator's 性质 (the server's own table), and the rule a draft makes —
// or every problem with it, in the words the form shows beside the fields.
import { isDecimal } from '../../../../src/domain/decimal.js';
import { RULE_OPERATORS } from '../../../../src/domain/frameworks/utils.js';
import { MAX_LEVEL_LENGTH, MAX_LEVELS } from '../../../../src/domain/indicators/levels.js';
import type { Operator, ScoringRule } from '../../../../src/domain/types.js';

export type RuleKind = Exclude<ScoringRule['kind'], 'none'>;

export interface BandDraft {
  min: string; // '' = open below
  max: string; // '' = open above
  points: string;
}

/** One level of a 定性 scale, best first: its name and points ('' = not scored by level). */
export interface LevelDraft {
  level: string;
  points: string;
}

export interface RuleDraft {
  kind: RuleKind;
  /** 定性 levels; none = scored by 达成情况 (达成/部分达成/未达成). */
  levels: LevelDraft[];
  perUnit: string;
  unitSize: string;
  threshold: string;
  direction: 'over' | 'under';
  bands: BandDraft[];
}

export type RuleProblem =
  | 'perUnit'
  | 'unitSize'
  | 'threshold'
  | 'bandsEmpty'
  | 'bandNumber'
  | 'bandOpen'
  | 'bandOrder'
  | 'bandPoints'
  | 'kind'
  | 'levelCount'
  | 'levelName'
  | 'levelRepeat'
  | 'levelNumber'
  | 'levelPoints'
  | 'levelOrder';

/** 优/良/中/差 at 100 %, 80 %, 60 % and 0 of the weight (分值), the common scale. */
export function commonLevels(weight: string): LevelDraft[] {
  const w = isDecimal(weight.trim()) ? Number(weight.trim()) : null;
  const at = (share: number) => (w === null ? '' : String(Math.round(w * share * 100) / 100));
  return [
    { level: '优', points: at(1) },
    { level: '良', points: at(0.8) },
    { level: '中', points: at(0.6) },
    { level: '差', points: at(0) },
  ];
}

const KINDS: RuleKind[] = ['ratio', 'deduction', 'bands', 'budgetExecution', 'qualitative', 'yesNo'];

/** The kinds an indicator of this 性质 may use, in the order the form lists them. */
export const kindsFor = (operator: Operator | null): RuleKind[] => (operator ? KINDS.filter((k) => RULE_OPERATORS[k]?.includes(operator)) : []);

const text = (n: number | null) => (n === null ? '' : String(n));

export function draftOf(rule: ScoringRule, operator: Operator | null): RuleDraft {
  const base: RuleDraft = {
    kind: 'ratio',
    perUnit: '1',
    unitSize: '1',
    threshold: '0',
    direction: operator === '<=' ? 'over' : 'under',
    bands: [{ min: '', max: '', points: '' }],
    levels: [],
  };
  switch (rule.kind) {
    case 'deduction':
      return {
        ...base,
        kind: 'deduction',
        perUnit: text(rule.perUnit),
        unitSize: text(rule.unitSize),
        threshold: text(rule.threshold),
        direction: rule.direction,
      };
    case 'bands':
      return { ...base, kind: 'bands', bands: rule.bands.map((b) => ({ min: text(b.min), max: text(b.max), points: text(b.points) })) };
    case 'qualitative':
      return { ...base, kind: 'qualitative', levels: (rule.levels ?? []).map((level, i) => ({ level, points: text(rule.levelPoints?.[i] ?? null) })) };
    case 'none':
      return { ...base, kind: kindsFor(operator)[0] ?? 'ratio' };
    default:
      return { ...base, kind: rule.kind };
  }
}

const num = (s: string) => (isDecimal(s.trim()) ? Number(s.trim()) : null);

/** The rule, or the problems that keep it from being one. `weight` (分值) caps a band's points. */
export function ruleOf(d: RuleDraft, operator: Operator | null, weight: string): { rule: ScoringRule; problems: [] } | { rule: null; problems: RuleProblem[] } {
  const problems: RuleProblem[] = [];
  if (!kindsFor(operator).includes(d.kind)) problems.push('kind');
  if (d.kind === 'deduction') {
    const [perUnit, unitSize, threshold] = [num(d.perUnit), num(d.unitSize), num(d.threshold)];
    if (perUnit === null || perUnit <= 0) problems.push('perUnit');
    if (unitSize === null || unitSize <= 0) problems.push('unitSize');
    if (threshold === null || threshold < 0) problems.push('threshold');
    if (problems.length) return { rule: null, problems };
    return { rule: { kind: 'deduction', perUnit: perUnit!, unitSize: unitSize!, threshold: threshold!, direction: d.direction }, problems: [] };
  }
  if (d.kind === 'bands') {
    if (d.bands.length === 0) problems.push('bandsEmpty');
    const cap = num(weight);
    const bands = d.bands.map((b) => ({ min: b.min.trim() === '' ? null : num(b.min), max: b.max.trim() === '' ? null : num(b.max), points: num(b.points) }));
    d.bands.forEach((b, i) => {
      const x = bands[i]!;
      if ((b.min.trim() !== '' && x.min === null) || (b.max.trim() !== '' && x.max === null) || x.points === null || x.points < 0) problems.push('bandNumber');
      else if (b.min.trim() === '' && b.max.trim() === '') problems.push('bandOpen');
      else if (x.min !== null && x.max !== null && x.min > x.max) problems.push('bandOrder');
      else if (cap !== null && x.points !== null && x.points > cap) problems.push('bandPoints');
    });
    if (problems.length) return { rule: null, problems: [...new Set(problems)] };
    return { rule: { kind: 'bands', bands: bands.map((b) => ({ min: b.min, max: b.max, points: b.points! })) }, problems: [] };
  }
  if (d.kind === 'qualitative' && d.levels.length > 0) return levelRule(d.levels, weight, problems);
  if (problems.length) return { rule: null, problems };
  return { rule: { kind: d.kind } as ScoringRule, problems: [] };
}

/** A 定性 rule with levels: with a point for each (scored by level) or none at all (a 运行监控 scale only). */
function levelRule(
  drafts: LevelDraft[],
  weight: string,
  problems: RuleProblem[],
): { rule: ScoringRule; problems: [] } | { rule: null; problems: RuleProblem[] } {
  const levels = drafts.map((l) => l.level.trim());
  if (levels.length < 2 || levels.length > MAX_LEVELS) problems.push('levelCount');
  if (levels.some((l) => !l || l.length > MAX_LEVEL_LENGTH)) problems.push('levelName');
  else if (new Set(levels).size !== levels.length) problems.push('levelRepeat');
  const unscored = drafts.every((l) => l.points.trim() === '');
  const points = drafts.map((l) => num(l.points));
  const cap = num(weight);
  if (!unscored) {
    if (points.some((p) => p === null || p < 0)) problems.push('levelNumber');
    else if (cap !== null && points.some((p) => p! > cap)) problems.push('levelPoints');
    else if (points.some((p, i) => i > 0 && p! > points[i - 1]!)) problems.push('levelOrder');
  }
  if (problems.length) return { rule: null, problems };
  return { rule: { kind: 'qualitative', levels, ...(unscored ? {} : { levelPoints: points as number[] }) }, problems: [] };
}
