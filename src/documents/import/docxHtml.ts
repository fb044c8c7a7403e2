// mammoth's HTML of a .docx → lines and tables: paragraphs a line each, table rows "a | b | c" laid on
// the table's grid (merged cells), a one-column layout table read as its paragraphs. Pure.
import type { DocTable } from '../../domain/checks/document.js';
import { LIMITS } from './readLimits.js';

const decodeEntities = (s: string): string =>
  s
    .replace(/<br\s*\/?>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/\u0000/g, '');

interface Span {
  rows: number;
  cols: number;
}
const spanOf = (attrs: string, name: string): number => Math.min(1000, Math.max(1, Number(new RegExp(`${name}="(\\d+)"`).exec(attrs)?.[1] ?? 1)));

/**
 * A table with merged cells laid on its grid (a rowspan cell is missing from the rows below it, so their
 * cells would shift left): `aligned` holds each cell's text at its own position and '' where a merged cell
 * reaches, `grid` the merged text in every position it covers (group labels: 一级指标 down its rows).
 */
function spread(rows: string[][], spans: Span[][]): { aligned: string[][]; grid: string[][] } | undefined {
  const grid: string[][] = rows.map(() => []);
  const aligned: string[][] = rows.map(() => []);
  let budget = LIMITS.cells; // a hostile file of huge spans is left unspread, not expanded
  for (let r = 0; r < rows.length; r++) {
    let col = 0;
    for (let k = 0; k < rows[r]!.length; k++) {
      while (grid[r]![col] !== undefined) col++;
      const { rows: down, cols: across } = spans[r]![k]!;
      for (let dr = 0; dr < down && r + dr < rows.length; dr++)
        for (let dc = 0; dc < across; dc++) {
          if (--budget < 0) return undefined;
          if (grid[r + dr]![col + dc] !== undefined) continue;
          grid[r + dr]![col + dc] = rows[r]![k]!;
          aligned[r + dr]![col + dc] = dr === 0 && dc === 0 ? rows[r]![k]! : '';
        }
      col += across;
    }
  }
  const dense = (x: string[][]) => x.map((r) => Array.from(r, (c) => c ?? ''));
  return { aligned: dense(aligned), grid: dense(grid) };
}

/**
 * A table of one column holds running text, not figures in columns (a report laid out inside a table, a
 * framed note): its paragraphs are read as lines. Null for any other table.
 */
function layoutLines(table: string): string[] | null {
  const rows = [...table.matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/g)];
  if (!rows.length || /<table[\s\S]*<table/.test(table)) return null;
  const out: string[] = [];
  for (const tr of rows) {
    const cells = [...tr[1]!.matchAll(/<t[dh][^>]*>([\s\S]*?)<\/t[dh]>/g)];
    if (cells.length !== 1) return null;
    for (const p of cells[0]![1]!.split(/<\/p>\s*<p[^>]*>/)) {
      const text = decodeEntities(p)
        .replace(/[ \t]+/g, ' ')
        .trim();
      if (text) out.push(...text.split('\n'));
    }
  }
  return out;
}

/** mammoth HTML → lines (one per paragraph) with each table row flattened to "a | b | c". */
export function htmlToLines(html: string): { lines: string[]; tables: DocTable[] } {
  const lines: string[] = [];
  const tables: DocTable[] = [];
  const re = /<table[\s\S]*?<\/table>|<(p|h\d|li)[^>]*>([\s\S]*?)<\/\1>/g;
  for (let m = re.exec(html); m; m = re.exec(html)) {
    if (m[0].startsWith('<table')) {
      const layout = layoutLines(m[0]);
      if (layout) {
        lines.push(...layout);
        continue;
      }
      const t: DocTable = { line: lines.length, rows: [] };
      const spans: Span[][] = [];
      for (const tr of m[0].matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/g)) {
        const found = [...tr[1]!.matchAll(/<t[dh]([^>]*)>([\s\S]*?)<\/t[dh]>/g)];
        const cells = found.map((c) =>
          decodeEntities(c[2]!.replace(/<\/p>\s*<p[^>]*>/g, ' '))
            .replace(/\s+/g, ' ')
            .trim(),
        );
        spans.push(found.map((c) => ({ rows: spanOf(c[1]!, 'rowspan'), cols: spanOf(c[1]!, 'colspan') })));
        t.rows.push(cells);
        lines.push(cells.join(' | '));
      }
      const merged = spans.some((r) => r.some((c) => c.rows > 1 || c.cols > 1)) ? spread(t.rows, spans) : undefined;
      if (merged) {
        t.rows = merged.aligned;
        t.grid = merged.grid;
        merged.aligned.forEach((r, i) => (lines[t.line + i] = r.join(' | ')));
      }
      if (t.rows.length) tables.push(t);
    } else {
      for (const l of decodeEntities(m[2]!).split('\n')) lines.push(l);
    }
  }
  return { lines, tables };
}
