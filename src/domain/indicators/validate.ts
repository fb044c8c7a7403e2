// Indicator values as typed (issue 16 item 8, issue 14): targets and actuals of quantitative leaves
// are numbers as officials write them ("≥90%", "10,361", full-width "９８％"); anything else —
// "NaN", "Infinity", "1e5", a range — is refused with the indicator named. Qualitative text is free.
import type { Framework, IndicatorDef, IndicatorValue } from '../types.js';
import { parseNumber } from '../scoring/numbers.js';
import { leavesOf } from '../frameworks/utils.js';

export interface IndicatorValueProblem {
  indicatorCode: string;
  field: 'target' | 'actual';
  value: string;
  message: string;
}

/** NFKC (full-width digits, ％, ≥ stay readable), trimmed; empty → null. */
export function normalizeValueText(s: string | null): string | null {
  if (s === null) return null;
  const t = s.normalize('NFKC').replace(/\s+/g, ' ').trim();
  return t === '' ? null : t;
}

/** Prose (a deviation reason) keeps its Chinese punctuation: NFKC would turn ， into , and show a change nobody made. */
export function normalizeProse(s: string | null): string | null {
  if (s === null) return null;
  const t = s.trim();
  return t === '' ? null : t;
}

/** A qualitative value ("资产账实相符，管理规范") as written: spaces collapsed, punctuation kept. */
export function normalizeSentence(s: string | null): string | null {
  if (s === null) return null;
  const t = s.replace(/\s+/g, ' ').trim();
  return t === '' ? null : t;
}

/** A leaf whose target and actual must be numbers. */
export function isQuantitative(def: IndicatorDef): boolean {
  if (def.rule.kind === 'deduction' || def.rule.kind === 'bands' || def.rule.kind === 'budgetExecution') return true;
  return def.operator === '>=' || def.operator === '<=' || def.operator === '=';
}

const FIELD_LABEL = { target: '年度指标值', actual: '实际完成值' } as const;

/** Normalised values plus every problem; an empty problem list means the values may be stored. */
export function validateIndicatorValues(framework: Framework, values: IndicatorValue[]): { values: IndicatorValue[]; problems: IndicatorValueProblem[] } {
  const leaves = new Map(leavesOf(framework).map((l) => [l.code, l]));
  const problems: IndicatorValueProblem[] = [];
  const seen = new Set<string>();
  const out = values.map((v) => {
    const def = leaves.get(v.indicatorCode);
    // a qualitative leaf's target and actual are sentences: NFKC turned their ， into , in the 公文
    const text = def && !isQuantitative(def) ? normalizeSentence : normalizeValueText;
    const nv: IndicatorValue = {
      ...v,
      target: text(v.target),
      actual: text(v.actual),
      deviationReason: normalizeProse(v.deviationReason),
    };
    if (seen.has(v.indicatorCode)) {
      problems.push({ indicatorCode: v.indicatorCode, field: 'target', value: v.indicatorCode, message: `指标 ${v.indicatorCode} 重复` });
    }
    seen.add(v.indicatorCode);
    if (!def) {
      problems.push({
        indicatorCode: v.indicatorCode,
        field: 'target',
        value: v.indicatorCode,
        message: `指标 ${v.indicatorCode} 不是“${framework.name}”的末级指标`,
      });
      return nv;
    }
    if (!isQuantitative(def)) return nv;
    for (const field of ['target', 'actual'] as const) {
      const text = nv[field];
      if (text === null) continue;
      if (field === 'actual' && def.source) continue; // computed: replaced on save, never read
      if (parseNumber(text) === null) {
        problems.push({
          indicatorCode: def.code,
          field,
          value: text,
          message: `指标 ${def.code}“${def.name}”的${FIELD_LABEL[field]}“${text}”不是一个数字（可写作 95、≥95%、10,361）`,
        });
      }
    }
    return nv;
  });
  return { values: out, problems };
}
