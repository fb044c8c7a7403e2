// Text extracted from a PDF keeps the page's line breaks: every line of a paragraph but its last runs
// to the same width. A line that full is half a sentence, never a heading, however short its words.

/** Display width: CJK and full-width characters count two, the rest one. */
export function displayWidth(line: string): number {
  let w = 0;
  for (const c of line) {
    const k = c.codePointAt(0)!;
    w +=
      (k >= 0x2e80 && k <= 0x9fff) ||
      (k >= 0xf900 && k <= 0xfaff) ||
      (k >= 0xff00 && k <= 0xff60) ||
      (k >= 0x3000 && k <= 0x303f) ||
      k === 0x201c ||
      k === 0x201d
        ? 2
        : 1;
  }
  return w;
}

const RUNS_ON = /[^。！？：；:;.!?]$/;
/** A PDF page is wider than any heading: 20 CJK characters at least. */
const MIN_WIDTH = 40;

/**
 * The width the prose was wrapped at, or null when the text was not wrapped: the median width of the lines
 * that run on into a next line (no sentence end), when at least 4 of them and most lie within 12% of it.
 */
export function wrapWidth(lines: string[]): number | null {
  const widths: number[] = [];
  for (let i = 0; i + 1 < lines.length; i++) {
    const t = lines[i]!.trim();
    if (!t || !lines[i + 1]!.trim() || !RUNS_ON.test(t) || t.includes('|')) continue;
    const w = displayWidth(t);
    if (w >= MIN_WIDTH) widths.push(w);
  }
  if (widths.length < 4) return null;
  widths.sort((a, b) => a - b);
  const median = widths[widths.length >> 1]!;
  const near = widths.filter((w) => Math.abs(w - median) <= median * 0.12).length;
  return near * 10 >= widths.length * 7 ? median : null;
}

/** A line as wide as the wrap: it goes on in the next line. */
export function fillsWrap(line: string, width: number | null): boolean {
  return width !== null && displayWidth(line.trim()) >= width * 0.88;
}
