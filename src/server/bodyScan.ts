// Checks over a parsed request (params, query, body) and over the raw JSON text, run on every
// request before any route: cheap on a 5 MB body of a million items, which anyone may send to
// /api/login (the old walk built a path string per item, three times over: 2 s of CPU per request).

type Node = { v: object; at: string | null; parent: Node | null; key: string };

/** Built only for the one bad value, walking up (not recursing: a path may be 100,000 deep). */
function pathOf(n: Node): string {
  const keys: string[] = [];
  let at: Node = n;
  while (at.at === null) {
    keys.push(at.key);
    at = at.parent!;
  }
  return [at.at, ...keys.reverse()].join('.');
}

/** Where in `value` (a path from `root`) a leaf or a key is bad, or null. Iterative: deep bodies cannot overflow the stack. */
function firstBad(value: unknown, root: string, badLeaf: (v: unknown) => boolean, badKey: (k: string) => boolean): string | null {
  if (badLeaf(value)) return root;
  if (!value || typeof value !== 'object') return null;
  const stack: Node[] = [{ v: value, at: root, parent: null, key: '' }];
  while (stack.length) {
    const node = stack.pop()!;
    const v = node.v;
    if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) {
        const child: unknown = v[i];
        if (badLeaf(child)) return `${pathOf(node)}.${i}`;
        if (child && typeof child === 'object') stack.push({ v: child, at: null, parent: node, key: String(i) });
      }
      continue;
    }
    for (const k of Object.keys(v)) {
      if (badKey(k)) return pathOf(node);
      const child: unknown = (v as Record<string, unknown>)[k];
      if (badLeaf(child)) return `${pathOf(node)}.${k}`;
      if (child && typeof child === 'object') stack.push({ v: child, at: null, parent: node, key: k });
    }
  }
  return null;
}

/** Path of the first string (or key) holding U+0000, or null. */
export const nulIn = (value: unknown, root: string) =>
  firstBad(
    value,
    root,
    (v) => typeof v === 'string' && v.includes('\u0000'),
    (k) => k.includes('\u0000'),
  );

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** A JSON "\ud800" escape parses to half a character; PostgreSQL refuses it (jsonb, text) with a 500. */
export const brokenUnicodeIn = (value: unknown, root: string) =>
  firstBad(
    value,
    root,
    (v) => typeof v === 'string' && LONE_SURROGATE.test(v),
    (k) => LONE_SURROGATE.test(k),
  );

/**
 * Ajv coerces "1e309" or "Infinity" in a query (or a string in a body) to Infinity and then skips
 * minimum/maximum for a non-finite number, so the value passed validation and failed in SQL (500).
 * JSON.parse also reads 1e309 as Infinity where a schema takes any number.
 */
export const nonFiniteIn = (value: unknown, root: string) =>
  firstBad(
    value,
    root,
    (v) => typeof v === 'number' && !Number.isFinite(v),
    () => false,
  );

/** Deeper than any body the API takes (sections are a flat list with parent keys). */
export const MAX_JSON_DEPTH = 64;

export interface JsonShape {
  /** Objects and arrays nest deeper than MAX_JSON_DEPTH (the scan stops there). */
  tooDeep: boolean;
  /** The first name that appears twice in one object ("ye\u0061r" is "year" again), or null. */
  duplicate: string | null;
}

/**
 * One pass over the raw text, before JSON.parse: a body nested a million deep is refused at level
 * 65 instead of being parsed and walked (about a second of CPU for anyone, /api/login included),
 * and a name given twice is found — JSON.parse keeps the last silently, so `{"version":1,"version":9}`
 * meant whatever the reader (a proxy, a log, this server) took; RFC 8259 leaves it undefined, I-JSON
 * forbids it. Only strings, brackets and commas are tracked: syntax is JSON.parse's business.
 */
export function jsonShape(text: string, maxDepth = MAX_JSON_DEPTH): JsonShape {
  // per open container: its names so far (null for an array) and whether a name comes next
  const names: (Set<string> | null)[] = [];
  let expectName = false;
  let duplicate: string | null = null;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22 /* " */) {
      const start = i;
      let escaped = false;
      for (i++; i < text.length; i++) {
        const d = text.charCodeAt(i);
        if (d === 0x5c /* \ */) {
          escaped = true;
          i++;
        } else if (d === 0x22) break;
      }
      const top = names[names.length - 1];
      if (expectName && top && duplicate === null) {
        const name = escaped ? unescape(text.slice(start, i + 1)) : text.slice(start + 1, i);
        if (top.has(name)) duplicate = name;
        top.add(name);
      }
      expectName = false;
    } else if (c === 0x7b /* { */ || c === 0x5b /* [ */) {
      if (names.length >= maxDepth) return { tooDeep: true, duplicate };
      names.push(c === 0x7b ? new Set() : null);
      expectName = c === 0x7b;
    } else if (c === 0x7d /* } */ || c === 0x5d /* ] */) {
      names.pop();
      expectName = false;
    } else if (c === 0x2c /* , */) {
      expectName = Boolean(names[names.length - 1]);
    }
  }
  return { tooDeep: false, duplicate };
}

function unescape(quoted: string): string {
  try {
    return JSON.parse(quoted) as string;
  } catch {
    return quoted; // not JSON: the parser will say so
  }
}

/** The first name given twice in one object of `text`, or null. */
export const duplicateKeyIn = (text: string) => jsonShape(text, Infinity).duplicate;
