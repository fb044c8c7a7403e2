// The PDF from the editor's download button, as a filler gets it: rendered by LibreOffice on the
// server (the button spins meanwhile), saved under the report's name; on a server without
// LibreOffice, a message that says so and how to install it, not a failed download.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findSoffice } from '../../src/documents/pdf/libreoffice.js';
import { chromiumAvailable, login, openSession, SCREENSHOTS, shot, type BrowserSession } from './harness.js';

const hasBrowser = chromiumAvailable();
const hasSoffice = findSoffice() !== null;
if (!hasSoffice) console.warn('pdf-download.e2e: LibreOffice not installed — the rendered-PDF case is NOT run');
const TITLE = '2022年度武冈市妇女联合会整体支出绩效自评报告';

async function openEditor(session: BrowserSession) {
  const { page } = session;
  await login(page, 'wugang');
  const list = (await (await page.request.get('/api/evaluations?year=2022')).json()) as { evaluations: { id: string; unitCode: string }[] };
  await page.goto(`/evaluations/${list.evaluations.find((e) => e.unitCode === '430581')!.id}`);
  const button = page.getByRole('link', { name: '下载 自评报告 .pdf' });
  await button.waitFor({ timeout: 30_000 });
  return button;
}

describe.skipIf(!hasBrowser)('browser: the report as PDF from the editor', () => {
  let session: BrowserSession | undefined;
  afterAll(async () => {
    await session?.close();
    delete process.env.JIXIAO_SOFFICE;
  });

  it.runIf(hasSoffice)('downloads the PDF under the report’s name', async () => {
    session = await openSession({ downloads: true });
    const button = await openEditor(session);
    const [download] = await Promise.all([session.page.waitForEvent('download', { timeout: 120_000 }), button.click()]);
    expect(download.suggestedFilename()).toBe(`${TITLE}.pdf`);
    const file = join(SCREENSHOTS, 'pdf-download.pdf');
    await download.saveAs(file);
    const bytes = readFileSync(file);
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    if (existsSync('/usr/bin/pdftotext')) {
      const text = execFileSync('/usr/bin/pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
      expect(text).toContain('武冈市妇女联合会');
      expect(text).toMatch(/—\s*1\s*—/); // 公文 page numbers
    }
    await session.close();
    session = undefined;
  });

  it('without LibreOffice on the server: a message naming what to install', async () => {
    process.env.JIXIAO_SOFFICE = '/nonexistent/soffice'; // the server started below finds none
    session = await openSession();
    delete process.env.JIXIAO_SOFFICE;
    const button = await openEditor(session);
    await button.click();
    const msg = session.page.locator('.ant-message-notice').filter({ hasText: '下载失败' });
    await msg.waitFor({ timeout: 30_000 });
    expect(await msg.innerText()).toContain('PDF 需要 LibreOffice');
    expect(await msg.innerText()).toContain('apt-get install -y libreoffice-writer-nogui fonts-noto-cjk');
    expect(await msg.innerText()).not.toContain('PDF output needs'); // the zh UI shows the Chinese half
    await shot(session.page, 'pdf-download-no-libreoffice');
    expect(session.pageErrors).toEqual([]);
  });
});
