// Which shared project a unit's key project is. Roll-ups, dashboards and the portal add up a
// project by its code across units. The editor numbers a new project "kp1", "kp2" … within one
// evaluation: a place, not an identity (every unit's first project is "kp1", and the first unit
// to save one fixed its name for all). So a placeholder code becomes the code its name names:
// a known project (两癌 → the liangai code the portal reads) or one derived from the name, as an
// imported report's is; the same project then rolls up across units and different ones never merge.
import { codeOfName, knownProjectOf } from '../documents/import/projects.js';
import type { KeyProject } from '../domain/types.js';

/**
 * Codes that stand for a name, not an identity of their own: the editor's numbering of new
 * projects (web keyProjectModel.newProject), and a code derived from a name, which follows the
 * name (autosave stores a half-typed name; the finished one must not keep its code).
 */
const PLACEHOLDER = /^(kp\d+|imp-[0-9a-f]{8})$/;

/** The key projects with every placeholder code replaced by the project's shared code (same order). */
export function identifiedKeyProjects(projects: KeyProject[]): KeyProject[] {
  const taken = new Set(projects.map((p) => p.code));
  return projects.map((p) => {
    const name = p.name.trim();
    if (!PLACEHOLDER.test(p.code) || !name) return p;
    const code = knownProjectOf(name)?.code ?? codeOfName(name);
    // two rows naming one project in one evaluation: the second keeps its own code
    if (taken.has(code)) return p;
    taken.add(code);
    return { ...p, code };
  });
}
