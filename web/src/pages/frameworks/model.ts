// The editable draft of a framework's indicator tree: flat rows keyed by code (codes are stable ids
// that evaluations' values refer to, so removing a row never renumbers its siblings), plus the live
// checks, which reuse the server's own validation so the messages are the same words.
import { cmp, isDecimal, normalize, sum } from '../../../../src/domain/decimal.js';
import { RULE_OPERATORS, validateFramework } from '../../../../src/domain/frameworks/utils.js';
import type { Framework, IndicatorDef, IndicatorLevel, IndicatorSource, Operator, ScoringRule } from '../../../../src/domain/types.js';
import type { FT } from './i18n.js';

export interface Row {
  code: string;
  parentCode: string | null;
  order: number;
  name: string;
  unit: string | null;
  operator: Operator | null;
  weight: string; // as typed
  rule: ScoringRule;
  /** A computed leaf: its actual comes from the evaluation's data (预算执行率 …). */
  source: IndicatorSource | null;
}

export interface TreeRow extends Row {
  level: number;
  leaf: boolean;
  children?: TreeRow[];
}

export type { FrameworkDetail } from '../../../../src/domain/wire.js';

export const fromFramework = (f: Framework): Row[] =>
  f.indicators.map((i) => ({
    code: i.code,
    parentCode: i.parentCode,
    order: i.order,
    name: i.name,
    unit: i.unit,
    operator: i.operator,
    weight: i.weight ?? '',
    rule: i.rule,
    source: i.source ?? null,
  }));

const byOrder = (a: Row, b: Row) => a.order - b.order || a.code.localeCompare(b.code, 'en', { numeric: true });
export const childrenOf = (rows: Row[], code: string | null) => rows.filter((r) => r.parentCode === code).sort(byOrder);
const hasChildren = (rows: Row[], code: string) => rows.some((r) => r.parentCode === code);

export function levelOf(rows: Row[], code: string): number {
  const parent = new Map(rows.map((r) => [r.code, r.parentCode]));
  let depth = 1;
  for (let p = parent.get(code); p != null && depth <= 4; p = parent.get(p)) depth++;
  return depth;
}

export function toTree(rows: Row[], parent: string | null = null, level = 1): TreeRow[] {
  return childrenOf(rows, parent).map((r) => {
    const kids = toTree(rows, r.code, level + 1);
    return { ...r, level, leaf: kids.length === 0, ...(kids.length ? { children: kids } : {}) };
  });
}

/** Appends a child under `parent` (null: a level-1 row) with the next free number; returns its code. */
export function addChild(rows: Row[], parent: string | null): { rows: Row[]; code: string } {
  const siblings = childrenOf(rows, parent);
  const last = Math.max(0, ...siblings.map((s) => Number(/(\d+)$/.exec(s.code)?.[1] ?? 0)));
  let n = last + 1;
  const codeOf = (k: number) => (parent === null ? String(k) : `${parent}.${k}`);
  while (rows.some((r) => r.code === codeOf(n))) n++;
  const code = codeOf(n);
  const order = Math.max(0, ...siblings.map((s) => s.order)) + 1;
  // The parent stops being a leaf: it no longer carries an operator or a rule of its own.
  const out = rows.map((r) =>
    r.code === parent && !hasChildren(rows, r.code) ? { ...r, operator: null, rule: { kind: 'none' } as ScoringRule, source: null } : r,
  );
  out.push({ code, parentCode: parent, order, name: '', unit: null, operator: null, weight: '', rule: { kind: 'ratio' }, source: null });
  return { rows: out, code };
}

/** Removes a row and everything below it; a parent left without children becomes a leaf to fill in. */
export function removeRow(rows: Row[], code: string): Row[] {
  const gone = new Set([code]);
  for (let grew = true; grew;) {
    grew = false;
    for (const r of rows)
      if (r.parentCode !== null && gone.has(r.parentCode) && !gone.has(r.code)) {
        gone.add(r.code);
        grew = true;
      }
  }
  const parent = rows.find((r) => r.code === code)?.parentCode ?? null;
  const out = rows.filter((r) => !gone.has(r.code));
  return out.map((r) => (r.code === parent && !hasChildren(out, r.code) ? { ...r, rule: { kind: 'ratio' } as ScoringRule } : r));
}

export type RowPatch = Partial<Pick<Row, 'name' | 'unit' | 'operator' | 'weight' | 'rule' | 'source'>>;

export function updateRow(rows: Row[], code: string, patch: RowPatch): Row[] {
  return rows.map((r) => {
    if (r.code !== code) return r;
    const next = { ...r, ...patch };
    // A new operator keeps the rule when it still fits (a 区间 rule stays on ≥/≤), else takes its default.
    if (patch.operator && !RULE_OPERATORS[next.rule.kind]?.includes(patch.operator)) {
      next.rule = patch.operator === 'qualitative' ? { kind: 'qualitative' } : patch.operator === 'yesNo' ? { kind: 'yesNo' } : { kind: 'ratio' };
    }
    return next;
  });
}

const weightOf = (r: Row): string | null => (isDecimal(r.weight) ? normalize(r.weight.trim()) : null);

/** The body of PUT /api/frameworks/:id for these rows. */
export function toInput(rows: Row[]) {
  return rows.map((r) => {
    const leaf = !hasChildren(rows, r.code);
    const w = r.weight.trim();
    return {
      code: r.code,
      parentCode: r.parentCode,
      order: r.order,
      name: r.name,
      unit: r.unit && r.unit.trim() ? r.unit.trim() : null,
      weight: w === '' ? null : isDecimal(w) ? normalize(w) : w,
      ...(leaf ? { operator: r.operator, rule: r.rule, source: r.source } : {}),
    };
  });
}

export type Problems = Map<string | null, string[]>;

const push = (m: Problems, code: string | null, msg: string) => {
  const list = m.get(code) ?? [];
  if (!list.includes(msg)) list.push(msg);
  m.set(code, list);
};

/**
 * What the server would refuse, in its words (validateFramework), with the sum check phrased through
 * ft so English readers get it too; plus the level-1 total, which only warns (the server accepts it).
 */
export function liveCheck(ft: FT, rows: Row[]): { problems: Problems; total: string; totalOk: boolean } {
  const problems: Problems = new Map();
  const defs: IndicatorDef[] = rows.map((r) => {
    const leaf = !hasChildren(rows, r.code);
    if (r.weight.trim() !== '' && !isDecimal(r.weight)) push(problems, r.code, ft('fw.weightNaN', { text: r.weight }));
    return {
      id: r.code,
      code: r.code,
      parentCode: r.parentCode,
      level: Math.min(levelOf(rows, r.code), 3) as IndicatorLevel,
      order: r.order,
      name: r.name.trim(),
      unit: r.unit,
      operator: leaf ? r.operator : null,
      weight: weightOf(r),
      rule: leaf ? r.rule : { kind: 'none' },
      source: leaf ? r.source : null,
    };
  });
  const f: Framework = { id: 'draft', code: 'draft', name: 'draft', kind: 'custom', year: null, version: 1, frozen: false, indicators: defs };
  for (const p of validateFramework(f)) if (!p.message.includes('下级分值之和')) push(problems, p.code, p.message);
  for (const r of rows) {
    const w = weightOf(r);
    const kids = childrenOf(rows, r.code);
    if (!kids.length || w === null) continue;
    const s = sum(kids.map((k) => weightOf(k) ?? '0'));
    if (cmp(s, w) !== 0) push(problems, r.code, ft('fw.sumBad', { name: r.name.trim(), sum: s, weight: w }));
  }
  const total = sum(childrenOf(rows, null).map((r) => weightOf(r) ?? '0'));
  return { problems, total, totalOk: cmp(total, 100) === 0 };
}

export interface Difference {
  code: string;
  theirs: string;
  mine: string;
}

/** Rows that differ between the server's current framework and the draft, for the 409 dialog. */
export function differences(ft: FT, theirs: Framework, mine: Row[], myName: string): Difference[] {
  const show = (r: { name: string; weight: string | null } | undefined) => (r ? `${r.name}（${r.weight ?? '—'}）` : ft('fw.missing'));
  const out: Difference[] = [];
  if (theirs.name !== myName) out.push({ code: ft('fw.name'), theirs: theirs.name, mine: myName });
  const t = new Map(theirs.indicators.map((i) => [i.code, i]));
  const m = new Map(mine.map((r) => [r.code, r]));
  const codes = [...new Set([...t.keys(), ...m.keys()])].sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
  for (const code of codes) {
    const a = t.get(code);
    const b = m.get(code);
    const bw = b ? (weightOf(b) ?? (b.weight.trim() || null)) : null;
    if (
      a &&
      b &&
      a.name === b.name.trim() &&
      (a.weight ?? null) === bw &&
      (a.unit ?? null) === (b.unit?.trim() || null) &&
      (a.operator === b.operator || !!(b && hasChildren(mine, code)))
    )
      continue;
    out.push({ code, theirs: show(a), mine: show(b && { name: b.name, weight: bw }) });
  }
  return out;
}
