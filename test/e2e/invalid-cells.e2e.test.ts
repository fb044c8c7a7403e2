// What a stranger met filling a year: one box with text that is not a number held back the whole form
// (only a leave warning said so); a figure copied as ¥8,000 stayed "¥8,000" in a 万元 box and was read as
// 8,000 万元; the English submit dialog listed what is empty in Chinese. wugang, a new 2024 evaluation,
// 1366 px and a 390 px phone.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, login, openSession, shot, type BrowserSession } from './harness.js';

const hasBrowser = chromiumAvailable();

describe.skipIf(!hasBrowser)('browser: an invalid cell holds back only itself; ¥ in a 万元 box', () => {
  let session: BrowserSession;
  let page: Page;
  let id = '';
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
    expect(r.status(), `${method} ${path}`).toBeLessThan(300);
    return r.json();
  };
  type Stored = {
    budget: { budgetType: string; rows: { basic?: Record<string, string | null> } }[];
    indicators: { indicatorCode: string; target: string | null }[];
  };
  const stored = async () => (await api('GET', `/api/evaluations/${id}`)) as Stored;
  const saveState = () => page.locator('[data-save-state]').first().getAttribute('data-save-state');
  const box = (field: string) => page.locator(`#budget-general-basic-${field}`);
  const note = () => page.getByTestId('invalid-cells');

  it('a new 2024 evaluation; ¥8,000 typed into a 万元 box becomes 0.8 on leaving it', async () => {
    await login(page, 'wugang');
    const list = (await api('GET', '/api/evaluations?year=2022')) as { evaluations: { unitId: string; projectCode: string | null }[] };
    const unitId = list.evaluations.find((e) => e.projectCode === null)!.unitId;
    const mine = (await api('GET', '/api/evaluations?year=2024')) as { evaluations: { id: string; projectCode: string | null }[] };
    id =
      mine.evaluations.find((e) => e.projectCode === null)?.id ??
      ((await api('POST', '/api/evaluations', { unitId, year: 2024 })) as { evaluation: { id: string } }).evaluation.id;
    await page.goto(`/evaluations/${id}?tab=budget`);
    await expect.poll(() => page.getByRole('button', { name: '添加预算类型' }).count(), { timeout: 20_000 }).toBe(1);
    if (!(await box('opening').count())) {
      await page.getByRole('button', { name: '添加预算类型' }).click();
      await page.getByRole('menuitem', { name: '一般公共预算' }).click();
    }
    await box('opening').fill('¥8,000');
    await box('opening').blur();
    expect(await box('opening').inputValue()).toBe('0.8');
    await expect.poll(saveState, { timeout: 20_000 }).toBe('saved');
    expect((await stored()).budget.find((b) => b.budgetType === 'general')!.rows.basic!.opening).toBe('0.8');
  });

  it('a box that is not a number keeps its text and is named; everything else is saved', async () => {
    await box('income').fill('12,3x');
    await box('expenditure').fill('45.6');
    await expect.poll(saveState, { timeout: 20_000 }).toBe('invalid');
    await expect.poll(() => note().textContent(), { timeout: 20_000 }).toContain('一般公共预算 基本支出 本年收入：“12,3x”');
    expect(await note().textContent()).toContain('其余内容已保存');
    // the valid edit reached the server; the invalid box did not (its last saved value stays)
    await expect.poll(async () => (await stored()).budget.find((b) => b.budgetType === 'general')!.rows.basic!.expenditure, { timeout: 20_000 }).toBe('45.6');
    expect((await stored()).budget.find((b) => b.budgetType === 'general')!.rows.basic!.income ?? null).not.toBe('12,3x');
    await shot(page, 'invalid-01-budget-1366');
  });

  it('a negative amount (the server refuses it) is marked the same way, not a failed save of everything', async () => {
    await box('closing').fill('-14.8');
    await expect.poll(() => note().textContent(), { timeout: 20_000 }).toContain('一般公共预算 基本支出 年末结转和结余：“-14.8”');
    expect(await page.locator('#budget-general-basic-closing-invalid').textContent()).toContain('不能为负数');
    expect(await saveState()).not.toBe('error');
    await box('closing').fill('0');
    await expect.poll(() => note().textContent(), { timeout: 20_000 }).not.toContain('-14.8');
  });

  it('the text survives another tab; 转到 comes back to it', async () => {
    await page.getByRole('tab', { name: /基本情况/ }).click();
    await expect.poll(() => note().textContent()).toContain('“12,3x”');
    await note().getByRole('button', { name: '转到' }).click();
    await expect.poll(() => box('income').inputValue(), { timeout: 20_000 }).toBe('12,3x');
    expect(await box('income').getAttribute('aria-invalid')).toBe('true');
  });

  it('an indicator value that is not a number: the rest saves; 提交 names the cell and goes there', async () => {
    await box('income').fill('30');
    await expect.poll(saveState, { timeout: 20_000 }).toBe('saved');
    await page.getByRole('tab', { name: /指标自评表/ }).click();
    const target = page.getByLabel('服务对象满意度 年度指标值', { exact: true });
    await expect.poll(() => target.count(), { timeout: 20_000 }).toBe(1);
    const before = (await stored()).indicators.find((i) => i.indicatorCode === '2.2.2')?.target ?? null;
    await target.fill('九十以上');
    await page.getByRole('tab', { name: /预算执行/ }).click();
    await box('closing').fill('5');
    await expect.poll(saveState, { timeout: 20_000 }).toBe('invalid');
    await expect.poll(async () => (await stored()).budget.find((b) => b.budgetType === 'general')!.rows.basic!.closing, { timeout: 20_000 }).toBe('5');
    expect((await stored()).indicators.find((i) => i.indicatorCode === '2.2.2')?.target ?? null).toBe(before);
    expect(await note().textContent()).toContain('2.2.2 服务对象满意度 年度指标值：“九十以上”');
    await page.getByRole('button', { name: '提交' }).click();
    await expect.poll(() => page.locator('.ant-message').textContent(), { timeout: 20_000 }).toContain('“2.2.2 服务对象满意度 年度指标值”不是有效数值');
    await expect.poll(() => page.getByRole('tab', { name: /指标自评表/ }).getAttribute('aria-selected')).toBe('true');
    expect(await target.inputValue()).toBe('九十以上');
    await shot(page, 'invalid-02-indicator-1366');
  });

  it('on a phone (390 px) the note wraps inside the screen', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`/evaluations/${id}?tab=indicators`);
    await expect.poll(() => note().count(), { timeout: 20_000 }).toBe(0); // reloaded: the unsaved text is gone, as the leave warning said
    await page.getByLabel('服务对象满意度 年度指标值', { exact: true }).first().fill('很高');
    await expect.poll(() => note().count(), { timeout: 20_000 }).toBe(1);
    const right = await note().evaluate((e) => e.getBoundingClientRect().right);
    expect(right).toBeLessThanOrEqual(390);
    await shot(page, 'invalid-03-note-390');
    await page.getByLabel('服务对象满意度 年度指标值', { exact: true }).first().fill('≥90%');
    await expect.poll(saveState, { timeout: 20_000 }).toBe('saved');
    await page.setViewportSize({ width: 1366, height: 900 });
  });

  it('in English the submit dialog lists what is empty in English', async () => {
    await page.evaluate(`localStorage.setItem('jixiao.lang', 'en')`);
    await page.goto(`/evaluations/${id}`);
    await page.getByRole('button', { name: 'Submit', exact: true }).click();
    const dialog = page.getByRole('dialog');
    await expect.poll(() => dialog.locator('[data-completeness="report:reportDate"]').textContent(), { timeout: 20_000 }).toContain('Report date is empty');
    // English words around the names as written (was: “报告日期未填”, “指标 … ：实际完成值未填”)
    expect(
      (await dialog.locator('[data-completeness]').allTextContents()).filter((t) => !/[a-z]{4,}/.test(t) || /^指标 |：(实际完成值|年度指标值)?未填/.test(t)),
    ).toEqual([]);
    await shot(page, 'invalid-04-submit-en');
    await page.evaluate(`localStorage.setItem('jixiao.lang', 'zh')`);
  });
});
