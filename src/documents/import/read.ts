// Reading report files (.txt, .docx, .xlsx) into a ParsedDocument. The thin I/O part; the rest is pure.
import { readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import type ExcelJS from 'exceljs';
import type { DocTable, ParsedDocument } from '../../domain/checks/document.js';
import { structure } from './structure.js';

export const MAX_FILE_BYTES = 20 * 1024 * 1024;
export const MAX_UNZIPPED_BYTES = 100 * 1024 * 1024;

/** `tooLarge`: over a size or memory bound (413); `unprocessable`: took too long (422); `invalid`: not a readable report (400). */
export class ReadError extends Error {
  constructor(
    message: string,
    readonly kind: 'invalid' | 'tooLarge' | 'unprocessable' = 'invalid',
  ) {
    super(message);
  }
}

/**
 * What a report may hold. Real reports have hundreds of paragraphs and table rows; the bounds are
 * far above that and far below what freezes a parser (a .docx of a million empty paragraphs).
 */
export const LIMITS = {
  paragraphs: 20_000,
  lineChars: 20_000,
  textChars: 3_000_000,
  tableRows: 10_000,
  cells: 200_000,
};

const WHAT_EN: Record<string, string> = { 字符: 'characters', 行: 'lines', 段落: 'paragraphs', 表格行: 'table rows', 单元格: 'cells' };
const tooMany = (what: string, n: number | string, limit: number) =>
  new ReadError(
    `文件内容过多：${what} ${n}，上限 ${limit}；自评报告通常只有几百段、几百行，请检查是否选错了文件 / too many ${WHAT_EN[what] ?? what} (limit ${limit})`,
    'tooLarge',
  );

/** Counts lines and the longest one without splitting (a 10 MB line or 400k lines cost no arrays). */
export function guardText(text: string): void {
  if (text.length > LIMITS.textChars) throw tooMany('字符', text.length, LIMITS.textChars);
  let lines = 0;
  let start = 0;
  for (;;) {
    const nl = text.indexOf('\n', start);
    const end = nl < 0 ? text.length : nl;
    if (end - start > LIMITS.lineChars)
      throw new ReadError(`第 ${lines + 1} 行有 ${end - start} 个字符，超过每段 ${LIMITS.lineChars} 字的上限，不像是自评报告 / a line is too long`, 'tooLarge');
    lines++;
    if (lines > LIMITS.paragraphs) throw tooMany('行', `超过 ${LIMITS.paragraphs}`, LIMITS.paragraphs);
    if (nl < 0) return;
    start = nl + 1;
  }
}

function countOf(xml: string, re: RegExp): number {
  let n = 0;
  re.lastIndex = 0;
  while (re.exec(xml)) n++;
  return n;
}

/** UTF-16 with a byte-order mark (Windows Notepad's "Unicode"); UTF-8 when valid, else GB18030 (a superset of GBK/GB2312 used by older Windows reports). */
export function decodeText(buf: Uint8Array): string {
  if (buf[0] === 0xff && buf[1] === 0xfe) return new TextDecoder('utf-16le').decode(buf.subarray(2));
  if (buf[0] === 0xfe && buf[1] === 0xff) return new TextDecoder('utf-16be').decode(buf.subarray(2));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(buf).replace(/^\ufeff/, '');
  } catch {
    // a UTF-8 file with a stray byte (a copy cut in the middle of a character) is still UTF-8: read as
    // GB18030 it would become noise and be "checked" as clean; GB18030 text is almost never valid UTF-8
    const loose = new TextDecoder('utf-8').decode(buf).replace(/^\ufeff/, '');
    const bad = loose.split('\ufffd').length - 1;
    const cutAtEnd = !loose.replace(/\ufffd+$/, '').includes('\ufffd');
    // (the broken character itself is dropped: a line holding U+FFFD would be read as debris)
    if (cutAtEnd || (bad <= 3 && bad * 1000 <= loose.length)) return loose.replace(/\ufffd/g, '');
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
export interface ZipEntryInfo {
  name: string;
  size: number;
  method: number;
  compressedSize: number;
  localOffset: number;
}

export function zipEntries(buf: Uint8Array): ZipEntryInfo[] {
  const view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 65535); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0)
    throw new ReadError(
      '不是有效的 Word 或 Excel 文件：.docx/.xlsx 应为 zip 格式，这个文件可能已损坏或只是改了扩展名 / not a valid Word or Excel file (.docx/.xlsx are zip files): damaged, or only renamed',
    );
  const entries = view.getUint16(eocd + 10, true);
  let p = view.getUint32(eocd + 16, true);
  const out: ZipEntryInfo[] = [];
  for (let k = 0; k < entries; k++) {
    if (p + 46 > buf.length || view.getUint32(p, true) !== 0x02014b50) throw new ReadError('zip 目录损坏 / the zip directory is damaged');
    const size = view.getUint32(p + 24, true);
    const nameLength = view.getUint16(p + 28, true);
    const name = Buffer.from(buf.subarray(p + 46, p + 46 + nameLength)).toString('utf8');
    out.push({
      name,
      size: size === 0xffffffff ? Infinity : size, // zip64: refuse rather than guess
      method: view.getUint16(p + 10, true),
      compressedSize: view.getUint32(p + 20, true),
      localOffset: view.getUint32(p + 42, true),
    });
    p += 46 + nameLength + view.getUint16(p + 30, true) + view.getUint16(p + 32, true);
  }
  return out;
}

/** One entry's text, inflated with a hard output cap (the declared size may lie). */
export function zipEntryText(buf: Buffer, e: ZipEntryInfo, maxBytes: number): string {
  const p = e.localOffset;
  if (p + 30 > buf.length || buf.readUInt32LE(p) !== 0x04034b50) throw new ReadError('zip 文件损坏（本地文件头）');
  const start = p + 30 + buf.readUInt16LE(p + 26) + buf.readUInt16LE(p + 28);
  const data = buf.subarray(start, start + e.compressedSize);
  let out: Buffer;
  try {
    if (e.method === 0) out = data;
    else if (e.method === 8) out = inflateRawSync(data, { maxOutputLength: maxBytes + 1 });
    else throw new ReadError(`不支持的 zip 压缩方式 ${e.method}`);
  } catch (err) {
    if (err instanceof ReadError) throw err;
    if ((err as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE' || err instanceof RangeError) {
      throw new ReadError(`${e.name} 解压后超过 ${Math.round(maxBytes / 1024 / 1024)} MB，拒绝读取`, 'tooLarge');
    }
    throw new ReadError(`zip 文件损坏（${e.name}：${(err as Error).message.slice(0, 60)}）`);
  }
  if (out.length > maxBytes) throw new ReadError(`${e.name} 解压后超过 ${Math.round(maxBytes / 1024 / 1024)} MB，拒绝读取`, 'tooLarge');
  return out.toString('utf8');
}

/** Counts paragraphs, table rows and cells in the main document part before mammoth builds anything. */
function guardDocxParts(buf: Buffer): void {
  const main = zipEntries(buf).filter((e) => /^word\/document\d*\.xml$/.test(e.name));
  for (const e of main) {
    const xml = zipEntryText(buf, e, MAX_UNZIPPED_BYTES);
    const paragraphs = countOf(xml, /<w:p[\s>/]/g);
    if (paragraphs > LIMITS.paragraphs) throw tooMany('段落', paragraphs, LIMITS.paragraphs);
    const rows = countOf(xml, /<w:tr[\s>/]/g);
    if (rows > LIMITS.tableRows) throw tooMany('表格行', rows, LIMITS.tableRows);
    const cells = countOf(xml, /<w:tc[\s>/]/g);
    if (cells > LIMITS.cells) throw tooMany('单元格', cells, LIMITS.cells);
  }
}

/** Worksheet XML above this is refused: a 自评表 is hundreds of rows, not hundreds of thousands. */
const MAX_SHEET_XML_BYTES = 8 * 1024 * 1024;

function guardZip(buf: Uint8Array): void {
  const size = zipUncompressedSize(buf);
  if (size > MAX_UNZIPPED_BYTES)
    throw new ReadError(
      `解压后超过 ${MAX_UNZIPPED_BYTES / 1024 / 1024} MB（${Number.isFinite(size) ? Math.round(size / 1024 / 1024) : '?'} MB），拒绝读取`,
      'tooLarge',
    );
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

export async function docxToDocument(buf: Buffer, file?: string): Promise<ParsedDocument> {
  guardZip(buf);
  guardDocxParts(buf);
  // loaded on demand: a .txt check should not pay for parsing zip/XML libraries at startup
  const { default: mammoth } = await import('mammoth');
  const { value } = await mammoth.convertToHtml({ buffer: buf });
  const { lines, tables } = htmlToLines(value);
  guardLines(lines);
  return structure(lines, tables, { format: 'docx', ...(file ? { file } : {}) });
}

function cellText(v: ExcelJS.CellValue): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v.replace(/\u0000/g, '');
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
    throw new ReadError(
      `表格过大（工作表解压后约 ${Math.round(sheetBytes / 1024 / 1024)} MB，上限 ${MAX_SHEET_XML_BYTES / 1024 / 1024} MB），拒绝读取；自评表通常只有几百行`,
      'tooLarge',
    );
  }
  let rows = 0;
  let cells = 0;
  for (const e of sheets) {
    const xml = zipEntryText(buf, e, MAX_SHEET_XML_BYTES);
    rows += countOf(xml, /<row[\s>/]/g);
    cells += countOf(xml, /<c[\s>/]/g);
  }
  if (rows > LIMITS.tableRows) throw tooMany('表格行', rows, LIMITS.tableRows);
  if (cells > LIMITS.cells) throw tooMany('单元格', cells, LIMITS.cells);
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
  guardLines(lines);
  return structure(lines, tables, { format: 'xlsx', ...(file ? { file } : {}) });
}

/** The same bounds on lines produced by a reader (merged cells, `<br>` splits). */
function guardLines(lines: string[]): void {
  if (lines.length > LIMITS.paragraphs) throw tooMany('段落', lines.length, LIMITS.paragraphs);
  let chars = 0;
  for (let i = 0; i < lines.length; i++) {
    const n = lines[i]!.length;
    if (n > LIMITS.lineChars) throw new ReadError(`第 ${i + 1} 段有 ${n} 个字符，超过每段 ${LIMITS.lineChars} 字的上限 / a paragraph is too long`, 'tooLarge');
    chars += n;
  }
  if (chars > LIMITS.textChars) throw tooMany('字符', chars, LIMITS.textChars);
}

export function textToDocument(buf: Uint8Array, file?: string): ParsedDocument {
  if (buf.length === 0) throw new ReadError('文件是空的 / the file is empty');
  const text = decodeText(buf);
  // A NUL in decoded text means a binary file renamed .txt (the database could not store it anyway).
  if (text.includes('\u0000'))
    throw new ReadError(
      '文件含有空字符，像是二进制文件而不是文本；请上传 .txt（UTF-8 或 GBK）、.docx 或 .xlsx / the file holds NUL characters: binary, not text; upload .txt (UTF-8 or GBK), .docx or .xlsx',
    );
  guardText(text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text);
  return structure(text.split(/\r\n|\r|\n/), [], { format: 'txt', ...(file ? { file } : {}) });
}

/** Bytes of a report → ParsedDocument, by extension (zip content sniffed for .doc-less names). */
export async function bufferToDocument(buf: Buffer, file = ''): Promise<ParsedDocument> {
  if (buf.length > MAX_FILE_BYTES) throw new ReadError(`文件超过 ${MAX_FILE_BYTES / 1024 / 1024} MB，拒绝读取`, 'tooLarge');
  const ext = extname(file).toLowerCase();
  const isZip = buf.length > 4 && buf.readUInt32LE(0) === 0x04034b50;
  // Library errors on damaged or hostile files become one clear refusal.
  const parse = async (kind: string, f: () => Promise<ParsedDocument>) => {
    try {
      return await f();
    } catch (e) {
      if (e instanceof ReadError) throw e;
      throw new ReadError(
        `${kind}文件已损坏或格式不正确，无法读取（${(e as Error).message.slice(0, 80)}） / the ${kind.trim() || 'file'} file is damaged or malformed`,
      );
    }
  };
  if (ext === '.docx' || (isZip && ext !== '.xlsx' && buf.includes('word/'))) return withText(await parse('Word ', () => docxToDocument(buf, file)));
  if (ext === '.xlsx' || (isZip && buf.includes('xl/'))) return withText(await parse('Excel ', () => xlsxToDocument(buf, file)));
  if (ext === '.doc' || ext === '.xls')
    throw new ReadError(`不支持旧版 ${ext} 格式，请在 Office/WPS 中另存为 ${ext}x / the old ${ext} format is not supported: save it as ${ext}x`);
  if (isZip) throw new ReadError('无法识别的 zip 文件：既不是 .docx 也不是 .xlsx / a zip file that is neither .docx nor .xlsx');
  return withText(await textToDocument(buf, file));
}

/** A file with no text at all (an empty .docx, a .txt of blank lines) is refused, not read as a report of nothing. */
function withText(doc: ParsedDocument): ParsedDocument {
  if (!doc.lines.some((l) => l.trim()) && !doc.tables.some((t) => t.rows.some((r) => r.some((c) => c.trim()))))
    throw new ReadError('文件中没有文字（空文档），没有可导入或检查的内容 / the file has no text');
  return doc;
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
  if (size > MAX_FILE_BYTES)
    throw new ReadError(`文件 ${Math.round(size / 1024 / 1024)} MB，超过 ${MAX_FILE_BYTES / 1024 / 1024} MB 上限，拒绝读取`, 'tooLarge');
  const buf = await readFile(file);
  try {
    return await bufferToDocument(buf, file);
  } catch (e) {
    if (e instanceof ReadError) throw e;
    throw new ReadError(`无法解析：${(e as Error).message}`);
  }
}
