// Marking a figure in a quoted sentence when the checker gave no offsets for it.

/**
 * Where `figure` stands in `text` when it stands there once as a whole number (not inside 2022 or
 * 10.50): a finding without the checker's offsets is marked only where there is no doubt.
 */
export function figureSpans(text: string, figure: string | null | undefined): [number, number][] {
  const f = figure?.trim();
  if (!f) return [];
  const found: [number, number][] = [];
  for (let at = text.indexOf(f); at >= 0 && found.length < 2; at = text.indexOf(f, at + 1)) {
    const before = text[at - 1] ?? '';
    const after = text.slice(at + f.length, at + f.length + 2);
    const insideBefore = /^\d/.test(f) && /[\d.,]/.test(before);
    const insideAfter = /\d$/.test(f) && /^(\d|[.,]\d)/.test(after);
    if (!insideBefore && !insideAfter) found.push([at, at + f.length]);
  }
  return found.length === 1 ? found : [];
}
