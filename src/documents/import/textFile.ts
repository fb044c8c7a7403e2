// A .txt report: its bytes decoded (UTF-8, UTF-16 with a BOM, GBK/GB18030), refused when they are not
// text, and bounded in lines and characters. Pure.
import type { ParsedDocument } from '../../domain/checks/document.js';
import { guardText, ReadError } from './readLimits.js';
import { splitProseTables } from './proseTables.js';
import { structure } from './structure.js';

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
    if (!gbkLike(buf)) throw new ReadError(NOT_TEXT);
    return new TextDecoder('gb18030').decode(buf);
  }
}

const NOT_TEXT =
  '文件不像是文本：既不是 UTF-8 也不是 GBK 编码的文字，可能是改了扩展名的二进制文件；请上传 .txt（UTF-8 或 GBK）、.docx 或 .xlsx / the file is not text (neither UTF-8 nor GBK): binary? Upload .txt (UTF-8 or GBK), .docx or .xlsx';

/**
 * Bytes that read as GBK Chinese: almost every two-byte character of a report lies in GB2312 (common
 * hanzi and punctuation, lead A1–F7, trail A1–FE), and no lead byte stands without its trail. Random high
 * bytes decode to GB18030 characters too (rare hanzi), about half of them outside GB2312.
 */
export function gbkLike(buf: Uint8Array): boolean {
  let pairs = 0;
  let common = 0;
  let broken = 0;
  for (let i = 0; i < buf.length; i++) {
    const b = buf[i]!;
    if (b < 0x80) continue;
    const t = buf[i + 1];
    // GB18030 four-byte form (lead, 30–39, lead, 30–39): valid, rare in reports
    if (
      b >= 0x81 &&
      b <= 0xfe &&
      t !== undefined &&
      t >= 0x30 &&
      t <= 0x39 &&
      (buf[i + 2] ?? 0) >= 0x81 &&
      (buf[i + 3] ?? 0) >= 0x30 &&
      (buf[i + 3] ?? 0) <= 0x39
    ) {
      pairs++;
      i += 3;
      continue;
    }
    if (b === 0x80 || b === 0xff || t === undefined || t < 0x40 || t === 0x7f || t === 0xff) {
      broken++;
      continue;
    }
    pairs++;
    if (b >= 0xa1 && b <= 0xf7 && t >= 0xa1) common++;
    i++;
  }
  // (a file cut in the middle of its last character keeps one broken byte)
  return pairs > 0 && broken <= 1 + pairs / 100 && common >= pairs * 0.8;
}

/** Control characters other than tab, line breaks and form feed (and the old DOS end-of-file mark). */
const CONTROL = /[\u0001-\u0008\u000b\u000e-\u0019\u001b-\u001f\u007f-\u009f]/g;
/** Whitespace and the invisible marks a blank file may hold (zero-width space, word joiner, BOM). */
export const BLANK = /^[\s\u200b-\u200d\u2060\ufeff]*$/;

export function textToDocument(buf: Uint8Array, file?: string): ParsedDocument {
  if (buf.length === 0) throw new ReadError('文件是空的 / the file is empty');
  const text = decodeText(buf);
  // A NUL in decoded text means a binary file renamed .txt (the database could not store it anyway).
  if (text.includes('\u0000'))
    throw new ReadError(
      '文件含有空字符，像是二进制文件而不是文本；请上传 .txt（UTF-8 或 GBK）、.docx 或 .xlsx / the file holds NUL characters: binary, not text; upload .txt (UTF-8 or GBK), .docx or .xlsx',
    );
  // valid UTF-8 (or UTF-16) made of control characters is binary too (an executable or image renamed .txt)
  const controls = text.length > 100_000 ? (text.slice(0, 100_000).match(CONTROL) ?? []).length * (text.length / 100_000) : (text.match(CONTROL) ?? []).length;
  if (controls > 8 && controls * 100 > text.length) throw new ReadError(NOT_TEXT);
  if (BLANK.test(text)) throw new ReadError('文件中没有文字（只有空白字符），没有可导入或检查的内容 / the file has no text (white space only)');
  guardText(text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text);
  return structure(splitProseTables(text.split(/\r\n|\r|\n/)), [], { format: 'txt', ...(file ? { file } : {}) });
}
