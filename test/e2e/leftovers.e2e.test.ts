// What a stranger met after the English UI and the phone layouts were called done: the score
// explanations and the deviation causes stayed Chinese in English; a level indicator (a rate
// reached at any time, e.g. 预算执行率 against 100%) read "偏差 — 黄色预警"; the admin's 部署设置
// had 24 px buttons on a phone. 武冈 (filler) and admin, zh and en, 1366 px and 390 px.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, login, openSession, shot, type BrowserSession, reveal } from './harness.js';

const hasBrowser = chromiumAvailable();
const HAN = /[\u4e00-\u9fff]/;

describe.skipIf(!hasBrowser)('browser: English leftovers, level indicators, settings on a phone', () => {
  let session: BrowserSession;
  let page: Page;
  beforeAll(async () => {
    session = await openSession({ height: 900 });
    page = session.page;
  });
  afterAll(async () => {
    await session?.close();
  });

  const setLang = async (lang: 'zh' | 'en') => {
    await page.evaluate(`localStorage.setItem('jixiao.lang', '${lang}')`);
  };
  /** Every element's right edge within the viewport (nothing pushed off a phone screen). */
  const overflow = () =>
    page.evaluate(`(() => {
      const w = document.documentElement.clientWidth;
      return [...document.querySelectorAll('main *')]
        .filter((e) => e.offsetParent !== null && !e.closest('.ant-table-content, .ant-table-body, .ant-tabs-nav-list'))
        .filter((e) => e.getBoundingClientRect().right > w + 1)
        .map((e) => e.tagName + '.' + String(e.className).slice(0, 40) + ' ' + (e.innerText || '').slice(0, 30));
    })()`) as Promise<string[]>;

  const openMonitoring = async () => {
    await page.goto('/monitoring?year=2022');
    await page.getByText('截至6月30日运行监控（邵阳市妇女联合会）').first().click();
    await expect.poll(() => page.getByLabel(/(截至目前完成值|Actual to date) 1\.1\.1/).count(), { timeout: 30_000 }).toBe(1);
  };

  it('运行监控 in English: a level shows what it reached against its target; the causes are English', async () => {
    await login(page, 'wugang');
    await setLang('en');
    await openMonitoring();
    // 1.1.1 预算执行率: a level, target 100%, 33.13 computed from the executed amounts → below, warned
    const row = (code: string) => page.locator('tr').filter({ hasText: new RegExp(`^${code.replace(/\./g, '\\.')} `) });
    const below = row('1.1.1').locator('[data-level]');
    expect(await below.getAttribute('data-level')).toBe('below');
    expect(await below.innerText()).toMatch(/^33\.13: below the target \(100%\)\s*Yellow$/);
    // 2.3.1 按期完成率 of the project: 100 against 100 → reached, no warning
    const met = row('2.3.1').locator('[data-level]');
    expect(await met.getAttribute('data-level')).toBe('met');
    expect(await met.innerText()).toBe('100: target reached (100)');
    // the cumulative 受益人数 keeps its gap in points
    expect(await row('2.1.2').filter({ hasText: '受益' }).locator('[data-level]').count()).toBe(0);
    // the stored cause 人员保障 shows as English; the options too
    // 2.1.2 twice: 重点民生实事完成率 (whole department) and the project's 受益人数, answered 人员保障
    const cause = page.getByLabel('Cause 2.1.2').last();
    const chosen = await page.locator('.ant-select').filter({ has: cause }).last().innerText();
    expect(chosen).toContain('Staffing');
    expect(chosen).not.toMatch(HAN);
    await shot(page, 'leftovers-01-monitoring-en');
  });

  it('运行监控 on a phone (390 px, English): the cards say the same, nothing off screen', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await openMonitoring();
    const card = page.locator('[data-testid="report-cards"] .ant-card').filter({ hasText: '1.1.1 预算执行率' });
    expect(await card.locator('[data-level]').innerText()).toMatch(/^33\.13: below the target \(100%\)\s*Yellow$/);
    await reveal(card);
    expect(await overflow()).toEqual([]);
    await shot(page, 'leftovers-02-monitoring-en-390');
    await page.setViewportSize({ width: 1366, height: 900 });
  });

  it('运行监控 in Chinese: 已达目标 / 未达目标 instead of a dash beside the warning', async () => {
    await setLang('zh');
    await openMonitoring();
    const row = page.locator('tr').filter({ hasText: /^1\.1\.1 / });
    expect(await row.locator('[data-level]').innerText()).toMatch(/^33\.13，未达目标（100%）\s*黄色预警$/);
    await shot(page, 'leftovers-03-monitoring-zh');
  });

  it('the indicator table in English: every score explained in English (quoted data aside)', async () => {
    await setLang('en');
    const list = (await (await page.request.get('/api/evaluations?year=2022')).json()) as { evaluations: { id: string; unitCode: string }[] };
    const id = list.evaluations.find((e) => e.unitCode === '430581')!.id;
    await page.goto(`/evaluations/${id}?tab=indicators`);
    await expect.poll(() => page.locator('[data-explanation]').count(), { timeout: 30_000 }).toBeGreaterThan(5);
    const texts = [
      ...(await page.locator('[data-explanation], [data-formula]').allInnerTexts()),
      ...(await page.getByText(/applicable weight/).allInnerTexts()),
    ];
    expect(texts.some((t) => t.startsWith('Achieved → 100% × 5 = 5.00'))).toBe(true);
    expect(texts.some((t) => /^Sum of applicable scores [\d.]+ ÷ applicable weight/.test(t))).toBe(true);
    // quoted data (“是”) may stay as written; no Chinese word of the UI's own
    expect(texts.map((t) => t.replace(/“[^”]*”/g, '')).filter((t) => HAN.test(t))).toEqual([]);
    await shot(page, 'leftovers-04-indicators-en');
    expect(session.pageErrors).toEqual([]);
  });

  for (const lang of ['zh', 'en'] as const) {
    it(`部署设置 on a 390 px phone (${lang}): every control 40 px tall, nothing off screen`, async () => {
      await page.context().clearCookies();
      await setLang('zh');
      await login(page, 'admin');
      await setLang(lang);
      await page.setViewportSize({ width: 390, height: 844 });
      await page.goto('/admin?tab=settings&year=2022');
      await expect.poll(() => page.locator('#admin-deadlines tbody tr').count(), { timeout: 30_000 }).toBeGreaterThan(3);
      // a switch counts by the label around it (a tap on its words toggles it)
      // measured until the layout settles: the phone layout mounts anew and its controls grow into place
      const measure = async () =>
        (await page.evaluate(`(() =>
        [...document.querySelectorAll('main button:not(.ant-switch), main .ant-select, main .ant-picker, main .ant-switch, main .ant-input, main .ant-input-affix-wrapper, main .ant-tabs-tab')]
          .filter((e) => e.offsetParent !== null && getComputedStyle(e).visibility !== 'hidden' && !e.matches('.ant-select *, .ant-picker *, .ant-input-affix-wrapper *'))
          .map((e) => e.closest('label') && e.matches('.ant-switch') ? e.closest('label') : e)
          .map((e) => ({ what: (e.getAttribute('aria-label') || e.innerText || String(e.className)).slice(0, 40), h: Math.round(e.getBoundingClientRect().height) }))
          .filter((x) => x.h < 40))()`)) as { what: string; h: number }[];
      await expect.poll(measure, { timeout: 15_000 }).toEqual([]);
      const small = await measure();
      await shot(page, `leftovers-05-settings-${lang}-390`);
      await reveal(page.locator('#admin-deadlines'));
      await shot(page, `leftovers-06-deadlines-${lang}-390`);
      expect(small).toEqual([]);
      expect(await overflow()).toEqual([]);
      await page.setViewportSize({ width: 1366, height: 900 });
      await shot(page, `leftovers-07-settings-${lang}-1366`);
    });
  }
});
