// The checks every request body goes through: where a NUL, half a character or a non-finite number
// sits (named by its path), and a JSON name given twice in one object.
import { describe, expect, it } from 'vitest';
import { brokenUnicodeIn, duplicateKeyIn, jsonShape, MAX_JSON_DEPTH, nonFiniteIn, nulIn } from '../../src/server/bodyScan.js';

describe('paths of bad values', () => {
  it('names the field, array index or object holding a bad key, at any depth', () => {
    const body = { a: [1, { b: ['ok', 'x\u0000'] }], c: 'fine' };
    expect(nulIn(body, 'body')).toBe('body.a.1.b.1');
    expect(nulIn({ 'k\u0000': 1, d: { e: 1 } }, 'body')).toBe('body');
    expect(nulIn({ d: { 'k\u0000': 1 } }, 'body')).toBe('body.d');
    expect(nulIn('x\u0000', 'query')).toBe('query');
    expect(nulIn(body.c, 'path')).toBeNull();
    expect(brokenUnicodeIn({ list: [{ name: 'a\ud800' }] }, 'body')).toBe('body.list.0.name');
    expect(brokenUnicodeIn({ list: [{ name: '🙂' }] }, 'body')).toBeNull();
    expect(nonFiniteIn({ w: [1, 2, Infinity] }, 'body')).toBe('body.w.2');
    expect(nonFiniteIn({ w: [1, 2, 3] }, 'body')).toBeNull();
  });

  it('walks a body nested 100,000 deep and a million-item array without overflowing', () => {
    let deep: unknown = 'x\u0000';
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(nulIn(deep, 'body')).toMatch(/^body(\.0){100000}$/);
    const wide = Array.from({ length: 1_000_000 }, () => 'a');
    expect(nulIn(wide, 'body')).toBeNull();
  });
});

describe('duplicateKeyIn', () => {
  it('finds a name given twice in one object, also when written with an escape', () => {
    expect(duplicateKeyIn('{"version":1,"version":9}')).toBe('version');
    expect(duplicateKeyIn('{"content":{"title":"a","ti\\u0074le":"b"},"version":1}')).toBe('title');
    expect(duplicateKeyIn('[{"a":1,"b":{"c":[1,{"d":1,"d":2}]}}]')).toBe('d');
  });

  it('lets the same name appear in different objects, and names or commas inside strings pass', () => {
    expect(duplicateKeyIn('[{"a":1},{"a":2}]')).toBeNull();
    expect(duplicateKeyIn('{"a":{"a":{"a":1}},"b":"\\"a\\":1,\\"a\\""}')).toBeNull();
    expect(duplicateKeyIn('{"list":["a","a"],"x":{"list":1}}')).toBeNull();
    expect(duplicateKeyIn('{"a\\\\":1,"a":2}')).toBeNull();
    expect(duplicateKeyIn('"just a string"')).toBeNull();
  });
});

describe('jsonShape', () => {
  const nested = (n: number) => `{"a":${'['.repeat(n - 1)}1${']'.repeat(n - 1)}}`;
  it(`refuses nesting deeper than ${MAX_JSON_DEPTH} levels without reading the rest, and takes ${MAX_JSON_DEPTH}`, () => {
    expect(jsonShape(nested(MAX_JSON_DEPTH))).toEqual({ tooDeep: false, duplicate: null });
    expect(jsonShape(nested(MAX_JSON_DEPTH + 1)).tooDeep).toBe(true);
    expect(jsonShape(`{"x":"${'['.repeat(1000)}"}`).tooDeep).toBe(false); // brackets inside a string are text
    expect(jsonShape('['.repeat(1_000_000)).tooDeep).toBe(true);
  });
  it('does not throw on text that is not JSON (the parser reports it)', () => {
    expect(jsonShape('{"a\\x":1,"a\\x":2').duplicate).toBe('"a\\x"');
    expect(jsonShape('{"version":').duplicate).toBeNull();
  });
});
