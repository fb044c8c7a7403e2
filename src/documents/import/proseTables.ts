// A prose paragraph and the first row of a flattened `|` table glued onto one line (a web page copied as
// text: "…情况如下：X执行情况表 | 项目 | 预算数 | …"). The table reader takes the whole line for a row, so
// the paragraph's sentences are lost to the prose; the line is cut where the paragraph ends. Pure.

/** The end of a sentence or of the lead-in to a list or table. */
const SENTENCE_END = /[。；;：:！？]/g;

/**
 * Where a line holds prose and then ≥ 2 `|` cells, the prose part (up to its last sentence end) and the rest
 * (the table's title and cells); a title ending in 表 before the first cell gets its own line. Null when the
 * line opens with a cell, when the part before the first `|` is not a sentence of at least 20 characters
 * (a long label cell, a note cell), or when no cells follow it.
 */
export function splitProseTable(line: string): string[] | null {
  const bar = line.indexOf('|');
  if (bar < 0 || (line.slice(bar).match(/\|/g) ?? []).length < 3) return null;
  const head = line.slice(0, bar);
  let cut = -1;
  for (const m of head.matchAll(SENTENCE_END)) cut = m.index;
  if (cut < 0) return null;
  const prose = head.slice(0, cut + 1).trim();
  // a sentence: long, with a comma or a full stop inside it (not a label like 说明：)
  if (prose.length < 20 || !/[，,。]/.test(prose.slice(0, -1))) return null;
  const rest = line.slice(cut + 1).trim();
  const title = /^([^|]*表)\s*\|/.exec(rest);
  if (title && title[1]!.trim().length >= 4) return [prose, title[1]!.trim(), '| ' + rest.slice(title[0].length).trim()];
  return [prose, rest];
}

/** Every glued line cut into its prose and its table (other lines as they are). */
export function splitProseTables(lines: string[]): string[] {
  if (!lines.some((l) => l.includes('|'))) return lines;
  return lines.flatMap((l) => splitProseTable(l) ?? [l]);
}
