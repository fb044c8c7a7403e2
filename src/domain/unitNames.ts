// Units by any name users write (issue 14): full name, short name, code, the usual abbreviations
// (妇女联合会 ↔ 妇联), with or without the province/city prefix. Pure; the store filters with the
// SQL twin of `canonicalName`/`looseName` and ranks the candidates with `rankUnitMatch`.

/** Long organisation names and the abbreviation officials write; canonical form = the short one. */
export const NAME_ALIASES: readonly (readonly [long: string, short: string])[] = [
  ['妇女联合会', '妇联'],
  ['残疾人联合会', '残联'],
  ['工商业联合会', '工商联'],
  ['文学艺术界联合会', '文联'],
  ['科学技术协会', '科协'],
  ['共产主义青年团', '团'],
  ['人民政府', '政府'],
];

/** Place-level words removed by the loose form (湖南省妇联 ~ 湖南妇联, 武冈市妇联 ~ 武冈妇联). */
export const LEVEL_WORDS = /[省市县区]/g;

/** NFKC, no spaces or quotes, long organisation names abbreviated. */
export function canonicalName(name: string): string {
  let s = name.normalize('NFKC').replace(/[\s"'“”‘’「」]/g, '');
  for (const [long, short] of NAME_ALIASES) s = s.split(long).join(short);
  return s;
}

/** Canonical without the level words: matches names written with or without 省/市/县/区. */
export const looseName = (name: string): string => canonicalName(name).replace(LEVEL_WORDS, '');

/**
 * The query with leading place prefixes dropped one at a time, while a place is left in front of
 * the organisation: 湖南省邵阳市武冈市妇联 → 邵阳市武冈市妇联 → 武冈市妇联 (never bare 妇联).
 */
export function withoutPrefixes(query: string): string[] {
  const out: string[] = [];
  let s = canonicalName(query);
  for (let i = 0; i < 4; i++) {
    const m = /^[^省市州县区]{2,}?(?:自治州|省|市|州|县|区)(.+)$/.exec(s);
    if (!m || !/^[^省市州县区]{2,}?(?:自治州|省|市|州|县|区|镇|乡|村)/.test(m[1]!)) break;
    s = m[1]!;
    out.push(s);
  }
  return out;
}

export type UnitMatchKind = 'code' | 'name' | 'shortName' | 'alias' | 'partial';

export interface NamedUnit {
  code: string;
  name: string;
  shortName?: string | null;
}

/** How well a unit matches what the user wrote: tier 1 (exact) … 4 (loose); null = not at all. */
export function rankUnitMatch(query: string, u: NamedUnit): { tier: number; matchedBy: UnitMatchKind } | null {
  const q = query.normalize('NFKC').trim();
  if (u.code === q) return { tier: 1, matchedBy: 'code' };
  if (u.name === q) return { tier: 1, matchedBy: 'name' };
  if (u.shortName && u.shortName === q) return { tier: 1, matchedBy: 'shortName' };
  const names = [u.name, ...(u.shortName ? [u.shortName] : [])];
  const canon = canonicalName(q);
  if (names.some((n) => canonicalName(n) === canon)) return { tier: 2, matchedBy: 'alias' };
  const stripped = withoutPrefixes(q);
  if (names.some((n) => stripped.includes(canonicalName(n)))) return { tier: 3, matchedBy: 'alias' };
  const loose = looseName(q);
  // Loose forms need a place left in them: 省妇联 → 妇联 must not match a bare 妇联.
  if (loose.length >= 3 && names.some((n) => looseName(n) === loose)) return { tier: 4, matchedBy: 'alias' };
  return null;
}

/** The keys the store filters on (a superset of the matches; ranking decides). */
export function unitQueryKeys(query: string): { exact: string; canonical: string[]; loose: string } {
  const exact = query.normalize('NFKC').trim();
  return { exact, canonical: [canonicalName(exact), ...withoutPrefixes(exact)], loose: looseName(exact) };
}

/** Best matches only: the units of the best tier found (several = ambiguous). */
export function bestUnitMatches<T extends NamedUnit>(query: string, units: T[]): (T & { matchedBy: UnitMatchKind })[] {
  const ranked = units
    .map((u) => ({ u, r: rankUnitMatch(query, u) }))
    .filter((x): x is { u: T; r: { tier: number; matchedBy: UnitMatchKind } } => x.r !== null);
  if (ranked.length === 0) return [];
  const best = Math.min(...ranked.map((x) => x.r.tier));
  return ranked.filter((x) => x.r.tier === best).map((x) => ({ ...x.u, matchedBy: x.r.matchedBy }));
}
