// How a 指标值 box shows its unit and what kind of box it is.

const halfWidth = (s: string) => s.replace(/[％]/g, '%').replace(/\s+/g, '');

/** The unit shown after a value, or undefined when the value already ends with it ("100%" in a % row). */
export function unitSuffix(value: string | null | undefined, unit: string | null | undefined): string | undefined {
  const u = unit?.trim();
  if (!u) return undefined;
  return halfWidth(value ?? '').endsWith(halfWidth(u)) ? undefined : u;
}

/** 定性 and 是否 targets are words, not one number: a box that wraps instead of cutting them off. */
export const isTextTarget = (operator: string | null): boolean => operator === 'qualitative' || operator === 'yesNo';

/**
 * What an empty numeric 指标值 box asks for: how the value is held (全年累计 for a cumulative row, at any
 * time for a level row) and the direction of the operator. Returns the i18n key.
 */
export function targetPlaceholder(operator: string | null, progress: 'cumulative' | 'level'): `tg.ph.${'cumulative' | 'level'}.${'min' | 'max' | 'eq'}` | null {
  const dir = operator === '>=' ? 'min' : operator === '<=' ? 'max' : operator === '=' ? 'eq' : null;
  return dir ? `tg.ph.${progress}.${dir}` : null;
}
