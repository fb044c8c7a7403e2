// A table block as a plain rectangular grid: cells covered by a row or column span become ''.
import type { TableBlock } from './model.js';

export function tableGrid(t: TableBlock): string[][] {
  const width = t.columnWidths.length;
  const grid: (string | undefined)[][] = t.rows.map(() => Array<string | undefined>(width).fill(undefined));
  t.rows.forEach((row, r) => {
    let c = 0;
    for (const cell of row.cells) {
      while (c < width && grid[r]![c] !== undefined) c++; // skip cells filled by spans from above
      if (c >= width) break;
      for (let dr = 0; dr < (cell.rowSpan ?? 1); dr++) {
        for (let dc = 0; dc < (cell.colSpan ?? 1); dc++) {
          const line = grid[r + dr];
          if (line && c + dc < width) line[c + dc] = dr === 0 && dc === 0 ? cell.text : '';
        }
      }
      c += cell.colSpan ?? 1;
    }
  });
  return grid.map((line) => line.map((v) => v ?? ''));
}
