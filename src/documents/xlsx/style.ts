// Shared cell styling for the 自评表 sheets: thin borders, 宋体, centred, wrapped; A4 landscape.
import type ExcelJS from 'exceljs';

export const FONT = '宋体';
export const THIN: Partial<ExcelJS.Borders> = {
  top: { style: 'thin' },
  left: { style: 'thin' },
  bottom: { style: 'thin' },
  right: { style: 'thin' },
};

export function boxed(ws: ExcelJS.Worksheet, fromRow: number, toRow: number, fromCol: number, toCol: number): void {
  for (let r = fromRow; r <= toRow; r++) {
    for (let c = fromCol; c <= toCol; c++) {
      const cell = ws.getCell(r, c);
      cell.border = THIN;
      cell.font = { name: FONT, size: 10, ...(cell.font?.bold ? { bold: true } : {}) };
      cell.alignment = { vertical: 'middle', horizontal: cell.alignment?.horizontal ?? 'center', wrapText: true };
    }
  }
}

export function bold(cell: ExcelJS.Cell): void {
  cell.font = { name: FONT, size: 10, bold: true };
}

export function title(ws: ExcelJS.Worksheet, row: number, lastCol: number, text: string, size = 16): void {
  ws.mergeCells(row, 1, row, lastCol);
  const c = ws.getCell(row, 1);
  c.value = text;
  c.font = { name: FONT, size, bold: size >= 14 };
  c.alignment = { horizontal: 'center', vertical: 'middle' };
  ws.getRow(row).height = size >= 14 ? 30 : 18;
}

/** A4 landscape, fit to one page wide, centred, header rows repeated on every page. */
export function printSetup(ws: ExcelJS.Worksheet, titleRows: string): void {
  ws.pageSetup = {
    paperSize: 9,
    orientation: 'landscape',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    horizontalCentered: true,
    printTitlesRow: titleRows,
    margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
  };
}

/** A formula with its cached result, so readers that do not recalculate still see the value. */
export const formula = (f: string, result: number | string): ExcelJS.CellFormulaValue => ({ formula: f, result }) as ExcelJS.CellFormulaValue;

/** Decimal string → spreadsheet number (display only; every computation is done on the strings). */
export const num = (d: string | null | undefined): number | null => (d === null || d === undefined || d === '' ? null : Number(d));
