import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { demoEvaluations } from '../../demo/reportFixtures.js';
import type { Evaluation } from '../../domain/types.js';
import { CliError } from '../context.js';
import { bulkFileName, progressLine, resolveFormat, summaryText, writeAll } from './report.js';

describe('report command helpers', () => {
  it('takes the format from --format, else from the -o extension, else docx', () => {
    expect(resolveFormat('pdf', 'a.docx')).toBe('pdf');
    expect(resolveFormat(undefined, '/tmp/报告.HTML')).toBe('html');
    expect(resolveFormat(undefined, 'x.markdown')).toBe('md');
    expect(resolveFormat(undefined, undefined)).toBe('docx');
    expect(() => resolveFormat('odt', undefined)).toThrow(CliError);
  });

  it('names bulk files by unit code and title', () => {
    const { wugang } = demoEvaluations();
    expect(bulkFileName(wugang, 'docx')).toBe('430581-2022年度武冈市妇女联合会整体支出绩效自评报告.docx');
    expect(bulkFileName({ ...wugang, title: 'a/b:c' }, 'md')).toBe('430581-a_b_c.md');
    // no hidden file, no reversed text, and the default name when nothing is left
    expect(bulkFileName({ ...wugang, title: '../\u202excod.exe' }, 'md')).toBe('430581-_xcod.exe.md');
    expect(bulkFileName({ ...wugang, title: ' . ' }, 'md')).toBe('430581-2022年度武冈市妇女联合会绩效自评报告.md');
  });

  it('keeps a bulk file name under 255 bytes for the longest title a report may have', () => {
    const { wugang } = demoEvaluations();
    const name = bulkFileName({ ...wugang, unit: { ...wugang.unit, code: 'X'.repeat(30) }, title: '很长的自评报告标题'.repeat(60).slice(0, 500) }, 'docx');
    expect(Buffer.byteLength(name)).toBeLessThanOrEqual(255);
    expect(name).toMatch(/^X{30}-很长的自评报告标题.*\.docx$/);
  });

  it('draws a progress bar and a summary', () => {
    expect(progressLine(750, 3000, 0, 12_345, 20)).toBe('[#####---------------]  750/3000  25%  12.3s');
    expect(progressLine(3000, 3000, 2, 60_000, 10)).toBe('[##########] 3000/3000 100%  60.0s  失败 2');
    const s = summaryText({ total: 3, written: 2, failures: [{ unit: '某单位', message: 'boom' }], elapsedMs: 1500, workers: 2, format: 'docx', outDir: '/o' });
    expect(s).toContain('已生成 2/3 份 docx 报告，用时 1.5 s (750.0 ms/份)，2 个工作线程 → /o');
    expect(s).toContain('wrote 2 of 3 docx reports in 1.5 s with 2 worker(s); 1 failed');
    expect(s).toContain('失败 / failed: 某单位: boom');
  });
});

describe('writeAll', () => {
  const dirs: string[] = [];
  afterAll(async () => {
    for (const d of dirs) await rm(d, { recursive: true, force: true });
  });
  const clones = (n: number): Evaluation[] => {
    const { wugang } = demoEvaluations();
    return Array.from({ length: n }, (_, i) => ({
      ...wugang,
      id: `e${i}`,
      unit: { ...wugang.unit, code: `U${i}`, name: `第${i}单位`, shortName: `第${i}单位` },
    }));
  };

  it('writes the report of an evaluation whose title has 500 characters (the file name was too long for the file system)', async () => {
    const out = await mkdtemp(join(tmpdir(), 'jixiao-long-'));
    dirs.push(out);
    const [one] = clones(1);
    const r = await writeAll([{ ...one!, title: '很长的自评报告标题'.repeat(60).slice(0, 500) }], 'md', out, {
      workers: 1,
      io: { out: () => {}, err: () => {} },
    });
    expect(r).toMatchObject({ total: 1, written: 1, failures: [] });
    expect(await readdir(out)).toHaveLength(1);
  });

  it('renders every evaluation on worker threads, one file each', async () => {
    const out = await mkdtemp(join(tmpdir(), 'jixiao-all-'));
    dirs.push(out);
    const errs: string[] = [];
    const r = await writeAll(clones(6), 'md', out, { workers: 2, io: { out: () => {}, err: (t) => errs.push(t) } });
    expect(r).toMatchObject({ total: 6, written: 6, failures: [], workers: 2 });
    const files = (await readdir(out)).sort();
    expect(files).toHaveLength(6);
    expect(files[0]).toBe('U0-2022年度武冈市妇女联合会整体支出绩效自评报告.md');
    expect(await readFile(join(out, files[3]!), 'utf8')).toContain('第3单位2022年度一般公共预算财政拨款年初结转和结余0万元');
    expect(errs.join('')).toContain('6/6 100%');
  });

  it('reports failures per unit instead of stopping', async () => {
    const out = await mkdtemp(join(tmpdir(), 'jixiao-all-'));
    dirs.push(out);
    const bad = clones(2);
    bad[1] = { ...bad[1]!, reportDate: 'not a date' };
    const r = await writeAll(bad, 'docx', out, { workers: 1 });
    expect(r.written).toBe(1);
    expect(r.failures).toEqual([{ unit: '第1单位', message: 'not an ISO date: not a date' }]);
  });
});
