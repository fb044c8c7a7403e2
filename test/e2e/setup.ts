// A failed browser step says where the page was and what it showed: CI keeps only the log, and the
// assertion alone (a locator that timed out) does not tell a slow machine from a page on the wrong screen.
import { beforeEach } from 'vitest';
import { openPages } from './harness.js';

beforeEach(({ onTestFailed, task }) => {
  onTestFailed(async () => {
    // the assertion itself (its message and the test line), which a passing retry would otherwise hide
    const error = task.result?.errors?.[0];
    if (error) console.error(`[failed step] ${task.name}\n  error: ${`${error.message ?? ''} ${error.stack ?? ''}`.replace(/\s+/g, ' ').slice(0, 600)}`);
    for (const page of openPages) {
      const text = await page
        .locator('body')
        .innerText({ timeout: 2_000 })
        .catch((e: Error) => `(no text: ${e.message})`);
      console.error(`[failed step] ${task.name}\n  at ${page.url()}\n  showing: ${text.replace(/\s+/g, ' ').slice(0, 600)}`);
    }
  });
});
