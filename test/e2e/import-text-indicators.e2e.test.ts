// A plain .txt report whose 自评表 was pasted as text (header 一级指标 … 偏差原因, then one row a line, tab-separated)
// imported through the UI: the preview lists the rows read and the leaf each fills, the spending figures of a
// sentence that opens with the budget placed (本年支出合计, its 其中 parts), the rows not placed with their reason,
// and no false 执行率 error; the draft's 指标自评表 then holds the rows' targets and actuals. 1366 px and 390 px.
// Our own invented report and figures.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, openSession, previewImport, shot, sidewaysOverflow, textFile, type BrowserSession, reveal } from './harness.js';

const hasBrowser = chromiumAvailable();
const row = (...cells: string[]) => cells.join('\t');
const REPORT = [
  '2023年度某县妇女联合会部门整体支出绩效自评报告',
  '一、部门基本情况',
  '本会编制6人，实有人数6人。',
  '二、一般公共预算支出情况',
  '2023年本会年初预算92.40万元，全年预算数97.80万元，本年支出合计97.80万元，其中基本支出85.30万元，项目支出12.50万元，预算执行率100%。',
  '三、绩效指标完成情况',
  row('一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因'),
  row('管理指标', '资金结转', '结转结余率', '≤10%', '0%', '10', '10', ''),
  row('产出指标', '数量指标', '妇女创业培训场次', '≥15场', '18场', '20', '20', ''),
  row('产出指标', '质量指标', '培训合格率', '≥90%', '88%', '10', '8', '部分学员未参加考核'),
  row('满意度指标', '满意度', '服务对象满意度', '≥90%', '95%', '10', '10', ''),
  row('合计', '', '', '', '', '50', '48', ''),
  '四、存在的问题',
  '个别培训项目进度偏慢。',
].join('\n');

// a report whose 自评表 holds 45 rows: the preview shows them 20 at a time, with the range and the count
const LONG = [
  '2023年度某镇妇女联合会部门整体支出绩效自评报告',
  '三、绩效指标完成情况',
  row('一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因'),
  ...Array.from({ length: 45 }, (_, i) => row('产出指标', '数量指标', `第${i + 1}村宣讲场次`, '≥2场', '2场', '2', '2', '')),
].join('\n');

describe.skipIf(!hasBrowser)('browser: a plain-text report with a flattened 自评表 becomes a draft with its indicators', () => {
  let page: Page;
  let session: BrowserSession;
  beforeAll(async () => {
    session = await openSession({ height: 900 });
    page = session.page;
  });
  afterAll(async () => {
    await session?.close();
  });

  it('previews the rows read, the spending placed and what was not placed, at 1366 px and 390 px', async () => {
    await previewImport(page, textFile('2023自评报告.txt', REPORT));
    const table = (await page.getByTestId('import-indicators').textContent()) ?? '';
    expect(table).toContain('报告中的指标表（4 行，2 行填入指标体系的同名指标）');
    expect(table).toContain('满意度指标 / 满意度 / 服务对象满意度');
    expect(table).toContain('合计：分值 50，得分 48');
    const body = (await page.locator('main').textContent()) ?? '';
    expect(body).toContain('一般公共预算 · 合计 · 本年支出：97.8 万元');
    expect(body).toContain('一般公共预算 · 项目支出 · 本年支出：12.5 万元');
    expect(body).not.toContain('预算数，不是本年实际数');
    expect(body).not.toContain('计算为 13%'); // 12.50 of the project is no 执行数 of the whole budget
    const unplaced = (await page.getByTestId('import-unplaced').textContent()) ?? '';
    expect(unplaced).toContain('指标“妇女创业培训场次”');
    expect(unplaced).toContain('中没有这个指标，未入指标表');
    await reveal(page.getByTestId('import-indicators'));
    await shot(page, '24-import-text-indicators-1366');
    await page.setViewportSize({ width: 390, height: 844 });
    await reveal(page.getByTestId('import-indicators'));
    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
    // a compact card a row: the actual and the score are on screen without a sideways swipe (no table scrolling inside)
    const lines = page.getByTestId('import-indicators').locator('[data-phone-line]');
    expect(await lines.count()).toBe(4);
    const satisfaction = lines.filter({ hasText: '服务对象满意度' });
    for (const text of ['≥90% → 95%', '10 / 10']) {
      const box = await satisfaction.getByText(text, { exact: true }).boundingBox();
      expect(box, text).not.toBeNull();
      expect(box!.x, text).toBeGreaterThanOrEqual(0);
      expect(box!.x + box!.width, text).toBeLessThanOrEqual(390);
    }
    expect(await satisfaction.locator('.ant-tag').textContent()).toMatch(/^\d+(\.\d+)+$/); // the leaf it fills
    const training = (await lines.filter({ hasText: '妇女创业培训场次' }).textContent()) ?? '';
    expect(training).toContain('未入');
    expect(training).toContain('中没有这个指标');
    expect(training).toContain('20 / 20');
    await shot(page, '24b-import-text-indicators-390');
    await page.setViewportSize({ width: 1366, height: 900 });
  });

  it('creates the draft: its 指标自评表 holds the rows’ targets and actuals, scored', async () => {
    await page.setViewportSize({ width: 1366, height: 900 }); // also when the step before stopped at 390 px
    await page.getByRole('button', { name: '导入为草稿' }).click();
    await page.waitForURL(/\/evaluations\/\d+$/, { timeout: 30_000 });
    await page.getByRole('tab', { name: /指标自评表/ }).click();
    const satisfaction = page.locator('tr').filter({ hasText: '服务对象满意度' }).last();
    await expect
      .poll(() => satisfaction.locator('input').evaluateAll((xs) => xs.map((x) => (x as unknown as { value: string }).value)), { timeout: 20_000 })
      .toEqual(expect.arrayContaining(['≥90%', '95%']));
    expect(await satisfaction.textContent()).toContain('10.00');
    const carryover = page.locator('tr').filter({ hasText: '结转结余率' }).last();
    expect(await carryover.locator('input').evaluateAll((xs) => xs.map((x) => (x as unknown as { value: string }).value))).toContain('≤10%');
    await reveal(satisfaction);
    await shot(page, '24c-import-text-indicators-draft');
    expect(session.pageErrors).toEqual([]);
  });

  it('shows a long 自评表 20 rows at a time with the range and the count, the same pages at 1366 px and on a phone', async () => {
    await previewImport(page, textFile('长报告.txt', LONG));
    const box = page.getByTestId('import-indicators');
    const range = box.getByTestId('import-indicators-range');
    expect(await box.textContent()).toContain('报告中的指标表（45 行');
    expect(await range.textContent()).toBe('第 1–20 行，共 45 行');
    expect(await box.locator('.ant-table-tbody tr.ant-table-row').count()).toBe(20);
    await box.locator('.ant-pagination-next').click();
    await box.locator('.ant-pagination-next').click();
    await expect.poll(() => range.textContent(), { timeout: 10_000 }).toBe('第 41–45 行，共 45 行');
    expect(await box.locator('.ant-table-tbody tr.ant-table-row').allTextContents()).toEqual(
      expect.arrayContaining([expect.stringContaining('第41村宣讲场次'), expect.stringContaining('第45村宣讲场次')]),
    );
    expect(await box.locator('.ant-table-tbody tr.ant-table-row').count()).toBe(5);
    // the list of what was not placed pages the same way, with its count
    expect(await page.getByTestId('import-unplaced').locator('.ant-pagination-total-text').textContent()).toBe('第 1–20 行，共 45 行');
    await reveal(range);
    await shot(page, '24d-import-long-table-1366');
    // on a phone: the page kept, as cards
    await page.setViewportSize({ width: 390, height: 844 });
    const lines = box.locator('[data-phone-line]');
    await expect.poll(() => lines.count(), { timeout: 10_000 }).toBe(5);
    expect(await lines.first().textContent()).toContain('第41村宣讲场次');
    await box.locator('.ant-pagination-prev').click();
    await expect.poll(() => range.textContent(), { timeout: 10_000 }).toBe('第 21–40 行，共 45 行');
    expect(await lines.count()).toBe(20);
    expect(await lines.first().textContent()).toContain('第21村宣讲场次');
    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
    const pager = (await box.locator('.ant-pagination').boundingBox())!;
    expect(pager.x + pager.width).toBeLessThanOrEqual(390);
    await reveal(range);
    await shot(page, '24e-import-long-table-390');
    await page.setViewportSize({ width: 1366, height: 900 });
    expect(session.pageErrors).toEqual([]);
  });
});
