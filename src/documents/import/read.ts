// Reading report files (.txt, .docx, .xlsx) into a ParsedDocument. The thin I/O part; the rest is pure.
import { readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import type ExcelJS from 'exceljs';
import type { DocTable, ParsedDocument } from '../../domain/checks/document.js';
import { structure } from './structure.js';

export const MAX_FILE_BYTES = 20 * 1024 * 1024;
export const MAX_UNZIPPED_BYTES = 100 * 1024 * 1024;

export class ReadError extends Error {}

/** UTF-8 when valid, else GB18030 (a superset of GBK/GB2312 used by older Windows reports). */
export function decodeText(buf: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(buf).replace(/^\ufeff/, '');
  } catch {
    return new TextDecoder('gb18030').decode(buf);
  }
}

/**
 * Sum of uncompressed sizes declared in a zip's central directory, without inflating anything:
 * a zip bomb is refused before mammoth/exceljs touch it.
 */
export function zipUncompressedSize(buf: Uint8Array): number {
  return zipEntries(buf).reduce((a, e) => a + e.size, 0);
}

/** Names and declared uncompressed sizes from a zip's central directory (nothing inflated). */
export function zipEntries(buf: Uint8Array): { name: string; size: number }[] {
  const view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 65535); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new ReadError('不是有效的 zip 文件（.docx/.xlsx 应为 zip 格式）');
  const entries = view.getUint16(eocd + 10, true);
  let p = view.getUint32(eocd + 16, true);
  const out: { name: string; size: number }[] = [];
  for (let k = 0; k < entries; k++) {
    if (p + 46 > buf.length || view.getUint32(p, true) !== 0x02014b50) throw new ReadError('zip 目录损坏');
    const size = view.getUint32(p + 24, true);
    const nameLength = view.getUint16(p + 28, true);
    const name = Buffer.from(buf.subarray(p + 46, p + 46 + nameLength)).toString('utf8');
    out.push({ name, size: size === 0xffffffff ? Infinity : size }); // zip64: refuse rather than guess
    p += 46 + nameLength + view.getUint16(p + 30, true) + view.getUint16(p + 32, true);
  }
  return out;
}

/** Worksheet XML above this is refused: a 自评表 is hundreds of rows, not hundreds of thousands. */
const MAX_SHEET_XML_BYTES = 8 * 1024 * 1024;

function guardZip(buf: Uint8Array): void {
  const size = zipUncompressedSize(buf);
  if (size > MAX_UNZIPPED_BYTES)
    throw new ReadError(`解压后超过 ${MAX_UNZIPPED_BYTES / 1024 / 1024} MB（${Number.isFinite(size) ? Math.round(size / 1024 / 1024) : '?'} MB），拒绝读取`);
}

const decodeEntities = (s: string): string =>
  s
    .replace(/<br\s*\/?>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&');

/** mammoth HTML → lines (one per paragraph) with each table row flattened to "a | b | c". */
export function htmlToLines(html: string): { lines: string[]; tables: DocTable[] } {
  const lines: string[] = [];
  const tables: DocTable[] = [];
  const re = /<table[\s\S]*?<\/table>|<(p|h\d|li)[^>]*>([\s\S]*?)<\/\1>/g;
  for (let m = re.exec(html); m; m = re.exec(html)) {
    if (m[0].startsWith('<table')) {
      const t: DocTable = { line: lines.length, rows: [] };
      for (const tr of m[0].matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/g)) {
        const cells = [...tr[1]!.matchAll(/<t[dh][^>]*>([\s\S]*?)<\/t[dh]>/g)].map((c) =>
          decodeEntities(c[1]!.replace(/<\/p>\s*<p[^>]*>/g, ' ')).replace(/\s+/g, ' ').trim(),
        );
        t.rows.push(cells);
        lines.push(cells.join(' | '));
      }
      if (t.rows.length) tables.push(t);
    } else {
      for (const l of decodeEntities(m[2]!).split('\n')) lines.push(l);
    }
  }
  return { lines, tables };
}

export async function docxToDocument(buf: Buffer, file?: string): Promise<ParsedDocument> {
  guardZip(buf);
  // loaded on demand: a .txt check should not pay for parsing zip/XML libraries at startup
  const { default: mammoth } = await import('mammoth');
  const { value } = await mammoth.convertToHtml({ buffer: buf });
  const { lines, tables } = htmlToLines(value);
  return structure(lines, tables, { format: 'docx', ...(file ? { file } : {}) });
}

function cellText(v: ExcelJS.CellValue): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'object') {
    if (v instanceof Date) return v.toISOString().slice(0, 10);
    if ('result' in v) return cellText(v.result as ExcelJS.CellValue);
    if ('richText' in v) return v.richText.map((r) => r.text).join('');
    if ('text' in v) return String(v.text);
    if ('error' in v) return '';
  }
  return String(v);
}

export async function xlsxToDocument(buf: Buffer, file?: string): Promise<ParsedDocument> {
  guardZip(buf);
  const sheets = zipEntries(buf).filter((e) => /^xl\/worksheets\/.*\.xml$/.test(e.name));
  const sheetBytes = sheets.reduce((a, e) => a + e.size, 0);
  if (sheetBytes > MAX_SHEET_XML_BYTES) {
    throw new ReadError(`表格过大（工作表解压后约 ${Math.round(sheetBytes / 1024 / 1024)} MB，上限 ${MAX_SHEET_XML_BYTES / 1024 / 1024} MB），拒绝读取；自评表通常只有几百行`);
  }
  const { default: Excel } = await import('exceljs');
  const wb = new Excel.Workbook();
  await wb.xlsx.load(buf as unknown as ArrayBuffer);
  const lines: string[] = [];
  const tables: DocTable[] = [];
  wb.eachSheet((ws) => {
    lines.push(ws.name);
    const t: DocTable = { line: lines.length, rows: [] };
    ws.eachRow({ includeEmpty: false }, (row) => {
      const cells: string[] = [];
      for (let c = 1; c <= row.cellCount; c++) cells.push(cellText(row.getCell(c).value).replace(/\s+/g, ' ').trim());
      while (cells.length && !cells[cells.length - 1]) cells.pop();
      t.rows.push(cells);
      lines.push(cells.join(' | '));
    });
    if (t.rows.length) tables.push(t);
    lines.push('');
  });
  return structure(lines, tables, { format: 'xlsx', ...(file ? { file } : {}) });
}

export function textToDocument(buf: Uint8Array, file?: string): ParsedDocument {
  return structure(decodeText(buf).split(/\r\n|\r|\n/), [], { format: 'txt', ...(file ? { file } : {}) });
}

/** Bytes of a report → ParsedDocument, by extension (zip content sniffed for .doc-less names). */
export async function bufferToDocument(buf: Buffer, file = ''): Promise<ParsedDocument> {
  if (buf.length > MAX_FILE_BYTES) throw new ReadError(`文件超过 ${MAX_FILE_BYTES / 1024 / 1024} MB，拒绝读取`);
  const ext = extname(file).toLowerCase();
  const isZip = buf.length > 4 && buf.readUInt32LE(0) === 0x04034b50;
  // Library errors on damaged or hostile files become one clear refusal.
  const parse = async (kind: string, f: () => Promise<ParsedDocument>) => {
    try {
      return await f();
    } catch (e) {
      if (e instanceof ReadError) throw e;
      throw new ReadError(`${kind}文件已损坏或格式不正确，无法读取（${(e as Error).message.slice(0, 80)}）`);
    }
  };
  if (ext === '.docx' || (isZip && ext !== '.xlsx' && buf.includes('word/'))) return parse('Word ', () => docxToDocument(buf, file));
  if (ext === '.xlsx' || (isZip && buf.includes('xl/'))) return parse('Excel ', () => xlsxToDocument(buf, file));
  if (ext === '.doc' || ext === '.xls') throw new ReadError(`不支持旧版 ${ext} 格式，请另存为 ${ext}x`);
  if (isZip) throw new ReadError('无法识别的 zip 文件');
  return textToDocument(buf, file);
}

export async function readDocument(file: string): Promise<ParsedDocument> {
  let size: number;
  try {
    const st = await stat(file);
    if (!st.isFile()) throw new ReadError('不是文件');
    size = st.size;
  } catch (e) {
    if (e instanceof ReadError) throw e;
    throw new ReadError(`无法读取：${(e as NodeJS.ErrnoException).code === 'ENOENT' ? '文件不存在' : (e as Error).message}`);
  }
  if (size > MAX_FILE_BYTES) throw new ReadError(`文件 ${Math.round(size / 1024 / 1024)} MB，超过 ${MAX_FILE_BYTES / 1024 / 1024} MB 上限，拒绝读取`);
  const buf = await readFile(file);
  try {
    return await bufferToDocument(buf, file);
  } catch (e) {
    if (e instanceof ReadError) throw e;
    throw new ReadError(`无法解析：${(e as Error).message}`);
  }
}
