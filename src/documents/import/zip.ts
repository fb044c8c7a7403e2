// The zip container of .docx/.xlsx read by hand: its directory and one entry, inflated with a hard cap,
// so a zip bomb is refused before a library touches it.
import { createRequire } from 'node:module';
import type { inflateRawSync } from 'node:zlib';
import { MAX_UNZIPPED_BYTES, ReadError } from './readLimits.js';

// zlib is loaded when a zip is first inflated: `jixiao check` of a .txt never needs it
let inflateRaw: typeof inflateRawSync | undefined;
const inflater = (): typeof inflateRawSync => (inflateRaw ??= (createRequire(import.meta.url)('node:zlib') as typeof import('node:zlib')).inflateRawSync);

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
    else if (e.method === 8) out = inflater()(data, { maxOutputLength: maxBytes + 1 });
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

export function guardZip(buf: Uint8Array): void {
  const size = zipUncompressedSize(buf);
  if (size > MAX_UNZIPPED_BYTES)
    throw new ReadError(
      `解压后超过 ${MAX_UNZIPPED_BYTES / 1024 / 1024} MB（${Number.isFinite(size) ? Math.round(size / 1024 / 1024) : '?'} MB），拒绝读取`,
      'tooLarge',
    );
}
