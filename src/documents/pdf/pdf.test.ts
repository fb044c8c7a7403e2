import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { demoEvaluations } from '../../demo/reportFixtures.js';
import { renderDocx } from '../docx/render.js';
import { docxToPdf, findSoffice, fontconfigFile, LibreOfficeMissingError, renderPdf } from './index.js';

const soffice = findSoffice();
const mustRun = process.env.CI === 'true';
if (!soffice && !mustRun) {
  console.warn(
    '\n*** PDF TESTS SKIPPED: LibreOffice (soffice) is not installed. ***\n' +
      '*** Install: apt-get install -y libreoffice-writer-nogui fonts-noto-cjk (they run, and must pass, when CI=true) ***\n',
  );
}

describe('fontconfig and the missing-LibreOffice message', () => {
  it('ships a fontconfig file mapping the 公文 faces to Noto CJK', () => {
    const fc = fontconfigFile();
    expect(fc && existsSync(fc)).toBe(true);
    const xml = readFileSync(fc!, 'utf8');
    for (const face of ['仿宋', '仿宋_GB2312', '楷体', '楷体_GB2312', '方正小标宋简体', '宋体']) {
      expect(xml).toContain(`<string>${face}</string></test><edit name="family" mode="assign" binding="strong"><string>Noto Serif CJK SC</string>`);
    }
    expect(xml).toContain('<string>黑体</string></test><edit name="family" mode="assign" binding="strong"><string>Noto Sans CJK SC</string>');
  });

  it('says how to install LibreOffice when soffice is absent', async () => {
    const docx = await renderDocx(demoEvaluations().hunan);
    const err = await docxToPdf(docx, { env: { PATH: '/nonexistent' } }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(LibreOfficeMissingError);
    expect((err as Error).message).toContain('apt-get install -y libreoffice-writer-nogui fonts-noto-cjk');
  });
});

describe.skipIf(!soffice && !mustRun)('renderPdf through LibreOffice', () => {
  it('finds soffice (required when CI=true)', () => {
    expect(soffice, 'soffice missing: apt-get install -y libreoffice-writer-nogui fonts-noto-cjk').not.toBeNull();
  });

  it('converts the department-wide report to an A4 PDF with the text and CJK fonts embedded', async () => {
    const pdf = await renderPdf(demoEvaluations().wugang);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    let hasPoppler = true;
    try {
      execFileSync('pdfinfo', ['-v'], { stdio: 'ignore' });
    } catch {
      hasPoppler = false;
    }
    if (!hasPoppler) {
      console.warn('*** pdfinfo/pdftotext (poppler-utils) missing: PDF content checks skipped ***');
      return;
    }
    const info = execFileSync('pdfinfo', ['-'], { input: pdf }).toString();
    expect(info).toMatch(/Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)/);
    expect(Number(/Pages:\s+(\d+)/.exec(info)?.[1])).toBeGreaterThanOrEqual(5);
    const text = execFileSync('pdftotext', ['-layout', '-', '-'], { input: pdf }).toString();
    expect(text).toContain('一、部门基本情况');
    expect(text).toContain('武冈市妇联无政府性基金预算支出。');
    expect(text).toMatch(/—\s*1\s*—/); // pdftotext drops the thin spaces
    const fonts = execFileSync('pdffonts', ['-'], { input: pdf }).toString();
    expect(fonts).toMatch(/NotoSerifCJK/);
    expect(fonts).toMatch(/NotoSansCJK/); // 黑体 headings
  }, 120_000);
});
