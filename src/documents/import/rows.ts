// Rows of a simple table file (the first sheet of an .xlsx, or a .csv in UTF-8 or GB18030), for
// list imports such as users. The .xlsx goes through the same guarded reader as reports.
import { decodeText, ReadError, xlsxToDocument } from './read.js';

/** RFC 4180 CSV: quoted fields may hold commas, quotes ("") and line breaks. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"' && field === '') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows.map((r) => r.map((f) => f.trim())).filter((r) => r.some((f) => f !== ''));
}

export async function readRows(buf: Buffer, fileName: string): Promise<string[][]> {
  if (/\.xlsx$/i.test(fileName)) {
    const doc = await xlsxToDocument(buf, fileName);
    return doc.tables[0]?.rows ?? [];
  }
  if (/\.(csv|txt)$/i.test(fileName)) return parseCsv(decodeText(buf).replace(/^\uFEFF/, ''));
  throw new ReadError(`只接受 .xlsx 或 .csv 文件 / .xlsx or .csv only: ${fileName}`);
}
