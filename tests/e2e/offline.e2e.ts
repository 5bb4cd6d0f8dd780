// Offline after one visit: the service worker has precached the app and both languages, so a
// worker with no network reloads, walks a whole case, switches language and prints. And a new
// version is offered, never forced: the case on screen stays as it is until the user chooses.
import { cpSync, mkdtempSync, rmSync, appendFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { expect, test } from 'vitest';
import { key } from '../../src/domain/content/keys';
import {
  appReady,
  launchForFile,
  newContext,
  printToPdf,
  serviceWorkerActive,
} from './support/browser';
import {
  casesByOutcome,
  expectScreen,
  passCountry,
  situationInput,
  walkToResult,
  expectResultHeading,
} from './support/cases';
import { serveDist } from './support/server';
import { PAGE_SCREENS } from '../../src/ui/host/screens';
import { gotoScreen } from './support/ready';
import { texts } from './support/texts';

const fr = texts('fr');
const en = texts('en');
const dist = process.env.DISCERNE_DIST ?? 'dist';
let browser: Browser;
launchForFile((b) => (browser = b));

test('after one visit, with no network at all, a whole case is walked in both languages and printed', async () => {
  // A server of its own, shut down after the first visit: offline means offline.
  const server = await serveDist(dist);
  const context = await newContext(browser);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(server.url);
  await expectScreen(page, fr('steps.start'));
  await serviceWorkerActive(page);
  await server.close();
  await context.setOffline(true);

  await page.reload();
  await appReady(page);
  expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
  const walk = [...casesByOutcome().values()][0]!;
  await walkToResult(page, 'fr', walk);
  const title = fr(`outcome.${walk.outcome}.title`, 'content');
  const pdf = await printToPdf(page, 'offline-result-fr');
  expect(pdf.text).toContain(title);

  // The other language was precached too: switching needs no network.
  await page.getByRole('button', { name: en('languages.en') }).click();
  await expectResultHeading(page, 'en', walk.outcome);
  // The result's words are the English ones (its heading and the rest of the page).
  await expect
    .poll(() =>
      page.getByText(en(`outcome.${walk.outcome}.summary`, 'content'), { exact: true }).count(),
    )
    .toBe(1);
  // Every page outside the wizard, with its own lazy chunks, opens offline too.
  for (const { id, route } of PAGE_SCREENS) {
    await gotoScreen(page, `#/${route}`, id);
    expect(
      await page
        .getByRole('status')
        .filter({ hasText: en('app.loading') })
        .count(),
    ).toBe(0);
  }
  expect(errors).toEqual([]);
  await context.close();
});

test('a new version is offered in a banner, and the case on screen is left alone', async () => {
  // A copy of dist/ that can be "deployed again" while the page is open.
  const dir = mkdtempSync(join(tmpdir(), 'discerne-update-'));
  cpSync(dist, dir, { recursive: true });
  const server = await serveDist(dir);
  try {
    const context = await newContext(browser);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(server.url);
    await serviceWorkerActive(page);
    const banner = page.getByRole('status').filter({ hasText: fr('update.available') });
    expect(await banner.count()).toBe(0);

    // The worker is in the middle of a case.
    await page.getByRole('button', { name: fr('start.begin') }).click();
    const walk = [...casesByOutcome().values()][0]!;
    await passCountry(page, 'fr', walk.jurisdiction);
    await expectScreen(page, fr('steps.situation'));
    await situationInput(page, 'fr', walk.situation).check();

    // A new version is published; the browser finds it on its next update check.
    appendFileSync(join(dir, 'sw.js'), '\n// next version\n');
    await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      await registration?.update();
    });
    await expect.poll(() => banner.isVisible(), { timeout: 15_000 }).toBe(true);
    const reload = page.getByRole('button', { name: fr('update.reload') });
    expect(await reload.isVisible()).toBe(true);

    // Nothing was replaced under the worker's feet: same step, same choices.
    await page.waitForTimeout(1000);
    await expectScreen(page, fr('steps.situation'));
    expect(await situationInput(page, 'fr', walk.situation).isChecked()).toBe(true);
    expect(await page.locator('.country-line').innerText()).toContain(
      fr(key.jurisdictionName(walk.jurisdiction), 'content'),
    );

    // "Later" dismisses the offer and still leaves the case alone.
    await page.getByRole('button', { name: fr('update.later') }).click();
    expect(await banner.count()).toBe(0);
    expect(await situationInput(page, 'fr', walk.situation).isChecked()).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  } finally {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
