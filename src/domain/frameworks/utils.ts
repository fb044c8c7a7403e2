// Framework rules: structure checks, copying to a new year (a new editable version) and freezing.
import { cmp, normalize, sum } from '../decimal.js';
import { levelProblems } from '../indicators/levels.js';
import type { Framework, IndicatorDef, Operator, ScoringRule } from '../types.js';

export interface FrameworkProblem {
  code: string | null;
  message: string;
}

export const childrenOf = (f: Framework, code: string | null): IndicatorDef[] =>
  f.indicators.filter((i) => i.parentCode === code).sort((a, b) => a.order - b.order);

/** Every indicator depth first (1, 1.1, 1.1.1, 1.2 …, 2 …), siblings by `order`: the order people read a 指标体系 in. */
export function inTreeOrder(f: Framework): IndicatorDef[] {
  const out: IndicatorDef[] = [];
  const walk = (code: string | null) => {
    for (const c of childrenOf(f, code)) {
      out.push(c);
      walk(c.code);
    }
  };
  walk(null);
  // an indicator whose parent is missing is not lost: it comes last
  const seen = new Set(out);
  return [...out, ...f.indicators.filter((i) => !seen.has(i))];
}

/** Leaves: indicators without children (the ones that carry an operator and are scored). */
export function leavesOf(f: Framework): IndicatorDef[] {
  const parents = new Set(f.indicators.map((i) => i.parentCode).filter((c): c is string => c !== null));
  return f.indicators.filter((i) => !parents.has(i.code));
}

/** Sum of the level-1 weights (100 for the built-ins). */
export const totalWeight = (f: Framework): string => sum(childrenOf(f, null).map((i) => i.weight ?? '0'));

/** Which operators (性质) each scoring rule fits; the web editor uses the same table. */
export const RULE_OPERATORS: Record<string, readonly Operator[]> = {
  ratio: ['>=', '<=', '='],
  qualitative: ['qualitative'],
  yesNo: ['yesNo'],
  deduction: ['>=', '<=', '='],
  bands: ['>=', '<=', '='],
  budgetExecution: ['>='],
};

/** Every structural problem of a framework; an empty list means it is valid. */
export function validateFramework(f: Framework): FrameworkProblem[] {
  const out: FrameworkProblem[] = [];
  const byCode = new Map<string, IndicatorDef>();
  for (const i of f.indicators) {
    if (byCode.has(i.code)) out.push({ code: i.code, message: `指标编码重复：${i.code}` });
    byCode.set(i.code, i);
  }
  for (const i of f.indicators) {
    const parent = i.parentCode === null ? null : byCode.get(i.parentCode);
    if (i.parentCode !== null && !parent) out.push({ code: i.code, message: `上级指标 ${i.parentCode} 不存在` });
    const expectedLevel = parent ? parent.level + 1 : 1;
    if (i.level !== expectedLevel) out.push({ code: i.code, message: `层级应为 ${expectedLevel}，实为 ${i.level}` });
    if (i.weight !== null && cmp(i.weight, 0) < 0) out.push({ code: i.code, message: `分值不能为负数：${i.weight}` });
    if (!i.name.trim()) out.push({ code: i.code, message: '指标名称为空' });
  }
  const leafCodes = new Set(leavesOf(f).map((l) => l.code));
  for (const i of f.indicators) {
    const kids = childrenOf(f, i.code);
    if (leafCodes.has(i.code)) {
      if (i.rule.kind === 'none') continue; // narrative-only item, not scored
      if (!i.operator) out.push({ code: i.code, message: `末级指标“${i.name}”缺少指标性质 operator` });
      else if (!RULE_OPERATORS[i.rule.kind]?.includes(i.operator)) {
        out.push({ code: i.code, message: `指标“${i.name}”的计分规则 ${i.rule.kind} 与指标性质 ${i.operator} 不符` });
      }
      if (i.weight === null) out.push({ code: i.code, message: `末级指标“${i.name}”缺少分值` });
      if (i.rule.kind === 'bands' && i.weight !== null) {
        for (const b of i.rule.bands) {
          if (cmp(normalize(String(b.points)), i.weight) > 0) out.push({ code: i.code, message: `区间得分 ${b.points} 超过分值 ${i.weight}` });
        }
      }
      for (const m of levelProblems(i.rule, i.weight)) out.push({ code: i.code, message: `指标“${i.name}”：${m}` });
    } else if (i.weight !== null) {
      const s = sum(kids.map((k) => k.weight ?? '0'));
      if (cmp(s, i.weight) !== 0) out.push({ code: i.code, message: `“${i.name}”下级分值之和 ${s} ≠ 本级分值 ${normalize(i.weight)}` });
    }
  }
  return out;
}

export class FrameworkFrozenError extends Error {
  constructor(f: Framework) {
    super(`指标体系“${f.name}”第${f.version}版已冻结，请复制为新版本后再修改`);
  }
}

/** Throws when the framework may no longer be edited (an evaluation using it was submitted). */
export function assertEditable(f: Framework): void {
  if (f.frozen) throw new FrameworkFrozenError(f);
}

/** Freezes a framework (returns a new object; the input is not changed). */
export const freezeFramework = (f: Framework): Framework => ({ ...f, frozen: true, indicators: f.indicators.map((i) => ({ ...i })) });

/**
 * Copies a framework for a new year: a new version, not frozen, indicator ids re-derived from the
 * new id. `nextVersion` lets the store pass max(version)+1 of that code.
 */
export function copyFrameworkToYear(f: Framework, year: number, opts: { id?: string; nextVersion?: number } = {}): Framework {
  const version = opts.nextVersion ?? f.version + 1;
  const id = opts.id ?? `${f.code}@${year}v${version}`;
  return {
    ...f,
    id,
    year,
    version,
    frozen: false,
    indicators: f.indicators.map((i) => ({ ...i, id: `${id}:${i.code}`, rule: structuredClone(i.rule) })),
  };
}

/** Parameters a rule needs beyond its kind (the JSON schema checks types, this checks presence). */
export function ruleProblems(code: string | null, rule: ScoringRule): FrameworkProblem[] {
  if (rule.kind === 'deduction') {
    const r = rule as Partial<Extract<ScoringRule, { kind: 'deduction' }>>;
    if ([r.perUnit, r.unitSize, r.threshold].some((x) => typeof x !== 'number') || !r.direction) {
      return [{ code, message: '扣分规则需要 perUnit、unitSize、threshold 和 direction' }];
    }
  }
  if (rule.kind === 'bands' && !(rule.bands?.length > 0)) return [{ code, message: '区间规则至少需要一个区间 bands' }];
  return [];
}
