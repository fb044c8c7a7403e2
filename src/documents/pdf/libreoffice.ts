// PDF through LibreOffice: the .docx is converted by `soffice --headless --convert-to pdf`,
// with our fontconfig file so the 公文 fonts map onto Noto CJK on machines without them.
import { execFile } from 'node:child_process';
import { accessSync, constants, existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const LIBREOFFICE_INSTALL_HINT = 'apt-get install -y libreoffice-writer-nogui fonts-noto-cjk';

/** Thrown when no LibreOffice binary is found; the message says how to install it. */
export class LibreOfficeMissingError extends Error {
  constructor() {
    super(
      // each half says how to install it: the Chinese UI shows only the Chinese one (web/src/lib/serverMessage.ts)
      `PDF 需要 LibreOffice，但未找到 soffice。请安装：${LIBREOFFICE_INSTALL_HINT}（Debian/Ubuntu），或将 JIXIAO_SOFFICE 设为 soffice 的路径` +
        ` / PDF output needs LibreOffice, and no soffice was found on PATH. ` +
        `Install it with: ${LIBREOFFICE_INSTALL_HINT} (Debian/Ubuntu), or set JIXIAO_SOFFICE to the soffice binary.`,
    );
    this.name = 'LibreOfficeMissingError';
  }
}

function executable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The soffice binary: $JIXIAO_SOFFICE, else soffice/libreoffice on PATH; null when absent. */
export function findSoffice(env: NodeJS.ProcessEnv = process.env): string | null {
  if (env.JIXIAO_SOFFICE) return executable(env.JIXIAO_SOFFICE) ? env.JIXIAO_SOFFICE : null;
  for (const dir of (env.PATH ?? '').split(delimiter).filter(Boolean)) {
    for (const name of ['soffice', 'libreoffice']) {
      const p = join(dir, name);
      if (executable(p)) return p;
    }
  }
  return null;
}

/** The shipped fontconfig file (src/documents/fonts/fonts.conf), or $JIXIAO_FONTCONFIG. */
export function fontconfigFile(env: NodeJS.ProcessEnv = process.env): string | null {
  if (env.JIXIAO_FONTCONFIG) return env.JIXIAO_FONTCONFIG;
  const candidates = [new URL('../fonts/fonts.conf', import.meta.url), new URL('../../../src/documents/fonts/fonts.conf', import.meta.url)];
  for (const u of candidates) {
    const p = fileURLToPath(u);
    if (existsSync(p)) return p;
  }
  return null;
}

function run(cmd: string, args: string[], env: NodeJS.ProcessEnv, timeoutMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    execFile(cmd, args, { env, timeout: timeoutMs, maxBuffer: 8 * 1024 * 1024 }, (err, _stdout, stderr) => {
      if (err) reject(new Error(`soffice failed: ${err.message}${stderr ? `\n${stderr}` : ''}`));
      else resolve();
    });
  });
}

export interface ConvertOptions {
  timeoutMs?: number;
  env?: NodeJS.ProcessEnv;
}

/**
 * Converts .docx files to PDF in one soffice run (much cheaper than one run per file).
 * PDFs are written next to each other in outDir as <basename>.pdf.
 */
export async function convertDocxFilesToPdf(docxPaths: string[], outDir: string, options: ConvertOptions = {}): Promise<void> {
  const env = options.env ?? process.env;
  const soffice = findSoffice(env);
  if (!soffice) throw new LibreOfficeMissingError();
  // a private profile per run: concurrent soffice processes otherwise lock each other out
  const profile = await mkdtemp(join(tmpdir(), 'jixiao-lo-'));
  try {
    const fc = fontconfigFile(env);
    // TMPDIR inside the private profile: soffice leaves lu*.tmp files behind otherwise
    const childEnv = { ...env, HOME: env.HOME ?? profile, TMPDIR: profile, ...(fc ? { FONTCONFIG_FILE: fc } : {}) };
    await run(
      soffice,
      [`-env:UserInstallation=${pathToFileURL(profile).href}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', outDir, ...docxPaths],
      childEnv,
      options.timeoutMs ?? 120_000 + 5_000 * docxPaths.length,
    );
  } finally {
    await rm(profile, { recursive: true, force: true });
  }
}

/** One .docx buffer → PDF buffer. */
export async function docxToPdf(docx: Buffer, options: ConvertOptions = {}): Promise<Buffer> {
  const dir = await mkdtemp(join(tmpdir(), 'jixiao-pdf-'));
  try {
    const input = join(dir, 'report.docx');
    await writeFile(input, docx);
    await convertDocxFilesToPdf([input], dir, options);
    const out = join(dir, 'report.pdf');
    if (!existsSync(out)) throw new Error('soffice ran but wrote no PDF (is the .docx valid?)');
    return await readFile(out);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
