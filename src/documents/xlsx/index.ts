export { buildProjectWorkbook, writeProjectSheet, targetDisplay, PROJECT_SHEET, PARAMS_SHEET, type ProjectSheetOptions } from './projectSheet.js';
export { readProjectSheet, cellString, SheetFormatError } from './readProjectSheet.js';
export { buildDepartmentWorkbook, writeDepartmentSheet, DEPARTMENT_SHEET, BUDGET_TYPE_LABEL } from './departmentSheet.js';
