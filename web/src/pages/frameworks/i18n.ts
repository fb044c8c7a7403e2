// t() for the frameworks screens, following the app's language; labels for kinds, operators and
// scoring rules (a rule is shown in words, the way a 评分标准 column reads).
import type { FrameworkKind, Operator, ScoringRule } from '../../../../src/domain/types.js';
import { frameworksEn } from '../../i18n/frameworks.en.js';
import { frameworksZh, type FrameworksKey } from '../../i18n/frameworks.zh.js';
import { useDictionary } from '../../i18n/index.js';

export type FT = (key: FrameworksKey, vars?: Record<string, string | number>) => string;

export const useFt = (): FT => useDictionary(frameworksZh, frameworksEn);

export const OPERATOR_CHOICES: Operator[] = ['>=', '<=', '=', 'qualitative', 'yesNo'];

export const kindLabel = (ft: FT, kind: FrameworkKind | string) => {
  const key = `fw.kind.${kind}` as FrameworksKey;
  const s = ft(key);
  return s === key ? kind : s;
};

export const opLabel = (ft: FT, op: Operator | null) => ft(`fw.op.${op ?? 'none'}` as FrameworksKey);

/** The rule of an indicator in words; `unit` is appended to thresholds and band limits ("10%"). */
export function ruleText(ft: FT, rule: ScoringRule, operator: Operator | null, isGroup: boolean, unit: string | null): string {
  if (isGroup) return ft('fw.rule.group');
  const u = (n: number | null) => (n === null ? '' : `${n}${unit ?? ''}`);
  switch (rule.kind) {
    case 'none':
      return ft('fw.rule.none');
    case 'ratio':
      return operator === '>=' || operator === '<=' || operator === '=' ? ft(`fw.rule.ratio.${operator}`) : ft('fw.rule.ratio');
    case 'qualitative': {
      const levels = rule.levels ?? [];
      if (levels.length && rule.levelPoints?.length === levels.length) {
        const sep = ft('fw.rule.levelItem', { level: '', points: '' }).includes('→') ? '; ' : '；';
        return ft('fw.rule.byLevel', { levels: levels.map((level, i) => ft('fw.rule.levelItem', { level, points: rule.levelPoints![i]! })).join(sep) });
      }
      return ft('fw.rule.qualitative') + (levels.length ? ft('fw.rule.scaleOnly', { levels: levels.join('/') }) : '');
    }
    case 'yesNo':
    case 'budgetExecution':
      return ft(`fw.rule.${rule.kind}`);
    case 'deduction':
      return ft('fw.rule.deduction', {
        direction: ft(`fw.rule.${rule.direction}`),
        threshold: u(rule.threshold),
        unitSize: u(rule.unitSize),
        perUnit: rule.perUnit,
      });
    case 'bands': {
      const range = (b: { min: number | null; max: number | null }) =>
        b.min !== null && b.max !== null
          ? b.min === b.max
            ? ft('fw.rule.range.eq', { min: u(b.min) })
            : ft('fw.rule.range.between', { min: u(b.min), max: u(b.max) })
          : b.max === null
            ? ft('fw.rule.range.above', { min: u(b.min) })
            : ft('fw.rule.range.below', { max: u(b.max) });
      const sep = ft('fw.rule.band', { range: '', points: '' }).includes('→') ? '; ' : '；';
      return ft('fw.rule.bands', { bands: rule.bands.map((b) => ft('fw.rule.band', { range: range(b), points: b.points })).join(sep) });
    }
  }
}
