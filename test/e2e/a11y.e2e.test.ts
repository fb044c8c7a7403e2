// Accessibility pass (issue 19): axe-core, injected into the real pages, on every main screen as
// the account that uses it — no serious or critical violation. Each screen's full list (every
// impact) is printed, so a regression names its rule, its element and its screen.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, login, openSession, ROOT, type BrowserSession } from './harness.js';

const hasBrowser = chromiumAvailable();
const AXE = join(ROOT, 'node_modules/axe-core/axe.min.js');
const EDITOR_TABS = ['profile', 'budget', 'indicators', 'keyProjects', 'performance', 'problems', 'publication'];

const STRUCTURAL = ['page-has-heading-one', 'landmark-one-main', 'empty-table-header'];

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; failureSummary?: string }[];
}

describe.skipIf(!hasBrowser)('browser: accessibility (axe-core) on every main screen', () => {
  let page: Page;
  let session: BrowserSession;
  const summary: Record<string, string> = {};

  beforeAll(async () => {
    session = await openSession({ height: 900 });
    // the app's CSP (script-src 'self') would refuse the injected axe script: this context bypasses it
    const context = await session.browser.newContext({
      viewport: { width: 1366, height: 900 },
      locale: 'zh-CN',
      baseURL: session.server.baseUrl,
      bypassCSP: true,
    });
    page = await context.newPage();
  });

  afterAll(async () => {
    console.log(
      `\naxe-core, serious+critical (all) per screen:\n${Object.entries(summary)
        .map(([k, v]) => `  ${k}: ${v}`)
        .join('\n')}\n`,
    );
    await session?.close();
  });

  /** Opens `path`, lets it settle, runs axe; returns the serious and critical violations. */
  async function audit(screen: string, path: string | null, ready: () => Promise<unknown>): Promise<Violation[]> {
    if (path) await page.goto(path);
    await ready();
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(600); // animations (tabs, charts) finish before colours are measured
    if ((await page.evaluate('typeof window.axe')) !== 'object') await page.addScriptTag({ path: AXE });
    const all = (await page.evaluate(
      `window.axe.run(document, { resultTypes: ['violations'] }).then((r) => r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary })) })))`,
    )) as Violation[];
    const bad = all.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    // Moderate, but structural: one h1 naming the page, one main landmark, named table headers;
    // on the login page everything sits in a landmark.
    const structural = all.filter((v) => STRUCTURAL.includes(v.id) || (v.id === 'region' && screen === 'login'));
    expect.soft(described(structural), `${screen}: h1, main landmark, table headers`).toEqual([]);
    expect.soft(await page.locator('h1').count(), `${screen}: exactly one h1`).toBe(1);
    summary[screen] =
      `${bad.reduce((a, v) => a + v.nodes.length, 0)} nodes in ${bad.length} rules (${all.length} rules of any impact)${bad.length ? ' — ' + bad.map((v) => v.id).join(', ') : ''}`;
    for (const v of all) {
      // colour pairs (contrast) or the first reasons, once each: what to fix, not every node
      const why = [
        ...new Set(v.nodes.map((n) => /foreground color: [^)]*\)/.exec(n.failureSummary ?? '')?.[0] ?? (n.failureSummary ?? '').split('\n')[1]?.trim() ?? '')),
      ].slice(0, 6);
      console.log(
        `[axe ${screen}] ${v.impact} ${v.id} (${v.nodes.length}): ${v.help} — ${v.nodes
          .slice(0, 3)
          .map((n) => n.target.join(' '))
          .join(' | ')} — ${why.join(' ; ')}`,
      );
    }
    return bad;
  }

  /** Signs in afresh (the previous account's session is dropped first). */
  async function signIn(username: string) {
    await page.context().clearCookies();
    await login(page, username);
  }

  const described = (vs: Violation[]) =>
    vs.map(
      (v) =>
        `${v.id} (${v.impact}) ×${v.nodes.length}: ${v.nodes
          .slice(0, 4)
          .map((n) => n.target.join(' '))
          .join(' | ')}`,
    );
  const visible = (text: string) => () => expect.poll(() => page.getByText(text).first().isVisible(), { timeout: 30_000 }).toBe(true);
  const testId = (id: string) => () => expect.poll(() => page.getByTestId(id).first().isVisible(), { timeout: 30_000 }).toBe(true);

  it('login page and the public portal (no session)', async () => {
    expect.soft(described(await audit('login', '/login', visible('绩效自评')))).toEqual([]);
    expect.soft(described(await audit('portal', '/public?year=2016', testId('public-headline')))).toEqual([]);
  });

  it('the filler: workbench, every editor tab, dashboard, plan and monitoring', async () => {
    await signIn('wugang');
    expect.soft(described(await audit('workbench (wugang)', '/?year=2022', visible('我的自评')))).toEqual([]);
    const list = (await (await page.request.get('/api/evaluations?year=2022')).json()) as { evaluations: { id: string; projectCode: string | null }[] };
    const id = list.evaluations.find((e) => e.projectCode === null)!.id;
    const bad: Record<string, string[]> = {};
    for (const tab of EDITOR_TABS) {
      const v = await audit(`editor ${tab}`, `/evaluations/${id}?tab=${tab}`, () =>
        expect.poll(() => page.locator('[role=tab][aria-selected=true]').count(), { timeout: 30_000 }).toBeGreaterThan(0),
      );
      if (v.length) bad[tab] = described(v);
    }
    expect.soft(bad).toEqual({});
    // The report date is Ant Design's picker (not the browser's own input), written the Chinese way.
    await page.goto(`/evaluations/${id}?tab=profile`);
    const date = page.locator('#report-date');
    await expect.poll(() => date.count(), { timeout: 30_000 }).toBe(1);
    expect(await date.getAttribute('type')).not.toBe('date');
    await date.click();
    await date.fill('2023-07-10');
    await page.keyboard.press('Enter');
    await expect.poll(() => date.inputValue()).toBe('2023年7月10日');
    expect.soft(described(await audit('dashboard (wugang)', '/dashboard', testId('kp-actual')))).toEqual([]);
    expect.soft(described(await audit('targets (wugang)', '/targets', () => page.waitForLoadState('networkidle')))).toEqual([]);
    expect.soft(described(await audit('monitoring (wugang)', '/monitoring', () => page.waitForLoadState('networkidle')))).toEqual([]);
  });

  it('the 邵阳 reviewer: workbench, the review page, dashboard, units', async () => {
    await signIn('shaoyang');
    expect.soft(described(await audit('workbench (shaoyang)', '/?year=2022', visible('待我审核')))).toEqual([]);
    const list = (await (await page.request.get('/api/evaluations?year=2022')).json()) as { evaluations: { id: string; status: string; unitName: string }[] };
    const submitted = list.evaluations.find((e) => e.status === 'submitted');
    expect(submitted, 'a submitted county in the demo').toBeTruthy();
    expect.soft(described(await audit('review (shaoyang)', `/evaluations/${submitted!.id}/review`, () => page.waitForLoadState('networkidle')))).toEqual([]);
    expect.soft(described(await audit('dashboard (shaoyang)', '/dashboard', testId('kp-actual')))).toEqual([]);
    expect.soft(described(await audit('units (shaoyang)', '/units', () => page.waitForLoadState('networkidle')))).toEqual([]);
  });

  it('the province: dashboard and frameworks', async () => {
    await signIn('hunan');
    expect.soft(described(await audit('dashboard (hunan)', '/dashboard', testId('kp-actual')))).toEqual([]);
    expect.soft(described(await audit('frameworks (hunan)', '/frameworks', () => page.waitForLoadState('networkidle')))).toEqual([]);
    await page.locator('a[href^="/frameworks/"]').first().click();
    await page.waitForURL(/\/frameworks\/\d+/);
    expect.soft(described(await audit('framework editor (hunan)', null, () => page.waitForLoadState('networkidle')))).toEqual([]);
  });

  it('the administrator: admin, audit log, dashboard', async () => {
    await signIn('admin');
    expect.soft(described(await audit('admin', '/admin', () => page.waitForLoadState('networkidle')))).toEqual([]);
    // 系统管理 → 单位: the tree and the add form, then a unit chosen (its editor) with a move from a past year (the warning)
    expect.soft(described(await audit('admin units', '/admin?tab=units', testId('units-tree')))).toEqual([]);
    await page.locator('#unit-find').click();
    await page.keyboard.type('邵阳市妇联');
    await page.locator('.ant-select-dropdown:visible').getByTitle('邵阳市妇女联合会（430500）').click();
    await page.getByTestId('unit-editor').waitFor();
    await expect.poll(() => page.locator('#move-year').count(), { timeout: 30_000 }).toBe(1);
    await page.locator('#move-year').fill(String(new Date().getFullYear() - 1));
    expect.soft(described(await audit('admin unit editor', null, testId('move-past-warning')))).toEqual([]);
    expect.soft(described(await audit('audit log', '/audit', () => page.waitForLoadState('networkidle')))).toEqual([]);
    expect.soft(described(await audit('dashboard (admin)', '/dashboard', testId('kp-actual')))).toEqual([]);
  });
});
