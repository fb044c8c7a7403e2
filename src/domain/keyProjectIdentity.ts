// Which shared project a unit's key project is. Roll-ups, dashboards and the portal add up a
// project by its code across units. The editor numbers a new project "kp1", "kp2" … within one
// evaluation: a place, not an identity (every unit's first project is "kp1", and the first unit
// to save one fixed its name for all). So a placeholder code becomes the code its name names:
// a known project (两癌 → the liangai code the portal reads) or one derived from the name, as an
// imported report's is; the same project then rolls up across units and different ones never merge.
// The code links a project to the catalogue; the name the filler typed stays the project's name
// in that unit's report (a unit's "两癌" is not renamed to the catalogue's long name).
import { sha1Hex } from './sha1.js';
import { LIANGAI_PROJECT, type FigureRef, type KeyProject } from './types.js';

export interface KnownProject {
  keyword: RegExp;
  code: string;
  name: string;
  measure: string;
  verb: string;
}

/** Projects every Hunan 妇联 report names; anything else gets a code derived from its name. */
export const KNOWN_PROJECTS: readonly KnownProject[] = [
  { keyword: /两癌/, code: LIANGAI_PROJECT.code, name: LIANGAI_PROJECT.name, measure: LIANGAI_PROJECT.measure, verb: '检查' },
];

/** The code of a project not in KNOWN_PROJECTS: derived from its name, so the same name is the same project in every unit. */
export const codeOfName = (name: string) => `imp-${sha1Hex(name).slice(0, 8)}`;

/** The known project a project's name names (两癌 → liangai), or null. */
export const knownProjectOf = (name: string): KnownProject | null => KNOWN_PROJECTS.find((k) => k.keyword.test(name)) ?? null;

/** The shared code a project of this name has. */
export const codeForName = (name: string) => knownProjectOf(name.trim())?.code ?? codeOfName(name.trim());

/**
 * Codes that stand for a name, not an identity of their own: the editor's numbering of new
 * projects (web keyProjectModel.newProject), and a code derived from a name, which follows the
 * name (autosave stores a half-typed name; the finished one must not keep its code).
 */
const PLACEHOLDER = /^(kp\d+|imp-[0-9a-f]{8})$/;

/** The editor's numbering of a new project ("kp1"), which older versions stored as the code. */
export const isLegacyCode = (code: string) => /^kp\d+$/.test(code);

/** A code derived from a name (imp-…): the catalogue entry exists only while some unit uses it. */
export const isDerivedCode = (code: string) => /^imp-[0-9a-f]{8}$/.test(code);

/** The key projects with every placeholder code replaced by the project's shared code, and the codes replaced (old → new). */
export function identifyKeyProjects(projects: KeyProject[]): { projects: KeyProject[]; renamed: Map<string, string> } {
  const taken = new Set(projects.map((p) => p.code));
  const renamed = new Map<string, string>();
  const out = projects.map((p) => {
    const name = p.name.trim();
    if (!PLACEHOLDER.test(p.code) || !name) return p;
    const code = codeForName(name);
    // two rows naming one project in one evaluation: the second keeps its own code
    if (taken.has(code)) return p;
    taken.add(code);
    renamed.set(p.code, code);
    return { ...p, code };
  });
  return { projects: out, renamed };
}

/** The key projects with every placeholder code replaced by the project's shared code (same order). */
export const identifiedKeyProjects = (projects: KeyProject[]): KeyProject[] => identifyKeyProjects(projects).projects;

/** A narrative figure's reference with a renamed project code followed. */
export function renamedRef(ref: FigureRef, renamed: ReadonlyMap<string, string>): FigureRef {
  if ((ref.kind === 'keyProject' || ref.kind === 'funding') && renamed.has(ref.project)) return { ...ref, project: renamed.get(ref.project)! };
  return ref;
}

/** A review comment's anchor (keyProjects.<code>…, the diff path) with a renamed project code followed. */
export function renamedAnchor(anchor: string, renamed: ReadonlyMap<string, string>): string {
  const m = /^keyProjects\.([^.]+)(\..*)?$/.exec(anchor);
  const to = m && renamed.get(m[1]!);
  return to ? `keyProjects.${to}${m[2] ?? ''}` : anchor;
}
