// The fuzz harness shared by test/security/fuzz.test.ts (a few hundred inputs) and bench/fuzz.ts
// (≥ 10,000): fast-check generates and mutates inputs for the quantity parser, the checker and
// every report reader. A crash is an exception out of a pure function, a reader throwing something
// that is not an Error, a broken invariant, or a hang; a reader's Error is a refusal (the import
// route and `jixiao check` turn it into a message), counted separately, ReadError as "clear".
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { checkText } from '../../src/domain/checks/index.js';
import { cellNumber } from '../../src/domain/checks/tables.js';
import { extractQuantities, parseQuantity } from '../../src/domain/quantity/index.js';
import { bufferToDocument, decodeText, ReadError, textToDocument } from '../../src/documents/import/read.js';
import { parseText } from '../../src/documents/import/structure.js';
import { cell, docx, para, xlsx } from './zip.js';

export interface TargetReport {
  target: string;
  inputs: number;
  ok: number;
  clearRefusals: number; // ReadError
  otherRefusals: number; // other Error out of a reader (library message, wrapped by callers)
  /** TypeError/RangeError thrown inside a library: still a refusal to the user, but worth reporting upstream. */
  libraryBugs: number;
  crashes: number;
  hangs: number;
  slowestMs: number;
  examples: { kind: 'crash' | 'hang' | 'refusal'; input: string; error: string }[];
}

const ROOT = join(import.meta.dirname, '..', '..');
export const SEED_TEXTS = ['000_32ee0b52d08abfcb.txt', '002_279d50849b4f1aa3.txt'].map((f) => readFileSync(join(ROOT, 'fixtures', 'seeds', f), 'utf8'));
const SEED_LINES = SEED_TEXTS.flatMap((t) => t.split('\n')).filter((l) => l.trim().length > 4);

const FIGURE_CHARS = [
  ...'0123456789０１２３４５６７８９.．,%％零〇一二两三四五六七八九十百千万亿元人个次户名件约近超过余多以上下左右—-~～至（）()《》〔〕 \u3000\n，。；：、',
];
const figureText = fc.string({ unit: fc.constantFrom(...FIGURE_CHARS), maxLength: 80 });
const anyText = fc.string({ unit: 'grapheme', maxLength: 120 });
const binaryText = fc.string({ unit: 'binary', maxLength: 200 });

/** A seed line with characters inserted, deleted, duplicated or digits swapped. */
const mutatedLine = fc
  .tuple(
    fc.constantFrom(...SEED_LINES),
    fc.array(fc.tuple(fc.nat(), fc.nat({ max: 5 }), fc.constantFrom(...FIGURE_CHARS), fc.nat({ max: 3 })), { maxLength: 6 }),
  )
  .map(([line, edits]) => {
    let s = line;
    for (const [pos, len, ch, op] of edits) {
      const p = s.length ? pos % s.length : 0;
      if (op === 0) s = s.slice(0, p) + ch + s.slice(p);
      else if (op === 1) s = s.slice(0, p) + s.slice(p + len);
      else if (op === 2) s = s.slice(0, p) + s.slice(p, p + len * 10).repeat(3) + s.slice(p);
      else s = s.replace(/\d/g, (d) => (d === '9' ? '0' : String(Number(d) + 1)));
    }
    return s;
  });

const mutatedDocument = fc
  .tuple(fc.constantFrom(...SEED_TEXTS), fc.nat(), fc.nat({ max: 3000 }), fc.array(mutatedLine, { maxLength: 5 }))
  .map(([text, at, len, inserts]) => {
    const p = at % text.length;
    return text.slice(p, p + len) + '\n' + inserts.join('\n');
  });

const bytes = fc.uint8Array({ maxLength: 400 });
/** GB18030-ish bytes: lead bytes 0x81–0xFE followed by arbitrary trail bytes. */
const gbkish = fc
  .array(fc.tuple(fc.integer({ min: 0x81, max: 0xfe }), fc.integer({ min: 0x30, max: 0xfe })), { maxLength: 100 })
  .map((ps) => Uint8Array.from(ps.flat()));

function sampleZipSeeds(): { ext: '.docx' | '.xlsx'; buf: Buffer }[] {
  const lines = SEED_LINES.slice(0, 40);
  const rows = lines
    .slice(0, 20)
    .map((l, i) => `<row r="${i + 1}">${cell(`A${i + 1}`, l.slice(0, 30))}${cell(`B${i + 1}`, String(i * 7.5))}</row>`)
    .join('');
  return [
    { ext: '.docx', buf: docx(lines.map(para).join('')) },
    { ext: '.xlsx', buf: xlsx(rows) },
  ];
}

/** Bit flips, byte runs, truncation and splices of a valid zip. */
function mutatedZip(seed: Buffer) {
  return fc.array(fc.tuple(fc.nat(), fc.nat({ max: 255 }), fc.nat({ max: 4 })), { minLength: 1, maxLength: 8 }).map((edits) => {
    let b = Buffer.from(seed);
    for (const [pos, val, op] of edits) {
      const p = pos % Math.max(1, b.length);
      if (op === 0) b[p] = b[p]! ^ (1 << (val % 8));
      else if (op === 1) b[p] = val;
      else if (op === 2) b = b.subarray(0, p);
      else if (op === 3) b = Buffer.concat([b.subarray(0, p), Buffer.alloc(val % 64, val), b.subarray(p)]);
      else b = Buffer.concat([b.subarray(p), b.subarray(0, p)]);
    }
    return b;
  });
}

function report(target: string): TargetReport {
  return { target, inputs: 0, ok: 0, clearRefusals: 0, otherRefusals: 0, libraryBugs: 0, crashes: 0, hangs: 0, slowestMs: 0, examples: [] };
}

const show = (v: unknown) =>
  typeof v === 'string'
    ? JSON.stringify(v.slice(0, 300))
    : Buffer.isBuffer(v) || v instanceof Uint8Array
      ? `<${v.length} bytes> ${Buffer.from(v).subarray(0, 64).toString('base64')}`
      : String(v);

const HANG_MS = 5000;

/** An exception whose innermost frame is in our own code (not a library's). */
// (library source maps can point at paths like <cwd>/src/saxes.ts, so the file must really exist here)
const ourBug = (e: Error) => {
  const frame = (e.stack ?? '').split('\n').find((l) => /^\s*at /.test(l)) ?? '';
  const file = /\(?((?:file:\/\/)?\/[^():]+):\d+:\d+\)?$/.exec(frame)?.[1]?.replace('file://', '');
  return Boolean(file && file.startsWith(join(ROOT, 'src') + '/') && existsSync(file));
};

/** Errors escaping to the process (an async library failure outside the promise) are crashes too. */
function watchProcess(r: TargetReport) {
  const onError = (e: unknown) => {
    r.crashes++;
    r.examples.push({ kind: 'crash', input: '(escaped to the process)', error: String((e as Error)?.stack ?? e).slice(0, 500) });
  };
  process.on('uncaughtException', onError);
  process.on('unhandledRejection', onError);
  return () => {
    process.off('uncaughtException', onError);
    process.off('unhandledRejection', onError);
  };
}

async function runPure<T>(r: TargetReport, inputs: T[], fn: (x: T) => void) {
  for (const x of inputs) {
    r.inputs++;
    const t0 = performance.now();
    try {
      fn(x);
      r.ok++;
    } catch (e) {
      r.crashes++;
      if (r.examples.length < 5) r.examples.push({ kind: 'crash', input: show(x), error: String((e as Error)?.stack ?? e).slice(0, 500) });
    }
    const ms = performance.now() - t0;
    r.slowestMs = Math.max(r.slowestMs, ms);
    if (ms > HANG_MS) {
      r.hangs++;
      r.examples.push({ kind: 'hang', input: show(x), error: `${Math.round(ms)} ms` });
    }
  }
}

async function runReader(r: TargetReport, inputs: { buf: Buffer | Uint8Array; name: string }[], fn: (buf: Buffer, name: string) => Promise<unknown>) {
  const unwatch = watchProcess(r);
  try {
    await readAll(r, inputs, fn);
    await new Promise((res) => setTimeout(res, 50)); // let late async failures surface
  } finally {
    unwatch();
  }
}

async function readAll(r: TargetReport, inputs: { buf: Buffer | Uint8Array; name: string }[], fn: (buf: Buffer, name: string) => Promise<unknown>) {
  for (const x of inputs) {
    r.inputs++;
    const t0 = performance.now();
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<'hang'>((res) => (timer = setTimeout(() => res('hang'), HANG_MS)));
    try {
      const out = await Promise.race([fn(Buffer.from(x.buf), x.name), timeout]);
      if (out === 'hang') {
        r.hangs++;
        r.examples.push({ kind: 'hang', input: show(x.buf), error: `> ${HANG_MS} ms` });
      } else r.ok++;
    } catch (e) {
      if (e instanceof ReadError) r.clearRefusals++;
      else if (e instanceof Error && !ourBug(e)) {
        r.otherRefusals++;
        if (e instanceof TypeError || e instanceof RangeError) r.libraryBugs++;
        if (r.examples.filter((x) => x.kind === 'refusal').length < 3) r.examples.push({ kind: 'refusal', input: show(x.buf), error: e.message.slice(0, 200) });
      } else {
        r.crashes++;
        if (r.examples.length < 5) r.examples.push({ kind: 'crash', input: show(x.buf), error: String((e as Error)?.stack ?? e).slice(0, 500) });
      }
    } finally {
      clearTimeout(timer);
    }
    r.slowestMs = Math.max(r.slowestMs, performance.now() - t0);
  }
}

const colName = (n: number): string => (n < 26 ? String.fromCharCode(65 + n) : colName(Math.floor(n / 26) - 1) + String.fromCharCode(65 + (n % 26)));

const DECIMAL = /^-?\d+(\.\d+)?$/;
function checkQuantities(text: string, qs: ReturnType<typeof extractQuantities>) {
  for (const q of qs) {
    if (!DECIMAL.test(q.value)) throw new Error(`value not a decimal: ${q.value}`);
    if (!DECIMAL.test(q.precision)) throw new Error(`precision not a decimal: ${q.precision}`);
    if (q.start < 0 || q.end > text.length || q.start >= q.end) throw new Error(`offsets out of range: ${q.start}-${q.end} of ${text.length}`);
  }
}

/** Runs every target with `perTarget` inputs each (seeded, so a failure can be replayed). */
export async function fuzzAll(perTarget: number, seed = 20240601): Promise<TargetReport[]> {
  const sample = <T>(arb: fc.Arbitrary<T>, n = perTarget, salt = 0) => fc.sample(arb, { numRuns: n, seed: seed + salt });
  const out: TargetReport[] = [];

  const q = report('quantity: extractQuantities + parseQuantity');
  const texts = [
    ...sample(figureText, Math.ceil(perTarget / 3), 1),
    ...sample(mutatedLine, Math.ceil(perTarget / 3), 2),
    ...sample(anyText, Math.floor(perTarget / 3), 3),
  ];
  await runPure(q, texts, (t) => {
    checkQuantities(t, extractQuantities(t));
    checkQuantities(t, extractQuantities(t, { allowBare: true }));
    const one = parseQuantity(t);
    if (one && !DECIMAL.test(one.value)) throw new Error(`parseQuantity value ${one.value}`);
    cellNumber(t);
  });
  out.push(q);

  const c = report('checker: checkText(parseText(…))');
  await runPure(
    c,
    [
      ...sample(mutatedDocument, Math.ceil(perTarget / 2), 4),
      ...sample(
        fc.array(fc.oneof(figureText, mutatedLine, anyText), { maxLength: 30 }).map((ls) => ls.join('\n')),
        Math.floor(perTarget / 2),
        5,
      ),
    ],
    (t) => {
      const findings = checkText(parseText(t));
      for (const f of findings) if (!f.message || !f.rule) throw new Error('finding without message or rule');
    },
  );
  out.push(c);

  const txt = report('reader: .txt (UTF-8 / GB18030 / binary)');
  const raw = [
    ...sample(bytes, Math.ceil(perTarget / 3), 6),
    ...sample(gbkish, Math.ceil(perTarget / 3), 7),
    ...sample(binaryText, Math.floor(perTarget / 3), 8).map((s) => Buffer.from(s, 'utf8')),
  ];
  await runReader(
    txt,
    raw.map((b) => ({ buf: b, name: 'r.txt' })),
    async (b, name) => {
      decodeText(b);
      const doc = textToDocument(b, name);
      checkText(doc);
    },
  );
  out.push(txt);

  // well-formed zips around generated content (raw <, & and entities reach the XML parsers)
  const xmlish = fc.oneof(mutatedLine, anyText, fc.constantFrom('&amp;', '&lt;', '&#0;', '&#xFFFF;', '&bogus;', '<w:t>', ']]>', '<![CDATA[x', '\u0000'));
  const contentDocx = fc.array(xmlish, { maxLength: 20 }).map((ps) => docx(ps.map(para).join('')));
  const contentXlsx = fc
    .array(fc.tuple(fc.integer({ min: 1, max: 5000 }), fc.integer({ min: 0, max: 700 }), xmlish), { maxLength: 20 })
    .map((cs) => xlsx(cs.map(([r, col, t]) => `<row r="${r}">${cell(colName(col) + r, t)}</row>`).join('')));
  for (const s of sampleZipSeeds()) {
    const z = report(`reader: ${s.ext} (mutated zip / generated XML)`);
    const half = Math.ceil(perTarget / 2);
    const inputs = [
      ...sample(mutatedZip(s.buf), half, s.ext === '.docx' ? 9 : 10),
      ...sample(s.ext === '.docx' ? contentDocx : contentXlsx, perTarget - half, 11),
    ];
    await runReader(
      z,
      inputs.map((b) => ({ buf: b, name: 'r' + s.ext })),
      async (b, name) => checkText(await bufferToDocument(b, name)),
    );
    out.push(z);
  }
  return out;
}

export function formatReports(rs: TargetReport[]): string {
  const lines = rs.map(
    (r) =>
      `${r.target.padEnd(52)} inputs=${String(r.inputs).padStart(6)} ok=${String(r.ok).padStart(6)} refused(clear)=${r.clearRefusals} refused(other)=${r.otherRefusals} (library TypeErrors ${r.libraryBugs}) crashes=${r.crashes} hangs=${r.hangs} slowest=${r.slowestMs.toFixed(0)}ms`,
  );
  const total = rs.reduce((a, r) => ({ inputs: a.inputs + r.inputs, crashes: a.crashes + r.crashes, hangs: a.hangs + r.hangs }), {
    inputs: 0,
    crashes: 0,
    hangs: 0,
  });
  lines.push(`TOTAL inputs=${total.inputs} crashes=${total.crashes} hangs=${total.hangs}`);
  for (const r of rs) for (const e of r.examples) lines.push(`  [${r.target}] ${e.kind}: ${e.input}\n      → ${e.error.split('\n').slice(0, 3).join(' | ')}`);
  return lines.join('\n');
}
