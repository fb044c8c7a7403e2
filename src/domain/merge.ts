// Three-way merge of an evaluation's content, for two editors of one evaluation: the version both
// started from (base), mine (unsaved) and theirs (saved meanwhile). A field changed on one side only
// takes that side; a field changed on both sides to different values is a conflict, settled by
// `choose` (mine unless told). Rows of a list are matched by their identity (indicator code, section
// key, …), never by position, so an edit is not carried onto another row.
import { canonicalJson } from './canonicalJson.js';
import type { EvaluationContent } from './content.js';

export type Side = 'mine' | 'theirs';

export interface MergeConflict {
  /** Dotted path with rows named by identity: "indicators.1.2.3.actual" is written "indicators[1.2.3].actual". */
  path: string;
  base: unknown;
  mine: unknown; // undefined: deleted on that side
  theirs: unknown;
}

export interface MergeResult {
  merged: EvaluationContent;
  conflicts: MergeConflict[];
}

const same = (a: unknown, b: unknown) => a === b || canonicalJson(a) === canonicalJson(b);
const isPlain = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isPrimitive = (v: unknown) => v === null || typeof v !== 'object';

/** Values the server computes on every save (the indicator's score): never a conflict, the server redoes it. */
const derived = (path: string) => /^indicators\[[^\]]*\]\.score$/.test(path);

/** The identity of a row of a content list, or null when the row has none (then the list merges as one value). */
function idOf(v: unknown): string | null {
  if (!isPlain(v)) return null;
  for (const k of ['indicatorCode', 'budgetType', 'item', 'code', 'key']) if (typeof v[k] === 'string') return v[k];
  if (typeof v.category === 'string' && typeof v.source === 'string') return `${v.category}/${v.source}`; // a funding source
  return null;
}

function keyed(list: unknown[]): Map<string, unknown> | null {
  const out = new Map<string, unknown>();
  for (const v of list) {
    const id = idOf(v);
    if (id === null || out.has(id)) return null;
    out.set(id, v);
  }
  return out;
}

export function mergeContent(
  base: EvaluationContent,
  mine: EvaluationContent,
  theirs: EvaluationContent,
  choose: (path: string) => Side = () => 'mine',
): MergeResult {
  const conflicts: MergeConflict[] = [];
  const conflict = (path: string, b: unknown, m: unknown, t: unknown) => {
    conflicts.push({ path, base: b, mine: m, theirs: t });
    return choose(path) === 'theirs' ? t : m;
  };

  const merge = (b: unknown, m: unknown, t: unknown, path: string): unknown => {
    if (same(m, t)) return m;
    if (same(b, m)) return t;
    if (same(b, t)) return m;
    if (derived(path)) return t;
    if (isPlain(m) && isPlain(t) && (b === null || b === undefined || isPlain(b))) return mergeObject(isPlain(b) ? b : {}, m, t, path);
    if (Array.isArray(m) && Array.isArray(t) && (b === null || b === undefined || Array.isArray(b))) {
      const bl = Array.isArray(b) ? b : [];
      const [kb, km, kt] = [keyed(bl), keyed(m), keyed(t)];
      if (kb && km && kt && (m.length || t.length)) return mergeKeyed(kb, km, kt, path);
      // a list of words or paragraphs of one length on every side: position by position
      if (bl.length === m.length && m.length === t.length && [...bl, ...m, ...t].every(isPrimitive)) {
        return m.map((x, i) => merge(bl[i], x, t[i], `${path}.${i}`));
      }
    }
    return conflict(path, b, m, t);
  };

  const mergeObject = (b: Record<string, unknown>, m: Record<string, unknown>, t: Record<string, unknown>, path: string) => {
    const out: Record<string, unknown> = {};
    for (const k of new Set([...Object.keys(m), ...Object.keys(t)])) {
      const v = merge(b[k], m[k], t[k], path ? `${path}.${k}` : k);
      if (v !== undefined) out[k] = v;
    }
    return out;
  };

  const mergeKeyed = (b: Map<string, unknown>, m: Map<string, unknown>, t: Map<string, unknown>, path: string) => {
    const kept = new Map<string, unknown>();
    for (const id of new Set([...m.keys(), ...t.keys()])) {
      const [x, y, z] = [b.get(id), m.get(id), t.get(id)];
      const at = `${path}[${id}]`;
      let v: unknown;
      if (y !== undefined && z !== undefined) v = merge(x, y, z, at);
      else if (x === undefined)
        v = y ?? z; // added on one side
      else if (y === undefined)
        v = same(x, z) ? undefined : conflict(at, x, undefined, z); // I deleted it; they edited it?
      else v = same(x, y) ? undefined : conflict(at, x, y, undefined);
      if (v !== undefined) kept.set(id, v);
    }
    // my order; a row only they added goes after the row it follows in theirs
    const order = [...m.keys()].filter((id) => kept.has(id));
    const theirsOrder = [...t.keys()];
    theirsOrder.forEach((id, i) => {
      if (!kept.has(id) || order.includes(id)) return;
      const before = theirsOrder
        .slice(0, i)
        .reverse()
        .find((p) => order.includes(p));
      order.splice(before === undefined ? 0 : order.indexOf(before) + 1, 0, id);
    });
    return order.map((id) => kept.get(id));
  };

  const merged = mergeObject(
    base as unknown as Record<string, unknown>,
    mine as unknown as Record<string, unknown>,
    theirs as unknown as Record<string, unknown>,
    '',
  ) as unknown as EvaluationContent;
  return { merged, conflicts };
}
