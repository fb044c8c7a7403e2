// A prose paragraph and a flattened `|` table on one line (a web page's text copied with its table:
// "…下降5.1%。具体情况如下：某年收入执行情况表 | 科目 | 计划 | 完成 | …"): read whole, the line is a table
// and its sentences are lost. The prose is cut off at its last sentence end before the first `|`, a table
// title between them (…情况表, 单位：万元) gets its own line, and the cells stay on the table's line. Pure.

/** Sentence or lead-in ends: the prose stops at the last one before the first cell. */
const END = /[。！？；：:]/g;
/** A title of the table, not its first cell: ends with 表 or states the unit. */
const TITLE = /(?:表|[（(]?(?:金额)?单位[:：]\s*(?:万元|元|亿元)[)）]?)$/;

/**
 * Lines holding prose then `|` cells, each split into the prose, the title (when there is one) and the cells.
 * Only where the prose is a paragraph (≥ 30 characters, two clause marks, one of them a sentence end)
 * and the cells are a table (≥ 4 bars); a row whose first cell holds a sentence starts with `|` or is short.
 */
export function splitProseTables(lines: string[]): string[] {
  if (!lines.some((l) => l.includes('|'))) return lines;
  const out: string[] = [];
  for (const line of lines) {
    const parts = split(line);
    if (parts) out.push(...parts);
    else out.push(line);
  }
  return out;
}

function split(line: string): string[] | null {
  const bar = line.indexOf('|');
  if (bar < 0 || line.trimStart().startsWith('|')) return null;
  if ((line.match(/\|/g) ?? []).length < 4) return null;
  const head = line.slice(0, bar);
  let cut = -1;
  for (const m of head.matchAll(END)) cut = m.index! + 1;
  if (cut < 0) return null;
  const prose = head.slice(0, cut).trim();
  if (prose.length < 30 || !/[。！？]/.test(prose) || (prose.match(/[，,。；;]/g) ?? []).length < 2) return null;
  const lead = head.slice(cut).trim();
  const cells = line.slice(bar);
  if (!lead) return [prose, cells];
  // a title or unit note stands on its own line; any other words are the first cell
  if (TITLE.test(lead)) return [prose, lead, cells];
  return [prose, `${lead} ${cells}`];
}
