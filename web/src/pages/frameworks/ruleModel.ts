// Editing one leaf indicator's scoring rule (评分标准): the form's state as typed strings, the
// rule kinds that fit the indicator's 性质 (the server's own table), and the rule a draft makes —
// or every problem with it, in the words the form shows beside the fields.
import { isDecimal } from '../../../../src/domain/decimal.js';
import { RULE_OPERATORS } from '../../../../src/domain/frameworks/utils.js';
import type { Operator, ScoringRule } from '../../../../src/domain/types.js';

export type RuleKind = Exclude<ScoringRule['kind'], 'none'>;

export interface BandDraft {
  min: string; // '' = open below
  max: string; // '' = open above
  points: string;
}

export interface RuleDraft {
  kind: RuleKind;
  perUnit: string;
  unitSize: string;
  threshold: string;
  direction: 'over' | 'under';
  bands: BandDraft[];
}

export type RuleProblem = 'perUnit' | 'unitSize' | 'threshold' | 'bandsEmpty' | 'bandNumber' | 'bandOpen' | 'bandOrder' | 'bandPoints' | 'kind';

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
  if (problems.length) return { rule: null, problems };
  return { rule: { kind: d.kind } as ScoringRule, problems: [] };
}
