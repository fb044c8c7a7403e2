// Fuzzing in `npm test` (a few hundred inputs per target; bench/fuzz.ts runs ≥ 10,000), and hostile
// .docx/.xlsx files built here: zip bombs (honest and lying), entity expansion, external entities,
// path tricks, absurd sheets. Each must end in a refusal or a harmless result — never a crash or hang.
import { describe, expect, it } from 'vitest';
import { bufferToDocument, MAX_FILE_BYTES, ReadError } from '../../src/documents/import/read.js';
import { fuzzApi } from './fuzzApi.js';
import { formatReports, fuzzAll } from './fuzzing.js';
import { cell, docx, para, xlsx } from './zip.js';

describe('fuzzing (small run)', () => {
  it('answers ~600 hostile requests (encoded paths, NUL bytes, huge ids) and 4 paragraph/line bombs with no 500 and no hang', async () => {
    const reports = await fuzzApi(600, 4, 4242);
    const text = formatReports(reports);
    expect(reports.reduce((a, r) => a + r.inputs, 0)).toBe(604);
    expect(
      reports.map((r) => r.crashes),
      text,
    ).toEqual([0, 0]);
    expect(
      reports.map((r) => r.hangs),
      text,
    ).toEqual([0, 0]);
    expect(reports[1]!.clearRefusals, text).toBe(4); // every bomb refused
  }, 180_000);

  it('survives ~100 generated or mutated inputs per target with 0 crashes and 0 hangs', async () => {
    const reports = await fuzzAll(100, 4242);
    const text = formatReports(reports);
    const inputs = reports.reduce((a, r) => a + r.inputs, 0);
    expect(inputs).toBeGreaterThanOrEqual(500);
    expect(
      reports.map((r) => r.crashes),
      text,
    ).toEqual(reports.map(() => 0));
    expect(
      reports.map((r) => r.hangs),
      text,
    ).toEqual(reports.map(() => 0));
    // the mutations really reach the parsers: some inputs read fine, some are refused
    const zips = reports.filter((r) => r.target.includes('zip'));
    for (const r of zips) expect(r.ok > 0 && r.clearRefusals + r.otherRefusals > 0, text).toBe(true);
  }, 120_000);
});

/** Reads with a time limit; returns the document, or the Error it was refused with. */
async function read(buf: Buffer, name: string, ms = 10_000) {
  let timer: NodeJS.Timeout | undefined;
  const hang = new Promise<never>((_, rej) => (timer = setTimeout(() => rej(new Error(`HANG > ${ms} ms`)), ms)));
  try {
    return await Promise.race([bufferToDocument(buf, name), hang]);
  } catch (e) {
    return e as Error;
  } finally {
    clearTimeout(timer);
  }
}

const LAUGHS =
  '<!DOCTYPE lolz [<!ENTITY lol "lolololololololololol">' +
  Array.from({ length: 8 }, (_, i) => `<!ENTITY lol${i + 2} "${`&lol${i || ''};`.repeat(10)}">`).join('') +
  ']>';
const XXE = '<!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>';

describe('hostile .docx / .xlsx files', () => {
  it('refuses an honest zip bomb (declared size over the limit) before inflating it', async () => {
    const zeros = Buffer.alloc(300 * 1024 * 1024, 0x20);
    const bomb = docx(para('x'), { extra: [{ name: 'word/media/big.bin', data: zeros }] });
    expect(bomb.length).toBeLessThan(1024 * 1024);
    const t0 = Date.now();
    const r = await read(bomb, 'bomb.docx');
    expect(r).toBeInstanceOf(ReadError);
    expect((r as Error).message).toMatch(/解压后超过.*拒绝/);
    expect(Date.now() - t0).toBeLessThan(1000);
  });

  it('refuses a lying zip bomb (small declared size, huge content) without running away', async () => {
    const huge = para('x'.repeat(100)).repeat(1_000_000); // ~130 MB of XML, claimed 1 kB
    const r = await read(docx(huge, { claimSize: 1000 }), 'liar.docx');
    expect(r).toBeInstanceOf(Error);
    expect(process.memoryUsage().rss).toBeLessThan(2 * 1024 ** 3);
  });

  it('does not expand entities (billion laughs) in .docx or .xlsx', async () => {
    for (const [name, buf] of [
      ['laughs.docx', docx(para('&lol9;'), { prolog: LAUGHS })],
      ['laughs.xlsx', xlsx(`<row r="1">${cell('A1', '&lol9;')}</row>`, { prolog: LAUGHS })],
    ] as const) {
      const r = await read(buf, name);
      if (r instanceof Error) expect(r.message, name).not.toMatch(/HANG/);
      else expect(r.lines.join('\n'), name).not.toContain('lollol');
    }
  });

  it('never resolves external entities (XXE) in .docx or .xlsx', async () => {
    for (const [name, buf] of [
      ['xxe.docx', docx(para('&xxe;'), { prolog: XXE })],
      ['xxe.xlsx', xlsx(`<row r="1">${cell('A1', '&xxe;')}</row>`, { prolog: XXE })],
    ] as const) {
      const r = await read(buf, name);
      if (!(r instanceof Error)) expect(r.lines.join('\n'), name).not.toContain('root:');
      else expect(r.message).not.toMatch(/HANG/);
    }
  });

  it('ignores path tricks in part names and relationships (nothing outside the zip is read)', async () => {
    const cases = [
      docx(para('正文'), { docPath: '../../../../etc/passwd' }),
      docx(para('正文'), { docPath: '/etc/passwd' }),
      docx(para('正文'), {
        extra: [
          { name: '../../../../tmp/jixiao-evil.txt', data: Buffer.from('evil') },
          { name: '/etc/cron.d/x', data: Buffer.from('x') },
        ],
      }),
      xlsx(`<row r="1">${cell('A1', '正文')}</row>`, { sheetTarget: '../../../../etc/passwd' }),
    ];
    for (const [i, buf] of cases.entries()) {
      const r = await read(buf, i === 3 ? 'p.xlsx' : 'p.docx');
      if (!(r instanceof Error)) expect(r.lines.join('\n')).not.toMatch(/root:|evil/);
      else expect(r.message).not.toMatch(/HANG/);
    }
  });

  it('reads a sheet with one far-away cell (XFD1048576) quickly', async () => {
    const t0 = Date.now();
    const r = await read(xlsx(`<row r="1048576">${cell('XFD1048576', '远')}</row>`, { dimension: 'A1:XFD1048576' }), 'far.xlsx');
    expect(Date.now() - t0).toBeLessThan(5000);
    if (!(r instanceof Error)) expect(r.lines.join('')).toContain('远');
  });

  it('refuses an absurdly long sheet (200,000 rows; a 自评表 has hundreds) with a clear message', async () => {
    let rows = '';
    for (let r = 1; r <= 200_000; r++) rows += `<row r="${r}">${cell('A' + r, '1')}</row>`;
    const buf = xlsx(rows);
    expect(buf.length).toBeLessThan(MAX_FILE_BYTES);
    const r = await read(buf, 'long.xlsx');
    // The sheet XML is measured before parsing (src/documents/import/read.ts): refused, not parsed.
    expect(r).toBeInstanceOf(ReadError);
  }, 60_000);

  it('refuses a file over the size limit and legacy .doc/.xls with a clear message', async () => {
    expect(await read(Buffer.alloc(MAX_FILE_BYTES + 1), 'big.txt')).toBeInstanceOf(ReadError);
    expect(((await read(Buffer.from('abc'), 'old.doc')) as Error).message).toMatch(/不支持旧版/);
    expect(((await read(Buffer.from('abc'), 'old.xls')) as Error).message).toMatch(/不支持旧版/);
  });
});
