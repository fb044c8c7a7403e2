// 导入旧报告 tried as a stranger would (issue 13 items 5 and 7): an empty file, a binary renamed .docx,
// a Word 决算说明 with a planted 三公 error, a GBK .txt while the server is slow, an Excel 自评表 whose
// sheet starts with a title row; then the draft's findings panel, and the same preview on a phone.
// Every document is written here (our words, invented figures).
import { Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow } from 'docx';
import ExcelJS from 'exceljs';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, login, openSession, shot, type BrowserSession, reveal } from './harness.js';

const hasBrowser = chromiumAvailable();

const row = (cells: string[]) => new TableRow({ children: cells.map((c) => new TableCell({ children: [new Paragraph(c)] })) });

/** A 部门决算说明 with a 支出 table, a 三公 paragraph whose parts add to 4.95 (written 4.85), and a 自评表. */
async function finalAccountsDocx(): Promise<Buffer> {
  const doc = new Document({
    sections: [
      {
        children: [
          new Paragraph({ text: '某县文化馆2023年度部门决算说明', heading: HeadingLevel.TITLE }),
          new Paragraph({ text: '一、收入支出决算总体情况说明', heading: HeadingLevel.HEADING_1 }),
          new Paragraph('2023年度支出总计305.10万元，其中基本支出241.70万元，占79.22%；项目支出63.40万元，占20.78%。'),
          new Paragraph({ text: '二、支出决算表', heading: HeadingLevel.HEADING_1 }),
          new Table({
            rows: [
              row(['项目', '基本支出', '项目支出', '合计']),
              row(['文化和旅游', '200.10', '63.40', '263.50']),
              row(['社会保障和就业', '41.60', '0', '41.60']),
              row(['合计', '241.70', '63.40', '305.10']),
            ],
          }),
          new Paragraph({ text: '三、“三公”经费支出情况', heading: HeadingLevel.HEADING_1 }),
          new Paragraph('2023年度“三公”经费支出4.85万元，其中因公出国（境）费0万元，公务接待费1.35万元，公务用车购置及运行维护费3.60万元。'),
          new Paragraph({ text: '四、项目支出绩效自评表', heading: HeadingLevel.HEADING_1 }),
          new Table({
            rows: [
              row(['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分']),
              row(['产出指标', '数量指标', '送戏下乡场次', '≥40场', '46场', '50', '50']),
              row(['效益指标', '社会效益指标', '受益群众人数', '≥20000人', '21800人', '30', '30']),
              row(['满意度指标', '服务对象满意度', '群众满意度', '≥90%', '95%', '10', '10']),
              row(['预算执行率', '', '', '100%', '96.5%', '10', '9.65']),
              row(['总分', '', '', '', '', '100', '99.65']),
            ],
          }),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}

async function selfEvaluationXlsx(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('自评表');
  ws.addRow(['项目支出绩效自评表']);
  ws.addRow(['', '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分']);
  ws.addRow(['年度资金总额', 50, 48, 45.6, 10, '95.00%', 9.5]);
  ws.addRow(['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分']);
  ws.addRow(['产出指标', '数量指标', '培训人数', '≥600人', '640人', 50, 50]);
  ws.addRow(['效益指标', '社会效益', '就业人数', '≥200人', '180人', 30, 27]);
  ws.addRow(['满意度指标', '满意度', '学员满意度', '≥90%', '94%', 10, 10]);
  ws.addRow(['总分', '', '', '', '', 100, 96.5]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** Saved in GBK as older Windows editors do; the checker must read it and find the wrong rate (0.30 ÷ 1.50 = 20%). */
const GBK_REPORT = [
  '某镇妇联2022年度整体支出绩效自评报告',
  '一、部门基本情况',
  '本单位编制3人，实有在职人员3人。',
  '二、一般公共预算支出情况',
  '2022年支出42.60万元，其中基本支出36.10万元，项目支出6.50万元。',
  '三公经费支出1.20万元，比上年减少0.30万元，下降25.00%。',
].join('\r\n');

/** GBK bytes of text made only of ASCII and the Han characters above (TextEncoder has no GBK: a table built by decoding). */
function toGbk(text: string): Buffer {
  const map = new Map<string, number[]>();
  const dec = new TextDecoder('gbk');
  for (let hi = 0x81; hi <= 0xfe; hi++)
    for (let lo = 0x40; lo <= 0xfe; lo++) {
      if (lo === 0x7f) continue;
      const ch = dec.decode(new Uint8Array([hi, lo]));
      if (ch.length === 1 && !map.has(ch)) map.set(ch, [hi, lo]);
    }
  const out: number[] = [];
  for (const ch of text) {
    const c = ch.charCodeAt(0);
    if (c < 0x80) out.push(c);
    else {
      const b = map.get(ch);
      if (!b) throw new Error(`not in GBK: ${ch}`);
      out.push(...b);
    }
  }
  return Buffer.from(out);
}

const binary = () => Buffer.from(Array.from({ length: 40_000 }, (_, i) => (i * 7919 + 13) % 256));
const overflow = (page: Page) => page.evaluate<number>('document.documentElement.scrollWidth - document.documentElement.clientWidth');

async function upload(page: Page, name: string, buffer: Buffer, mimeType = 'application/octet-stream') {
  await page.locator('input[type=file]').setInputFiles({ name, mimeType, buffer });
}

const PLANTED_FIGURES = ['4.85万元', '0万元', '1.35万元', '3.60万元'];

describe.skipIf(!hasBrowser)('browser: 导入旧报告 with the files a stranger brings', () => {
  let session: BrowserSession;
  let page: Page;
  let docx: Buffer;
  beforeAll(async () => {
    docx = await finalAccountsDocx();
    session = await openSession({ height: 900 });
    page = session.page;
  });
  afterAll(async () => {
    await session?.close();
  });

  it('1366 px: an empty file and a binary renamed .docx get a Chinese message that says what is wrong', async () => {
    await login(page, 'wugang');
    await page.getByRole('link', { name: '导入旧报告' }).click();
    await page.waitForURL(/\/import$/);
    await upload(page, 'empty.txt', Buffer.alloc(0), 'text/plain');
    const alert = page.getByTestId('import-error');
    await expect.poll(() => alert.textContent()).toContain('“empty.txt”是空文件（0 字节）');
    await upload(page, '决算说明.docx', binary());
    await expect.poll(() => alert.textContent(), { timeout: 30_000 }).toContain('无法读取“决算说明.docx”：不是有效的 Word 或 Excel 文件');
    const text = (await alert.textContent()) ?? '';
    // Chinese only: no English half of the server's "中文 / English" message
    expect(text).not.toContain(' / ');
    expect(text).not.toMatch(/cannot|damaged|renamed/);
    await shot(page, '70-import-binary-1366');
    expect(session.pageErrors).toEqual([]);
  });

  it('1366 px: a Word 决算说明 — the planted 三公 error with its four figures marked; a bad file after it loses nothing', async () => {
    await upload(page, '文化馆决算说明.docx', docx);
    const card = page.getByTestId('import-relations');
    await expect.poll(() => card.count(), { timeout: 60_000 }).toBe(1);
    expect(await page.getByTestId('import-error').count()).toBe(0);
    const problems = card.getByTestId('relation-problems').getByTestId('relation');
    expect(await problems.count()).toBe(1);
    expect(await problems.getAttribute('data-kind')).toBe('sum');
    expect(await problems.getByTestId('figure').allTextContents()).toEqual(PLANTED_FIGURES);
    expect(await problems.textContent()).toContain('计算为 4.95万元');
    await reveal(problems);
    await shot(page, '71-import-docx-error-1366');

    // a file that cannot be read now: the message names it, the docx preview stays
    await upload(page, 'copy.docx', binary());
    const alert = page.getByTestId('import-error');
    await expect.poll(() => alert.textContent(), { timeout: 30_000 }).toContain('无法读取“copy.docx”');
    expect(await alert.textContent()).toContain('下方仍是上一个文件“文化馆决算说明.docx”的识别结果');
    expect(await card.getByTestId('relation-problems').getByTestId('figure').allTextContents()).toEqual(PLANTED_FIGURES);
    expect(await page.getByText('文件：文化馆决算说明.docx').count()).toBe(1);
    expect(session.pageErrors).toEqual([]);
  });

  it('1366 px: a GBK .txt on a slow server shows what is being done and for how long, then the wrong rate marked', async () => {
    await page.route('**/api/import/preview', async (route) => {
      await new Promise((r) => setTimeout(r, 3_000));
      await route.continue();
    });
    await upload(page, '镇妇联自评.txt', toGbk(GBK_REPORT), 'text/plain');
    const working = page.getByTestId('import-working');
    await expect.poll(() => working.textContent(), { timeout: 5_000 }).toContain('正在识别“镇妇联自评.txt”（1 KB）');
    expect(await working.getAttribute('role')).toBe('status');
    await expect.poll(() => working.textContent(), { timeout: 5_000 }).toMatch(/已用 [1-9]\d* 秒/);
    await reveal(working);
    await shot(page, '72-import-working-1366');
    await expect.poll(() => page.getByText('文件：镇妇联自评.txt').count(), { timeout: 60_000 }).toBe(1);
    await page.unroute('**/api/import/preview');
    expect(await working.count()).toBe(0);
    // the earlier error is gone with the good file
    expect(await page.getByTestId('import-error').count()).toBe(0);
    expect(await page.locator('main').textContent()).toContain('某镇妇联2022年度整体支出绩效自评报告');
    const problem = page.getByTestId('import-relations').getByTestId('relation-problems').getByTestId('relation');
    expect(await problem.getAttribute('data-kind')).toBe('yoy');
    expect(await problem.getByTestId('figure').allTextContents()).toEqual(['1.20万元', '0.30万元', '25.00%']);
    expect(session.pageErrors).toEqual([]);
  });

  it('1366 px: an Excel 自评表 whose sheet starts with a title row is read once (no row listed or checked twice)', async () => {
    await upload(page, '培训项目自评表.xlsx', await selfEvaluationXlsx());
    await expect.poll(() => page.getByText('文件：培训项目自评表.xlsx').count(), { timeout: 60_000 }).toBe(1);
    // the 总分 row is the indicator table's total (shown once there), not a table row left over
    const unplaced = await page.getByTestId('import-unplaced').locator('.ant-list-item').allTextContents();
    expect(unplaced.filter((u) => u.includes('总分')).length).toBe(0);
    expect(await page.getByTestId('import-indicators').getByText('合计：分值 100，得分 96.5').count()).toBe(1);
    const scores = page.getByTestId('import-relations').locator('[data-testid=relation][data-kind=score]');
    expect(await scores.count()).toBe(2);
    expect(await page.getByTestId('import-relations').getByTestId('relation-summary').textContent()).toMatch(/检查了 \d+ 处数字关系：0 处错误/);
    expect(session.pageErrors).toEqual([]);
  });

  it("1366 px: imported as a draft, the findings panel marks the error's figures in its sentence", async () => {
    await upload(page, '文化馆决算说明.docx', docx);
    await expect.poll(() => page.getByText('文件：文化馆决算说明.docx').count(), { timeout: 60_000 }).toBe(1);
    await page.getByLabel('年度').fill('2023');
    await page.getByRole('button', { name: '导入为草稿' }).click();
    const confirm = page.getByRole('button', { name: '替换草稿' });
    await Promise.race([page.waitForURL(/\/evaluations\/\d+$/, { timeout: 60_000 }), confirm.waitFor({ timeout: 60_000 }).then(() => confirm.click())]);
    await page.waitForURL(/\/evaluations\/\d+$/, { timeout: 60_000 });
    const finding = page.locator('#findings-panel [data-rule=sum][data-severity=error]');
    await expect.poll(() => finding.count(), { timeout: 30_000 }).toBe(1);
    await expect.poll(() => finding.getByTestId('finding-text').getByTestId('figure').allTextContents()).toEqual(PLANTED_FIGURES);
    // 定位 sits under the finding (the text keeps the panel's width)
    const go = finding.getByRole('button', { name: /^定位/ });
    const [f, g] = [(await finding.boundingBox())!, (await go.boundingBox())!];
    expect(g.y).toBeGreaterThan(f.y + f.height / 2);
    await reveal(finding.getByTestId('finding-text'));
    await shot(page, '73-findings-marked-1366');
    expect(session.pageErrors).toEqual([]);
  });

  describe('on a 390 px phone', () => {
    let phone: BrowserContext;
    let p: Page;
    beforeAll(async () => {
      phone = await session.browser.newContext({
        viewport: { width: 390, height: 844 },
        locale: 'zh-CN',
        baseURL: session.server.baseUrl,
        isMobile: true,
        hasTouch: true,
      });
      p = await phone.newPage();
      p.on('pageerror', (e) => session.pageErrors.push(e.message));
    });
    afterAll(async () => {
      await phone?.close();
    });

    it('the preview is one column, nothing wider than the screen, the marked figures inside it', async () => {
      await login(p, 'wugang');
      await p.goto('/import');
      await upload(p, '文化馆决算说明.docx', docx);
      const card = p.getByTestId('import-relations');
      await expect.poll(() => card.count(), { timeout: 60_000 }).toBe(1);
      // one item per row: the labels keep their words whole
      const rows = p.locator('.ant-descriptions-row');
      expect(await rows.count()).toBe(7);
      for (const r of await rows.all()) expect(await r.locator('.ant-descriptions-item-label').count()).toBe(1);
      await reveal(p.locator('.ant-descriptions'));
      await shot(p, '74-import-preview-390');
      const marks = card.getByTestId('relation-problems').getByTestId('figure');
      expect(await marks.allTextContents()).toEqual(PLANTED_FIGURES);
      await reveal(marks.first());
      for (const m of await marks.all()) {
        const b = (await m.boundingBox())!;
        expect(b.x).toBeGreaterThanOrEqual(0);
        expect(b.x + b.width).toBeLessThanOrEqual(390);
      }
      await shot(p, '75-import-docx-error-390');
      expect(await overflow(p)).toBeLessThanOrEqual(0);
      // an empty file: the message, still inside the screen
      await upload(p, 'empty.docx', Buffer.alloc(0));
      await expect.poll(() => p.getByTestId('import-error').textContent()).toContain('是空文件（0 字节）');
      expect(await overflow(p)).toBeLessThanOrEqual(0);
      expect(session.pageErrors).toEqual([]);
    });
  });
});
