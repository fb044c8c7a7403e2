// Reading report files (.txt, .docx, .xlsx) into a ParsedDocument. The thin I/O part; the rest is pure.
// node:fs's callbacks, not node:fs/promises: that module (with readline, watchers, …) costs a check's start
import { readFile, stat, type Stats } from 'node:fs';
import { extname } from 'node:path';
import type ExcelJS from 'exceljs';
import type { DocTable, ParsedDocument } from '../../domain/checks/document.js';
import { htmlToLines } from './docxHtml.js';
import { countOf, LIMITS, MAX_FILE_BYTES, MAX_UNZIPPED_BYTES, ReadError, tooMany } from './readLimits.js';
import { structure } from './structure.js';
import { BLANK, textToDocument } from './textFile.js';
import { guardZip, zipEntries, zipEntryText } from './zip.js';

export { htmlToLines } from './docxHtml.js';
export { LIMITS, MAX_FILE_BYTES, MAX_UNZIPPED_BYTES, ReadError } from './readLimits.js';
export { decodeText, textToDocument } from './textFile.js';
export { guardText } from './readLimits.js';
export { zipEntries, zipEntryText, zipUncompressedSize, type ZipEntryInfo } from './zip.js';

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
  if (doc.lines.every((l) => BLANK.test(l)) && doc.tables.every((t) => t.rows.every((r) => r.every((c) => BLANK.test(c)))))
    throw new ReadError('文件中没有文字（空文档），没有可导入或检查的内容 / the file has no text');
  return doc;
}

const statOf = (file: string) => new Promise<Stats>((ok, fail) => stat(file, (e, st) => (e ? fail(e) : ok(st))));
const bytesOf = (file: string) => new Promise<Buffer>((ok, fail) => readFile(file, (e, buf) => (e ? fail(e) : ok(buf))));

export async function readDocument(file: string): Promise<ParsedDocument> {
  let size: number;
  try {
    const st = await statOf(file);
    if (!st.isFile()) throw new ReadError('不是文件');
    size = st.size;
  } catch (e) {
    if (e instanceof ReadError) throw e;
    throw new ReadError(`无法读取：${(e as NodeJS.ErrnoException).code === 'ENOENT' ? '文件不存在' : (e as Error).message}`);
  }
  if (size > MAX_FILE_BYTES)
    throw new ReadError(`文件 ${Math.round(size / 1024 / 1024)} MB，超过 ${MAX_FILE_BYTES / 1024 / 1024} MB 上限，拒绝读取`, 'tooLarge');
  const buf = await bytesOf(file);
  try {
    return await bufferToDocument(buf, file);
  } catch (e) {
    if (e instanceof ReadError) throw e;
    throw new ReadError(`无法解析：${(e as Error).message}`);
  }
}
