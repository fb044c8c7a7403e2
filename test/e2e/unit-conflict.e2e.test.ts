// Two admins edit the same unit (系统管理 → 单位). The first saves; the second's save is refused
// (the compare-and-set 409): it says in Chinese what the other admin changed, keeps every field as
// typed, and a second 保存 then saves what was typed over the other admin's change. 1366 px.
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, login, openSession, secondBrowser, shot, type BrowserSession } from './harness.js';

const hasBrowser = chromiumAvailable();
const UNIT = '武冈市妇女联合会';
const TITLE = `${UNIT}（430581）`;

describe.skipIf(!hasBrowser)('browser: two admins edit one unit (the second save is refused in words, nothing typed is lost)', () => {
  let session: BrowserSession;
  let first: Page;
  let second: Page;
  let secondContext: BrowserContext;

  beforeAll(async () => {
    session = await openSession({ seedsOnly: true });
    first = session.page;
    ({ context: secondContext, page: second } = await secondBrowser(session));
  });
  afterAll(async () => {
    await secondContext?.close();
    await session?.close();
  });

  const open = async (p: Page) => {
    await login(p, 'admin');
    await p.goto('/admin?tab=units');
    await p.locator('#unit-find').click();
    await p.keyboard.type('武冈');
    await p.locator('.ant-select-dropdown:visible').getByTitle(TITLE).click();
    await expect.poll(() => p.locator('#edit-unit-name').inputValue(), { timeout: 20_000 }).toBe(UNIT);
  };
  const fields = (p: Page) => Promise.all(['#edit-unit-name', '#edit-unit-short', '#edit-unit-type'].map((f) => p.locator(f).inputValue()));

  it('the second save says what the other admin changed and keeps what was typed; saving again saves it', async () => {
    await open(first);
    await open(second);
    // the first admin changes the short name and saves
    await first.locator('#edit-unit-short').fill('武冈妇联');
    await first.getByRole('button', { name: '保存修改' }).click();
    await expect.poll(() => first.getByTestId('unit-rename-done').textContent(), { timeout: 20_000 }).toContain(`“${UNIT}”（代码 430581）`);
    // the second, on the unit as loaded before, types a new name, short name and type
    await second.locator('#edit-unit-name').fill(`${UNIT}机关`);
    await second.locator('#edit-unit-short').fill('武冈市妇女联');
    await second.locator('#edit-unit-type').fill('群团组织');
    await second.getByRole('button', { name: '保存修改' }).click();
    const refused = second.getByTestId('unit-rename-problems');
    await expect.poll(() => refused.textContent(), { timeout: 20_000 }).toContain('未保存：另一位管理员刚修改了此单位');
    expect(await refused.textContent()).toBe(
      '未保存：另一位管理员刚修改了此单位（简称：武冈市妇联 → 武冈妇联）。您填写的内容仍在下方，未丢失；核对后再次点击“保存修改”将以您填写的为准。',
    );
    expect(await fields(second)).toEqual([`${UNIT}机关`, '武冈市妇女联', '群团组织']);
    await shot(second, 'unit-conflict-01-refused');
    // saved again, knowingly: what was typed is saved over the other admin's change
    await second.getByRole('button', { name: '保存修改' }).click();
    await expect.poll(() => second.getByTestId('unit-rename-done').textContent(), { timeout: 20_000 }).toContain(`“${UNIT}机关”`);
    expect(await fields(second)).toEqual([`${UNIT}机关`, '武冈市妇女联', '群团组织']);
    const stored = (await (await first.request.get('/api/units/search?q=430581')).json()) as {
      units: { code: string; name: string; shortName: string | null }[];
    };
    expect(stored.units.find((u) => u.code === '430581')).toMatchObject({ name: `${UNIT}机关`, shortName: '武冈市妇女联' });
    expect(session.pageErrors).toEqual([]);
  });
});
