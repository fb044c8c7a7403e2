// The three built-in frameworks seeded in every new database; ids are their codes.
import type { Framework } from '../types.js';
import { departmentWide, DEPARTMENT_WIDE_ID } from './departmentWide.js';
import { hunanProvincial, HUNAN_PROVINCIAL_ID, HUNAN_CATEGORIES } from './hunanProvincial.js';
import { projectExpenditure, PROJECT_EXPENDITURE_ID } from './projectExpenditure.js';

export { departmentWide, hunanProvincial, projectExpenditure, DEPARTMENT_WIDE_ID, HUNAN_PROVINCIAL_ID, PROJECT_EXPENDITURE_ID, HUNAN_CATEGORIES };

export const BUILTIN_FRAMEWORKS: readonly Framework[] = [projectExpenditure, departmentWide, hunanProvincial];

/** A built-in framework by id/code (a deep copy, so callers may edit it freely). */
export function builtinFramework(code: string): Framework | null {
  const f = BUILTIN_FRAMEWORKS.find((x) => x.code === code);
  return f ? structuredClone(f) : null;
}
