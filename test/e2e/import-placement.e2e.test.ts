// The import preview of a report shaped like real ones (budget prose, a 预算 sentence, a 三公 table
// flattened one cell per line): each placed figure with its cell and source, each unplaced one with
// its reason, readable at 1366 px and on a 390 px phone. Our own invented report.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, openSession, previewImport, shot, sidewaysOverflow, textFile, type BrowserSession, reveal } from './harness.js';

const hasBrowser = chromiumAvailable();
const REPORT = [
  '2022年度某县妇女联合会部门整体支出绩效自评报告',
  '一、部门（单位）基本情况',
  '本部门共有编制人数5人，实有人数5人，退休人员2人。',
  '二、一般公共预算支出情况',
  '2022年预算收入96.20万元，其中年初预算90.00万元，调整追加6.20万元。',
  '2022年支出95.80万元，其中基本支出80.30万元，项目支出15.50万元。年末结余结转0.40万元。',
  '三、“三公”经费情况',
  '一、2022年度一般公共预算财政拨款“三公”经费支出决算表',
  '单位:万元',
  '项 目 |',
  '预 算 数 |',
  '决 算 数 |',
  '合 计 |',
  '3.5 |',
  '2.86 |',
  '公务接待费 |',
  '3.5 |',
  '2.86 |',
].join('\n');

describe.skipIf(!hasBrowser)('browser: the import preview shows where each figure went and why the rest did not', () => {
  let page: Page;
  let session: BrowserSession;
  beforeAll(async () => {
    session = await openSession({ height: 900 });
    page = session.page;
  });
  afterAll(async () => {
    await session?.close();
  });

  it('lists cell ← figure with its source, and the unplaced with their reasons, at 1366 px and 390 px', async () => {
    await previewImport(page, textFile('report.txt', REPORT));
    const placed = page.getByTestId('import-placed');
    const text = (await placed.textContent()) ?? '';
    expect(text).toContain('一般公共预算 · 合计 · 本年支出');
    expect(text).toContain('95.8 万元');
    expect(text).toContain('公务接待费 · 决算数');
    expect(text).toContain('表格：公务接待费 | 3.5 | 2.86');
    const unplaced = (await page.getByTestId('import-unplaced').textContent()) ?? '';
    expect(unplaced).toContain('调整追加'); // the figure's own words, not only its reason
    expect(unplaced).toContain('未知标签“调整追加”，没有对应栏目');
    await shot(page, '22-import-placement-1366');
    await page.setViewportSize({ width: 390, height: 844 });
    await reveal(page.getByTestId('import-placed'));
    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
    await shot(page, '22b-import-placement-390');
    await reveal(page.getByTestId('import-unplaced'));
    await shot(page, '22c-import-unplaced-390');
    expect(session.pageErrors).toEqual([]);
  });
});
