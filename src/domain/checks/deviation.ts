// A missed target needs 偏差原因分析及改进措施 (deviationReason).
import { cmp } from '../decimal.js';
import { parseQuantity } from '../quantity/index.js';
import type { IndicatorDef, IndicatorValue, Operator } from '../types.js';
import { finding, type Finding } from './finding.js';

/** Operator from the framework, else from the target as written (≥90% → '>='); plain numbers are minimums. */
export function operatorOf(v: IndicatorValue, def?: Pick<IndicatorDef, 'operator'>): Operator | null {
  if (def?.operator) return def.operator;
  const t = (v.target ?? '').trim();
  if (/^(≥|>=|＞=|不低于|不少于)/.test(t)) return '>=';
  if (/^(≤|<=|不高于|不超过|低于)/.test(t)) return '<=';
  if (/^(=|＝)/.test(t)) return '=';
  if (parseQuantity(t)) return '>=';
  return t ? 'qualitative' : null;
}

/** True / false when it can tell whether the target was missed; null when it cannot. */
export function targetMissed(v: IndicatorValue, op: Operator | null): boolean | null {
  if (v.achievement) return v.achievement !== 'achieved';
  if (op === 'qualitative' || op === 'yesNo' || op === null) return null;
  const t = v.target ? parseQuantity(v.target) : null;
  const a = v.actual ? parseQuantity(v.actual) : null;
  if (!t || !a) return null;
  const c = cmp(a.value, t.value);
  return op === '>=' ? c < 0 : op === '<=' ? c > 0 : c !== 0;
}

export function checkDeviationReasons(values: IndicatorValue[], defs: Pick<IndicatorDef, 'code' | 'name' | 'operator'>[] = []): Finding[] {
  const out: Finding[] = [];
  for (const v of values) {
    if (!v.applicable || (v.deviationReason ?? '').trim()) continue;
    const def = defs.find((d) => d.code === v.indicatorCode);
    if (targetMissed(v, operatorOf(v, def)) !== true) continue;
    const name = def?.name ?? v.indicatorCode;
    out.push(
      finding(
        'error',
        'deviationReason',
        `指标“${name}”未达到年度指标值（目标 ${v.target ?? '—'}，实际 ${v.actual ?? '—'}），须填写偏差原因分析及改进措施`,
        v.actual,
        v.target,
        `${name}：${v.target ?? ''} / ${v.actual ?? ''}`,
        { field: `indicator ${v.indicatorCode}` },
        `Indicator “${name}” missed its target (target ${v.target ?? '—'}, actual ${v.actual ?? '—'}): a reason for the deviation and the measures taken are required`,
      ),
    );
  }
  return out;
}
