// Reading an input file for score, monitor and user import with the upload bound: readFile on
// /dev/zero, /dev/urandom or a FIFO nobody writes to never returned (the command hung until memory
// ran out), and a 3 GB file was read whole before its extension was even looked at.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { MAX_IMPORT_BYTES } from '../services/importFile.js';
import { CliError } from './context.js';

const MB = 1024 * 1024;

/** The bytes of `file`, at most `maxBytes` (a pipe such as /dev/stdin is read up to the bound); else exit 2. */
export async function readInputFile(file: string, maxBytes = MAX_IMPORT_BYTES): Promise<Buffer> {
  const tooLarge = () => new CliError(`文件超过 ${maxBytes / MB} MB 上限，拒绝读取 / ${file}: larger than ${maxBytes / MB} MB`, 2);
  try {
    const st = await stat(file);
    if (st.isDirectory()) throw new CliError(`无法读取文件 / cannot read ${file}: EISDIR`, 2);
    if (st.isFile() && st.size > maxBytes) throw tooLarge();
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of createReadStream(file, { highWaterMark: 1024 * 1024 }) as AsyncIterable<Buffer>) {
      size += chunk.length;
      if (size > maxBytes) throw tooLarge(); // leaving the loop closes the stream
      chunks.push(chunk);
    }
    return Buffer.concat(chunks);
  } catch (e) {
    if (e instanceof CliError) throw e;
    throw new CliError(`无法读取文件 / cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`, 2);
  }
}
