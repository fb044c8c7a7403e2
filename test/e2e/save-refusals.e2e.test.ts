// What a stranger met after the invalid-cell work: 新建自评 promised last year's data to a unit with
// none; a repeated funding source failed the whole save as a bare 保存失败 (and 添加资金来源 made the
// repeat itself: every new line was 中央财政); on a phone the note about an invalid cell sat at the top,
// out of view while typing lower down (and the box lost the focus at the first key that made it
// invalid); the English submit dialog gave the reason an indicator cannot
// be computed in Chinese. 武冈 (filler), 1366 px and 390 px, zh and en.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chooseIn, chromiumAvailable, login, openSession, shot, type BrowserSession, reveal } from './harness.js';

const hasBrowser = chromiumAvailable();
const HAN = /[\u3400-\u9fff]/;

describe.skipIf(!hasBrowser)('browser: what 新建自评 carries, a refused save, the phone note, English reasons', () => {
  let session: BrowserSession;
  let page: Page;
  let draft = ''; // 武冈's 2022 draft (demo)
  beforeAll(async () => {
    session = await openSession({ height: 900 });
    page = session.page;
  });
  afterAll(async () => {
    await session?.close();
  });

  const api = async (method: 'GET' | 'POST', path: string, data?: unknown) => {
    const { csrfToken } = (await (await page.request.get('/api/me')).json()) as { csrfToken: string };
    const r = await page.request.fetch(path, { method, data, headers: { 'x-csrf-token': csrfToken } });
    return { status: r.status(), body: (await r.json()) as Record<string, unknown> };
  };
  const saveState = () => page.locator('[data-save-state]').first().getAttribute('data-save-state');

  it('新建自评 says what it will carry for the year chosen: last year, an older profile only, or that one exists', async () => {
    await login(page, 'wugang');
    const list = (await api('GET', '/api/evaluations?year=2022')).body as { evaluations: { id: string; projectCode: string | null }[] };
    draft = list.evaluations.find((e) => e.projectCode === null)!.id;
    await page.goto('/');
    await page.getByRole('button', { name: '新建自评' }).first().click();
    const hint = page.getByRole('dialog').getByTestId('carry-hint');
    const year = page.getByRole('dialog').getByLabel('年度');
    await chooseIn(year, /^2023$/);
    await expect.poll(() => hint.textContent(), { timeout: 20_000 }).toBe('将带入本单位 2022 年的基本情况、指标目标值和重点项目（实际完成值留空）。');
    await chooseIn(year, /^2024$/);
    await expect
      .poll(() => hint.textContent(), { timeout: 20_000 })
      .toBe('本单位没有 2023 年的自评：将带入 2022 年的基本情况；2024 年没有已批准的绩效目标，指标目标值和重点项目从空白开始填写。');
    await shot(page, 'refusals-01-new-2024');
    await chooseIn(year, /^2022$/);
    await expect.poll(() => hint.textContent(), { timeout: 20_000 }).toContain('本单位 2022 年度已有自评');
    await page.getByRole('dialog').getByRole('button', { name: '取消' }).click();
  });

  it('a repeated funding source: the refusal is said in full, the choice stays, 提交 is held back until it is corrected', async () => {
    await page.goto(`/evaluations/${draft}?tab=keyProjects`);
    const add = page.getByRole('button', { name: '添加资金来源' }).first();
    await expect.poll(() => add.count(), { timeout: 20_000 }).toBe(1);
    const source = (n: number) => page.getByLabel(new RegExp(` 来源 ${n}$`)).first();
    await add.click();
    await add.click();
    // a new line takes a source not yet given in its category (was 中央财政 every time: a repeat at once)
    await expect
      .poll(() =>
        page
          .locator('.ant-select')
          .filter({ has: source(2) })
          .first()
          .innerText(),
      )
      .toBe('省级财政');
    await expect.poll(saveState, { timeout: 20_000 }).toBe('saved');
    await chooseIn(source(2), '中央财政');
    await expect.poll(saveState, { timeout: 20_000 }).toBe('error');
    const refused = page.getByTestId('save-refused');
    await expect.poll(() => refused.textContent(), { timeout: 20_000 }).toContain('的资金来源 “救助金 中央财政” 重复');
    expect(await refused.textContent()).toContain('所填内容仍保留在页面上');
    expect(await refused.textContent()).not.toMatch(/duplicated|given twice/);
    // at 1366 px too the refusal is in view where the user is (it sat under the header, scrolled away),
    // and the choice being made stays above it
    const note = (await refused.boundingBox())!;
    expect(note.y).toBeGreaterThanOrEqual(0);
    expect(note.y + note.height).toBeLessThanOrEqual(900);
    const chosen = (await source(2).boundingBox())!;
    expect(chosen.y + chosen.height).toBeLessThanOrEqual((await page.getByTestId('save-notes-dock').boundingBox())!.y);
    expect(
      await page
        .locator('.ant-select')
        .filter({ has: source(2) })
        .first()
        .innerText(),
    ).toBe('中央财政');
    await shot(page, 'refusals-02-repeat-1366');
    await page.getByRole('button', { name: '提交' }).click();
    const notSaved = page.getByTestId('submit-not-saved');
    await expect.poll(() => notSaved.textContent(), { timeout: 20_000 }).toContain('修改未能保存，请先改正：');
    expect(await notSaved.textContent()).toContain('“救助金 中央财政” 重复');
    expect(await page.getByRole('button', { name: '确认提交' }).isDisabled()).toBe(true);
    await page.getByRole('dialog').getByRole('button', { name: '取消' }).click();
    await chooseIn(source(2), '省级财政');
    await expect.poll(saveState, { timeout: 20_000 }).toBe('saved');
    expect(await refused.count()).toBe(0);
  });

  it('on a phone the invalid-cell note stays in view at the foot of the screen, the box above it', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`/evaluations/${draft}?tab=indicators`);
    const box = page.getByLabel('服务对象满意度 年度指标值', { exact: true }).first();
    await expect.poll(() => box.count(), { timeout: 20_000 }).toBe(1);
    // the box near the foot of the screen, typed in key by key (the first key makes it invalid)
    await reveal(box);
    await page.evaluate(`window.scrollBy(0, document.getElementById('indicator-2.2.2-target').getBoundingClientRect().bottom - window.innerHeight + 80)`);
    await box.click();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('很高', { delay: 30 });
    const note = page.getByTestId('save-notes-dock');
    await expect.poll(() => note.count(), { timeout: 20_000 }).toBe(1);
    const dock = (await note.boundingBox())!;
    expect(Math.round(dock.y + dock.height)).toBe(844);
    expect(dock.height).toBeLessThan(844 * 0.4);
    expect(await note.textContent()).toContain('服务对象满意度 年度指标值：“很高”');
    // 转到 is a finger's target (it was a 24 px link)
    const go = (await note.getByRole('button', { name: '转到' }).first().boundingBox())!;
    expect(go.height).toBeGreaterThanOrEqual(40);
    expect(go.width).toBeGreaterThanOrEqual(40);
    // the box kept the focus (it was remounted once invalid: the second key went nowhere) and is above the bar
    expect(await page.evaluate(`document.activeElement?.id`)).toBe('indicator-2.2.2-target');
    expect(await box.inputValue()).toBe('很高');
    const typed = (await box.boundingBox())!;
    expect(typed.y + typed.height).toBeLessThanOrEqual(dock.y);
    await shot(page, 'refusals-03-note-390');
    await box.fill('≥90%');
    await expect.poll(saveState, { timeout: 20_000 }).toBe('saved');
    expect(await note.count()).toBe(0);
    expect(await page.evaluate(`document.body.style.paddingBottom`)).toBe('');
    await page.setViewportSize({ width: 1366, height: 900 });
  });

  it('in English the reason an indicator cannot be computed is English inside the brackets', async () => {
    const list = (await api('GET', '/api/evaluations?year=2022')).body as { evaluations: { unitId: string; projectCode: string | null }[] };
    const unitId = list.evaluations.find((e) => e.projectCode === null)!.unitId;
    const made = await api('POST', '/api/evaluations', { unitId, year: 2024 });
    const id = made.status === 409 ? String(made.body.existingId) : (made.body.evaluation as { id: string }).id;
    await page.evaluate(`localStorage.setItem('jixiao.lang', 'en')`);
    await page.goto(`/evaluations/${id}`);
    await page.getByRole('button', { name: 'Submit', exact: true }).click();
    const items = page.getByRole('dialog').locator('[data-completeness$=":actual"]');
    await expect
      .poll(async () => (await items.allTextContents()).filter((t) => t.includes('cannot be computed')).length, { timeout: 20_000 })
      .toBeGreaterThan(0);
    const reasons = (await items.allTextContents()).filter((t) => t.includes('cannot be computed')).map((t) => /cannot be computed \((.*)\)/.exec(t)?.[1] ?? t);
    expect(reasons.filter((r) => HAN.test(r.replace(/“[^”]*”/g, '')))).toEqual([]);
    await shot(page, 'refusals-04-submit-en');
    await page.evaluate(`localStorage.setItem('jixiao.lang', 'zh')`);
  });
});
