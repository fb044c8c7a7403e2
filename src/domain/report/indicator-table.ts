// The 自评表 (indicator grid) as a table block: 一级/二级/三级指标, 年度指标值, 实际完成值, 分值, 得分, 偏差原因.
import { sum } from '../decimal.js';
import type { Evaluation, IndicatorDef, IndicatorValue } from '../types.js';
import { formatDecimal } from './amount.js';
import type { TableBlock, TableCell, TableRow } from './model.js';

const OPERATOR_SIGNS: Record<string, string> = { '>=': '≥', '<=': '≤', '=': '=' };

/** Sort key from codes like "1.2.10" so that 10 comes after 9. */
function codeKey(code: string): number[] {
  return code.split(/[.-]/).map((p) => (/^\d+$/.test(p) ? Number(p) : Number.MAX_SAFE_INTEGER));
}

function compareCodes(a: string, b: string): number {
  const ka = codeKey(a);
  const kb = codeKey(b);
  for (let i = 0; i < Math.max(ka.length, kb.length); i++) {
    const d = (ka[i] ?? -1) - (kb[i] ?? -1);
    if (d !== 0) return d;
  }
  return a.localeCompare(b);
}

interface Line {
  l1: string;
  l2: string;
  l3: string;
  value: IndicatorValue;
  weight: string | null;
}

/**
 * A bare number gets the indicator's unit: a rate computed from the figures is stored as 86.5, and the
 * 自评表 read “86.5” beside a typed “82%” and a target of “≥100%”.
 */
export function withUnit(value: string | null | undefined, unit: string | null | undefined): string {
  const v = (value ?? '').trim();
  return unit && /^-?\d+(\.\d+)?$/.test(v) ? `${v}${unit}` : (value ?? '');
}

function targetText(v: IndicatorValue, def: IndicatorDef | undefined): string {
  const t = withUnit(v.target, def?.unit);
  const sign = def?.operator ? OPERATOR_SIGNS[def.operator] : undefined;
  // prefix the operator only when the stored target does not already carry one
  return sign && t && !/^[≥≤=<>]/.test(t) && sign !== '=' ? `${sign}${t}` : t;
}

function lines(e: Evaluation, defs: IndicatorDef[]): Line[] {
  const byCode = new Map(defs.map((d) => [d.code, d]));
  const name = (code: string | null | undefined) => (code ? (byCode.get(code)?.name ?? '') : '');
  return [...e.indicators]
    .sort((a, b) => compareCodes(a.indicatorCode, b.indicatorCode))
    .map((v) => {
      const def = byCode.get(v.indicatorCode);
      if (!def) return { l1: '', l2: '', l3: v.indicatorCode, value: v, weight: null };
      const parent = def.parentCode ? byCode.get(def.parentCode) : undefined;
      const grand = parent?.parentCode ? byCode.get(parent.parentCode) : undefined;
      if (def.level === 3) return { l1: name(grand?.code), l2: name(parent?.code), l3: def.name, value: v, weight: def.weight };
      if (def.level === 2) return { l1: name(parent?.code), l2: def.name, l3: '', value: v, weight: def.weight };
      return { l1: def.name, l2: '', l3: '', value: v, weight: def.weight };
    });
}

/** Merge equal consecutive values of a column into one cell spanning the rows. */
function spans(values: string[]): (number | 0)[] {
  const out: number[] = values.map(() => 1);
  let start = 0;
  for (let i = 1; i <= values.length; i++) {
    if (i < values.length && values[i] === values[start] && values[i] !== '') {
      out[start]! += 1;
      out[i] = 0; // covered
    } else start = i;
  }
  return out;
}

/**
 * Null when the evaluation has no indicator values. `defs` gives names and weights
 * (the framework's indicators); without them the table shows indicator codes.
 */
export function indicatorTable(e: Evaluation, defs: IndicatorDef[], title: string): TableBlock | null {
  if (e.indicators.length === 0) return null;
  const ls = lines(e, defs);
  const defsByCode = new Map(defs.map((d) => [d.code, d]));
  const header: TableRow = {
    header: true,
    cells: ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施'].map((text) => ({
      text,
      align: 'center' as const,
    })),
  };
  const s1 = spans(ls.map((l) => l.l1));
  const s2 = spans(ls.map((l, i) => (l.l2 ? `${l.l1}\u0000${l.l2}` : `\u0001${i}`)));
  const rows: TableRow[] = ls.map((l, i) => {
    const cells: TableCell[] = [];
    if (s1[i]! > 0) cells.push({ text: l.l1, rowSpan: s1[i]!, align: 'center' });
    if (s2[i]! > 0) cells.push({ text: l.l2, rowSpan: s2[i]!, align: 'center' });
    const v = l.value;
    cells.push(
      { text: l.l3, align: 'left' },
      { text: targetText(v, defsByCode.get(v.indicatorCode)), align: 'center' },
      { text: withUnit(v.actual, defsByCode.get(v.indicatorCode)?.unit), align: 'center' },
      { text: l.weight === null ? '' : formatDecimal(l.weight), align: 'center' },
      { text: !v.applicable ? '不适用' : v.score === null ? '' : formatDecimal(v.score), align: 'center' },
      { text: v.deviationReason ?? '', align: 'left' },
    );
    return { header: false, cells };
  });
  const applicable = ls.filter((l) => l.value.applicable);
  const weights = applicable.map((l) => l.weight).filter((w): w is string => w !== null);
  const scores = applicable.map((l) => l.value.score).filter((s): s is string => s !== null);
  rows.push({
    header: false,
    cells: [
      { text: '合计', colSpan: 5, align: 'center' },
      { text: weights.length ? formatDecimal(sum(weights)) : '', align: 'center' },
      { text: scores.length ? formatDecimal(sum(scores)) : '', align: 'center' },
      { text: '', align: 'left' },
    ],
  });
  return { kind: 'table', key: 'indicators', title, columnWidths: [17, 19, 28, 20, 20, 11, 15, 26], rows: [header, ...rows] };
}
