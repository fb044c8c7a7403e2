// 非税收入 is not 税收, 非财政拨款 is not 财政拨款: a label that holds a noun only right after 非 names
// its complement, never the noun itself.

/** The label holds the noun only as 非 + noun (and the noun itself does not open with 非). */
export function negatedIn(label: string, noun: string): boolean {
  if (!noun || noun.startsWith('非')) return false;
  let at = label.indexOf(noun);
  if (at < 0) return false;
  for (; at >= 0; at = label.indexOf(noun, at + 1)) if (label[at - 1] !== '非') return false;
  return true;
}
