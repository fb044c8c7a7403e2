// 新建自评 with the year's 绩效目标 approved: the dialog says, before anything is created, that the
// targets will come from the approved 绩效目标 (not from last year's 自评), and the new 自评 then
// holds the approved value, not last year's target.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { targetRepository } from '../../src/store/targets.js';
import { unitRepository } from '../../src/store/units.js';
import { chromiumAvailable, login, openSession, shot, type BrowserSession } from './harness.js';

const hasBrowser = chromiumAvailable();
const YEAR = 2023;
const APPROVED = '≥93%'; // 服务对象满意度 (2.2.2): 2022's 自评 says ≥90%

describe.skipIf(!hasBrowser)('browser: 新建自评 says the targets come from the approved 绩效目标', () => {
  let page: Page;
  let pageErrors: string[] = [];
  let session: BrowserSession;

  beforeAll(async () => {
    session = await openSession({
      seedsOnly: true,
      prepare: async (services) => {
        const db = services.store.db;
        const unit = (await unitRepository(db).find('430581'))!;
        const wugang = (await services.evaluations.findByUnitAndYear('430581', 2022))!;
        const targets = targetRepository(db);
        const id = (await targets.create({
          unitId: unit.id,
          year: YEAR,
          scope: 'department',
          scopeName: '部门整体',
          frameworkId: wugang.framework.id,
          goal: '',
        }))!;
        await targets.writeContent(id, [{ indicatorCode: '2.2.2', value: APPROVED, progress: 'level' }], []);
        for (const [from, to] of [
          ['draft', 'submitted'],
          ['submitted', 'approved'],
        ] as const) {
          await targets.bump(id, (await targets.header(id))!.version, { status: to, approved: to === 'approved' });
          await targets.addTransition({ entity: 'target', entityId: id, fromStatus: from, toStatus: to, userId: null, reason: null });
        }
      },
    });
    ({ page, pageErrors } = session);
  });
  afterAll(async () => {
    await session?.close();
  });

  it('the dialog names the approved year’s 绩效目标 as the source of the targets; the new 自评 holds them', async () => {
    await login(page, 'wugang');
    await page.goto(`/?year=${YEAR}`);
    await page
      .getByRole('button', { name: /新建自评/ })
      .first()
      .click();
    const dialog = page.getByRole('dialog').filter({ hasText: '新建自评' });
    await expect.poll(() => dialog.textContent(), { timeout: 20_000 }).toContain(`指标目标值取自已批准的 ${YEAR} 年绩效目标`);
    expect(await dialog.textContent()).toContain('将带入本单位 2022 年的基本情况和重点项目');
    await page.waitForTimeout(300);
    await shot(page, 'new-evaluation-approved-targets');
    await dialog.getByRole('button', { name: '新建', exact: true }).click();
    await page.waitForURL(/\/evaluations\/\d+$/, { timeout: 60_000 });
    const id = /\/evaluations\/(\d+)/.exec(page.url())![1]!;
    const created = (await (await page.request.get(`/api/evaluations/${id}`)).json()) as { indicators: { indicatorCode: string; target: string | null }[] };
    expect(created.indicators.find((v) => v.indicatorCode === '2.2.2')?.target).toBe(APPROVED);
    await page.getByRole('tab', { name: /指标自评表/ }).click();
    await expect.poll(() => page.getByLabel('服务对象满意度 年度指标值', { exact: true }).inputValue(), { timeout: 20_000 }).toBe(APPROVED);
    expect(pageErrors).toEqual([]);
  });
});
