// The import preview of a .docx whose indicator table merges its 一级指标 cells: each row with its 年度指标值,
// 实际完成值, 分值 and 得分 and the framework leaf it filled, readable at 1366 px and on a 390 px phone.
// Our own invented report.
import { Document, Packer, Paragraph, Table, TableCell, TableRow } from 'docx';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, openSession, previewImport, shot, sidewaysOverflow, type BrowserSession, reveal } from './harness.js';

const hasBrowser = chromiumAvailable();
const cell = (text: string, rowSpan?: number) => new TableCell({ children: [new Paragraph(text)], ...(rowSpan ? { rowSpan } : {}) });
const row = (texts: (string | [string, number])[]) => new TableRow({ children: texts.map((x) => (typeof x === 'string' ? cell(x) : cell(x[0], x[1]))) });

async function report(): Promise<Buffer> {
  const doc = new Document({
    sections: [
      {
        children: [
          new Paragraph('2024年度某县妇女联合会部门整体支出绩效自评报告'),
          new Paragraph('一、部门基本情况'),
          new Paragraph('本会编制5人，实有人数5人。'),
          new Paragraph('二、一般公共预算支出情况'),
          new Paragraph('2024年本会本年支出合计88.60万元，其中基本支出80.10万元，项目支出8.50万元。'),
          new Paragraph('三、绩效指标完成情况'),
          new Table({
            rows: [
              row(['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因']),
              row([['管理指标', 2], '预算执行', '预算执行率', '≥95%', '96.5%', '10', '10', '']),
              row(['资金结转', '结转结余率', '≤10%', '3%', '10', '10', '']),
              row(['产出指标', '数量指标', '妇女技能培训场次', '≥20场', '22场', '20', '20', '']),
              row(['满意度指标', '满意度', '服务对象满意度', '≥90%', '94%', '10', '10', '']),
              row(['合计', '', '', '', '', '50', '50', '']),
            ],
          }),
        ],
      },
    ],
  });
  return Buffer.from(await Packer.toBuffer(doc));
}

describe.skipIf(!hasBrowser)('browser: the import preview shows the report’s indicator table', () => {
  let page: Page;
  let session: BrowserSession;
  beforeAll(async () => {
    session = await openSession({ height: 900 });
    page = session.page;
  });
  afterAll(async () => {
    await session?.close();
  });

  it('lists each indicator row with target, actual, weight, score and the leaf it filled, at 1366 px and 390 px', async () => {
    await previewImport(page, {
      name: 'report.docx',
      mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      buffer: await report(),
    });
    const table = page.getByTestId('import-indicators');
    const text = (await table.textContent()) ?? '';
    expect(text).toContain('报告中的指标表（4 行，3 行填入指标体系的同名指标）');
    expect(text).toContain('管理指标 / 资金结转 / 结转结余率'); // the merged 一级指标 reaches its second row
    expect(text).toContain('≥20场');
    expect(text).toContain('未入');
    expect(text).toContain('合计：分值 50，得分 50');
    const unplaced = (await page.getByTestId('import-unplaced').textContent()) ?? '';
    expect(unplaced).toContain('指标“妇女技能培训场次”');
    await reveal(table);
    await shot(page, '23-import-indicators-1366');
    await page.setViewportSize({ width: 390, height: 844 });
    await reveal(table);
    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
    await shot(page, '23b-import-indicators-390');
    expect(session.pageErrors).toEqual([]);
  });
});
