// E2E harness: seeds a fresh database (the demo set plus another county's 2023 draft),
// starts the real server on a free port, and launches Debian's chromium through playwright-core.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import pg from 'pg';
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { expect } from 'vitest';
import { openServices, type Services } from '../../src/services/index.js';
import { evaluationRepository } from '../../src/store/evaluations.js';
import { treeOps } from '../../src/services/tree.js';
import { rollupRepository } from '../../src/store/rollups.js';
import { unitRepository } from '../../src/store/units.js';

export const ROOT = resolve(import.meta.dirname, '../..');
export const CHROMIUM = '/usr/bin/chromium';
export const SCREENSHOTS = join(ROOT, 'test/e2e/screenshots');

/** Chromium present? Missing: loud skip locally, failure in CI. */
export function chromiumAvailable(): boolean {
  if (existsSync(CHROMIUM)) return true;
  const msg = `\n${'!'.repeat(72)}\n!! E2E BROWSER TESTS SKIPPED: ${CHROMIUM} not found.\n!! Install it with: apt-get install -y chromium fonts-noto-cjk\n${'!'.repeat(72)}\n`;
  if (process.env.CI === 'true') throw new Error(`chromium missing at ${CHROMIUM} (required in CI)`);
  console.error(msg);
  return false;
}

export function ensureWebBuilt() {
  if (existsSync(join(ROOT, 'web/dist/index.html'))) return;
  execFileSync('npx', ['vite', 'build', '--config', 'web/vite.config.ts'], { cwd: ROOT, stdio: 'inherit' });
}

async function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const s = createServer();
    s.once('error', fail);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => ok(port));
    });
  });
}

export interface Seeded {
  /** Another county's draft (邵东市妇联 2023): wugang must not be able to open it. */
  otherCountyEvaluationId: string;
}

export interface SeedOptions {
  /** Only the two seed reports (jixiao demo --seeds-only): 武冈 is then the one county under 邵阳. */
  seedsOnly?: boolean;
  /** More data of one suite's own, written with the services (as the system) before the server starts. */
  prepare?: (services: Services) => Promise<void>;
  /** A new deployment: no demo, served without --demo; its first admin made by `jixiao user add` (password on stdin). */
  bare?: { admin: string; name: string; password: string };
}

/** The demo set, plus a 2023 draft of 邵东市妇联 (a 示例 county of the demo; added under 邵阳 when seeds only). */
async function seed(opts: { dataDir?: string; url?: string } & SeedOptions): Promise<Seeded> {
  const services = await openServices({ dataDir: opts.dataDir, url: opts.url });
  try {
    await services.loadDemo({ seedsOnly: opts.seedsOnly });
    const db = services.store.db;
    const units = unitRepository(db);
    let shaodong = await units.find('430582');
    if (!shaodong) {
      const parent = await units.find('430500');
      if (!parent) throw new Error('demo: 邵阳市妇联 missing');
      const [added] = await units.insertMany([{ code: '430582', name: '邵东市妇女联合会', shortName: '邵东市妇联', type: '妇联', level: 'county' }]);
      await treeOps.link(db, [{ unitId: added!.id, parentId: parent.id, fromYear: 2016 }]);
      shaodong = added!;
    }
    const wugang = await services.evaluations.findByUnitAndYear('430581', 2022);
    if (!wugang) throw new Error('demo: 武冈 2022 missing');
    const repo = evaluationRepository(db);
    const title = '2023年度邵东市妇女联合会整体支出绩效自评报告';
    const id = await repo.create({ unitId: shaodong.id, year: 2023, frameworkId: wugang.framework.id, outline: wugang.outline, title, status: 'draft' });
    // no key-project figures: this draft must not change any 两癌 roll-up a dashboard test reads
    await repo.writeContent(id, { ...wugang, title, keyProjects: [] });
    await rollupRepository(db).refreshUnit(Number(shaodong.id), 2023);
    await opts.prepare?.(services);
    return { otherCountyEvaluationId: id };
  } finally {
    await services.close();
  }
}

export interface RunningServer extends Seeded {
  baseUrl: string;
  database: 'pglite' | 'postgres';
  log: () => string;
  stop: () => Promise<void>;
}

export async function startServer(opts: SeedOptions = {}): Promise<RunningServer> {
  const base = process.env.DATABASE_URL;
  const dataDir = mkdtempSync(join(tmpdir(), 'jixiao-e2e-'));
  let url: string | undefined;
  let dbName: string | undefined;
  if (base) {
    // A fresh database of our own on the PostgreSQL server (dropped at the end).
    dbName = `jixiao_e2e_${randomBytes(6).toString('hex')}`;
    const admin = new pg.Client({ connectionString: base });
    await admin.connect();
    await admin.query(`create database ${dbName}`);
    await admin.end();
    const u = new URL(base);
    u.pathname = `/${dbName}`;
    url = u.toString();
  }
  const env = { ...process.env };
  if (url) env.DATABASE_URL = url;
  else delete env.DATABASE_URL;
  const bare = opts.bare;
  const seeded = bare ? { otherCountyEvaluationId: '' } : await seed({ ...(url ? { url } : { dataDir }), seedsOnly: opts.seedsOnly, prepare: opts.prepare });
  if (bare) {
    const args = ['tsx', 'src/cli/main.ts', 'user', 'add', bare.admin, '--name', bare.name, '--role', 'admin', '--data', dataDir, '--password-stdin'];
    execFileSync('npx', args, { cwd: ROOT, env, input: `${bare.password}\n`, stdio: ['pipe', 'ignore', 'inherit'] });
  }
  const port = await freePort();
  let output = '';
  const serveArgs = ['tsx', 'src/cli/main.ts', 'serve', ...(bare ? [] : ['--demo']), '--port', String(port), '--data', dataDir];
  const child: ChildProcess = spawn('npx', serveArgs, {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  // npx → tsx → node: signal the whole process group, or the real server outlives the test.
  const signal = (sig: NodeJS.Signals) => {
    try {
      process.kill(-child.pid!, sig);
    } catch {
      /* already gone */
    }
  };
  child.stdout!.on('data', (d) => (output += d));
  child.stderr!.on('data', (d) => (output += d));
  const baseUrl = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode === null) {
      signal('SIGTERM');
      await new Promise((ok) => {
        const t = setTimeout(() => {
          signal('SIGKILL');
          ok(null);
        }, 10_000);
        child.once('exit', () => {
          clearTimeout(t);
          ok(null);
        });
      });
    }
    rmSync(dataDir, { recursive: true, force: true });
    if (dbName && base) {
      const admin = new pg.Client({ connectionString: base });
      await admin.connect();
      await admin.query(`drop database if exists ${dbName} with (force)`);
      await admin.end();
    }
  };
  const deadline = Date.now() + 120_000;
  let health: { database?: 'pglite' | 'postgres' } = {};
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited (${child.exitCode}):\n${output}`);
    try {
      const r = await fetch(`${baseUrl}/api/health`);
      if (r.ok) {
        health = (await r.json()) as typeof health;
        break;
      }
    } catch {
      /* not up yet */
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`server did not answer /api/health within 120 s:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  return { ...seeded, baseUrl, database: health.database ?? 'pglite', log: () => output, stop };
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

export async function shot(page: Page, name: string) {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: false });
}

export const DEMO_PASSWORD = 'jixiao-demo';

/** Pages of open sessions: a failed step prints where each one was (setup.ts), since CI keeps only the log. */
export const openPages = new Set<Page>();

export interface BrowserSession {
  server: RunningServer;
  browser: Browser;
  context: BrowserContext;
  page: Page;
  /** Uncaught errors in the page; suites assert there are none. */
  pageErrors: string[];
  close(): Promise<void>;
}

/** A seeded server, chromium, and one zh-CN page 1366 px wide on the server's base URL. */
export async function openSession(opts: { height?: number; downloads?: boolean } & SeedOptions = {}): Promise<BrowserSession> {
  ensureWebBuilt();
  const server = await startServer({ seedsOnly: opts.seedsOnly, prepare: opts.prepare, bare: opts.bare });
  const browser = await launchBrowser();
  const context = await browser.newContext({
    viewport: { width: 1366, height: opts.height ?? 768 },
    locale: 'zh-CN',
    acceptDownloads: opts.downloads ?? false,
    baseURL: server.baseUrl,
  });
  const page = await context.newPage();
  openPages.add(page);
  const pageErrors: string[] = [];
  page.on('pageerror', (e) => {
    pageErrors.push(e.message);
    console.error('[browser error]', e.message);
  });
  return {
    server,
    browser,
    context,
    page,
    pageErrors,
    async close() {
      openPages.delete(page);
      await context.close();
      await browser.close();
      await server.stop();
    },
  };
}

/** A second browser on the same server (another person, or the same person on another device). */
export async function secondBrowser(session: BrowserSession): Promise<{ context: BrowserContext; page: Page }> {
  const context = await session.browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'zh-CN', baseURL: session.server.baseUrl });
  return { context, page: await context.newPage() };
}

/** Logs in through the login form and waits for the header to name the user. */
export async function login(page: Page, username: string, password = DEMO_PASSWORD) {
  // a fresh session: a retried step starts logged in, and /login then moves on before the form is filled
  await page.context().clearCookies();
  await page.goto('/login');
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码').fill(password);
  await page.getByRole('button', { name: '登录', exact: true }).click();
  await expect.poll(() => page.getByTestId('current-user').textContent(), { timeout: 20_000 }).toBeTruthy();
}

/** Opens an antd Select and clicks one of ITS options: the dropdown is the one its input controls
 *  (aria-controls), never another select's dropdown still closing — picking from "the open dropdown"
 *  clicked an option of the previous dialog's select on a loaded CI machine. */
export async function chooseIn(field: Locator, option: string | RegExp, typed?: string) {
  if (typed === undefined) await field.click();
  else await field.fill(typed);
  let list: string | null = null;
  await expect.poll(async () => (list = await field.getAttribute('aria-controls')), { timeout: 20_000 }).toBeTruthy();
  const dropdown = field.page().locator(`.ant-select-dropdown:has([id="${list}"])`);
  const item = dropdown.locator('.ant-select-item-option').filter({ hasText: option });
  await expect.poll(() => item.count(), { timeout: 20_000 }).toBeGreaterThan(0);
  await item.first().click();
  // Under load a click on an option still sliding in can be lost: the list stays open and nothing is
  // chosen (seen on CI's 2 cores). A single select closes its list on a pick, so click again until it
  // does; a multiple select stays open by design and is left alone.
  const open = field.page().locator(`.ant-select-dropdown:not(.ant-select-dropdown-hidden):has([id="${list}"])`);
  const multiple = (await field.locator('xpath=ancestor::*[contains(@class, "ant-select-multiple")]').count()) > 0;
  for (let attempt = 0; !multiple && attempt < 3; attempt++) {
    const closed = await expect
      .poll(() => open.count(), { timeout: 3_000 })
      .toBe(0)
      .then(
        () => true,
        () => false,
      );
    if (closed) return;
    await item.first().click();
  }
}

/** Picks an option of a searchable antd Select by typing it and clicking the filtered option: Enter alone
 *  chose the still-active old option when the filter had not applied yet (seen on a loaded machine). */
export async function pickOption(page: Page, label: string, option: string) {
  await chooseIn(page.getByLabel(label), new RegExp(`^${option}$`), option);
}

/** The filler (default wugang) opens 导入旧报告 from the menu and uploads a report; waits for the preview. */
export async function previewImport(page: Page, file: { name: string; mimeType: string; buffer: Buffer }, username = 'wugang') {
  // A retry of a test that ended on the phone would find the menu folded away.
  await page.setViewportSize({ width: 1366, height: page.viewportSize()?.height ?? 768 });
  await login(page, username);
  await page.getByRole('link', { name: '导入旧报告' }).click();
  await page.waitForURL(/\/import$/);
  await page.locator('input[type=file]').setInputFiles(file);
  await expect.poll(() => page.getByText('识别结果（尚未写入）').count(), { timeout: 30_000 }).toBe(1);
}

/** Scrolls a visible element to the middle of the viewport. Playwright's scrollIntoViewIfNeeded first waits
 *  for the element's box to hold still over two animation frames; on a loaded 2-core CI machine right after a
 *  viewport change that wait ran out (30 s) on a box measured still here, so this scrolls without it. */
export async function reveal(locator: Locator) {
  await locator.waitFor({ state: 'visible' });
  await locator.evaluate((el) => el.scrollIntoView({ block: 'center', inline: 'nearest' }));
}

/** A plain-text report as the file input takes it. */
export const textFile = (name: string, text: string) => ({ name, mimeType: 'text/plain', buffer: Buffer.from(text, 'utf8') });

/** How far the page scrolls sideways (0 when it fits the viewport). */
export const sidewaysOverflow = (page: Page) => page.evaluate<number>('document.documentElement.scrollWidth - document.documentElement.clientWidth');

/** Signs in as the demo's finance account (caizheng) and checks the header names finance. */
export async function signInAsFinance(page: Page) {
  await login(page, 'caizheng');
  expect(await page.getByTestId('current-user').textContent()).toContain('财政');
}

/** The dashboard path of a unit (by code; default 邵阳市妇联, finance's board of the counties) in a year. */
export async function dashboardPath(page: Page, year: number, code = '430500'): Promise<string> {
  const found = (await (await page.request.get(`/api/units/search?q=${code}&year=${year}`)).json()) as { units: { id: string; code: string }[] };
  const unit = found.units.find((u) => u.code === code);
  if (!unit) throw new Error(`no unit ${code} in ${year}`);
  return `/dashboard/${unit.id}?year=${year}`;
}

/** The report's required chapters (六–九), the editor tab each is written on, and a line a filler might write. */
const CHAPTERS = [
  ['performance', '部门整体支出绩效情况', '全年各项工作按计划推进，绩效目标基本完成。'],
  ['problems', '存在的问题及原因分析', '个别指标未达目标，主要是下半年人员调整所致。'],
  ['problems', '下一步改进措施', '下一年度按月跟踪目标进度，及时调整。'],
  ['publication', '部门整体支出绩效自评结果拟应用和公开情况', '自评结果用于下年预算安排，并按规定在门户网站公开。'],
] as const;

/** The filler writes each required chapter in the editor, a paragraph apiece, as one would (a new 自评's
 *  are empty, and 提交 is refused without them): 添加段落, type, wait for the save. Works at any width. */
export async function writeChapters(page: Page, evaluationId: string) {
  const stored = async () => JSON.stringify(((await (await page.request.get(`/api/evaluations/${evaluationId}`)).json()) as { sections?: unknown }).sections);
  // what was typed before is saved first: leaving the page mid-save loses it
  const settled = async () => {
    const state = page.locator('[data-save-state]').first();
    if (await state.count()) await expect.poll(() => state.getAttribute('data-save-state'), { timeout: 20_000 }).toBe('saved');
  };
  for (const [tab, title, text] of CHAPTERS) {
    await settled();
    await page.goto(`/evaluations/${evaluationId}?tab=${tab}`);
    const add = page.getByRole('button', { name: new RegExp(`^添加段落 .*${title}$`) });
    await expect.poll(() => add.count(), { timeout: 20_000 }).toBe(1);
    const paragraph = page.getByRole('textbox', { name: new RegExp(`${title} 第1段$`) });
    if ((await paragraph.count()) === 0) await add.click();
    await paragraph.fill(text);
    // saved: the server holds the text (the save indicator may still read 已保存 before the typing registers)
    await expect.poll(stored, { timeout: 20_000 }).toContain(text);
  }
}
