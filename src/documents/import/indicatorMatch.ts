// A report's own indicator rows → the draft's indicator values: a row goes to the framework leaf of the same
// name (one leaf, used once); what has no leaf, or a number a quantitative leaf cannot read, is listed with
// the reason. The report's 分值/得分 stay in the preview: the framework's weights and rules score the draft. Pure.
import { leavesOf } from '../../domain/frameworks/utils.js';
import { emptyIndicatorValue } from '../../domain/indicators/emptyValue.js';
import { isQuantitative } from '../../domain/indicators/validate.js';
import { parseNumber } from '../../domain/scoring/numbers.js';
import type { Framework, IndicatorValue } from '../../domain/types.js';
import type { ReportIndicator, ReportIndicatorTable } from './indicatorTables.js';

export interface MatchedIndicator extends ReportIndicator {
  /** The framework leaf it filled, or null (listed with the reason). */
  code: string | null;
  /** Why no leaf took it (only when code is null): the preview shows it on the row. */
  why?: string;
}

export interface IndicatorMatch {
  values: IndicatorValue[];
  rows: MatchedIndicator[];
  unplaced: string[];
}

const key = (s: string): string => s.normalize('NFKC').replace(/[\s“”"‘’'《》]/g, '');

const describe = (r: ReportIndicator): string =>
  [r.target && `年度指标值 ${r.target}`, r.actual && `实际完成值 ${r.actual}`, r.weight && `分值 ${r.weight}`, r.score && `得分 ${r.score}`]
    .filter(Boolean)
    .join('，');

export function matchIndicators(framework: Framework, tables: ReportIndicatorTable[]): IndicatorMatch {
  const byName = new Map<string, ReturnType<typeof leavesOf>>();
  for (const l of leavesOf(framework)) byName.set(key(l.name), [...(byName.get(key(l.name)) ?? []), l]);
  const used = new Set<string>();
  const values: IndicatorValue[] = [];
  const rows: MatchedIndicator[] = [];
  const unplaced: string[] = [];
  for (const r of tables.flatMap((t) => t.indicators)) {
    const leaves = byName.get(key(r.name)) ?? [];
    const leaf = leaves.length === 1 && !used.has(leaves[0]!.code) ? leaves[0]! : null;
    if (!leaf) {
      const why = leaves.length > 1 ? '指标体系中有多个同名指标' : leaves.length ? '同名指标已由上一行填入' : `指标体系“${framework.name}”中没有这个指标`;
      unplaced.push(`指标“${r.name}”（${describe(r) || '无数值'}） — ${why}，未入指标表 — 表格：${r.row}`);
      rows.push({ ...r, code: null, why });
      continue;
    }
    used.add(leaf.code);
    const v = emptyIndicatorValue(leaf.code, { target: r.target, actual: r.actual, score: r.score, deviationReason: r.deviationReason });
    // a quantitative leaf holds numbers (≥95%, 210人次); 达到/较好 would refuse the whole import
    if (isQuantitative(leaf))
      for (const field of ['target', 'actual'] as const) {
        const text = v[field];
        if (text === null || (field === 'actual' && leaf.source) || parseNumber(text) !== null) continue;
        unplaced.push(`指标“${r.name}”的${field === 'target' ? '年度指标值' : '实际完成值'}“${text}” — 该指标按数值计分，这不是数字，未填入 — 表格：${r.row}`);
        v[field] = null;
      }
    // 预算执行率, 结转结余率…: the draft computes the actual from its own budget figures
    if (leaf.source && v.actual !== null) {
      unplaced.push(`指标“${r.name}”的实际完成值“${v.actual}” — 该指标由草稿的预算数据计算，未填入 — 表格：${r.row}`);
      v.actual = null;
    }
    values.push(v);
    rows.push({ ...r, code: leaf.code });
  }
  return { values, rows, unplaced };
}
