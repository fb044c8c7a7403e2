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
