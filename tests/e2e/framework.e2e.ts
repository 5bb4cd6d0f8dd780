// The service's framework in Chromium (ADR 0019): recorded on this device and there after a
// reload; a framework.json deployed beside index.html — copied into a copy of the build served
// by nginx with the shipped deploy/nginx.conf (its CSP and headers) — used read-only; a broken
// one refused.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { startNginx, type RunningNginx } from '../../scripts/nginx';
import {
  appReady,
  expectNoAxeViolations,
  launchForFile,
  newContext,
  openApp,
  pageErrors,
} from './support/browser';
import { texts } from './support/texts';

const fr = texts('fr');
const t = (path: string, vars?: Record<string, string>) => fr(path, 'framework', vars);
const valid = readFileSync('tests/fixtures/framework/valid.json', 'utf8');
const broken = readFileSync('tests/fixtures/framework/broken.json', 'utf8');
let browser: Browser;
launchForFile((b) => (browser = b));

/** The page is ready once its heading is there and the deployed file has been looked for. */
async function frameworkReady(page: Page): Promise<void> {
  await page.locator('.framework-page:not([aria-busy])').waitFor();
  await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(t('title'));
}

// A deployment of its own: the build, plus framework.json beside index.html.
const deployed = mkdtempSync(join(tmpdir(), 'discerne-framework-'));
let nginx: RunningNginx;
beforeAll(async () => {
  cpSync(process.env.DISCERNE_DIST ?? 'dist', deployed, { recursive: true });
  nginx = await startNginx(deployed);
});
afterAll(async () => {
  await nginx?.stop();
  rmSync(deployed, { recursive: true, force: true });
});

/** Puts `body` beside index.html, as a service deploying its framework would, and opens the page. */
async function openDeployed(body: string): Promise<Page> {
  writeFileSync(join(deployed, 'framework.json'), body);
  const context = await newContext(browser);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${nginx.url}#/framework`);
  await appReady(page);
  await frameworkReady(page);
  expect(errors).toEqual([]);
  return page;
}

test('a service records its framework on this device, and finds it after a reload', async () => {
  const context = await newContext(browser);
  const page = await openApp(context, '#/framework');
  await frameworkReady(page);
  const form = page.getByRole('form', { name: t('form.heading') });
  await form.getByRole('textbox', { name: t('form.service') }).fill('Service social de test');
  await form.getByRole('button', { name: t('form.save') }).click();
  await expect
    .poll(() =>
      page
        .getByRole('status')
        .filter({ hasText: t('status.saved') })
        .count(),
    )
    .toBe(1);

  await page.reload();
  await frameworkReady(page);
  const device = page.getByRole('region', { name: t('device.heading') });
  await expect.poll(() => device.getByText('Service social de test').count()).toBeGreaterThan(0);
  await expect
    .poll(() => form.getByRole('textbox', { name: t('form.service') }).inputValue())
    .toBe('Service social de test');
  expect(pageErrors(page)).toEqual([]);
  await context.close();
});

test('a framework deployed beside index.html is used, read-only', async () => {
  const page = await openDeployed(valid);
  const service = (JSON.parse(valid) as { service: string }).service;
  const region = page.getByRole('region', { name: t('deployed.heading', { service }) });
  await expect.poll(() => region.getByText(t('deployed.note')).isVisible()).toBe(true);
  expect(await page.getByRole('form').count()).toBe(0);
  // Revalidated on every read, like index.html: a replaced file is seen at once.
  const headers = await page.evaluate(async () => {
    const r = await fetch('framework.json', { cache: 'no-store' });
    return r.headers.get('cache-control');
  });
  expect(headers).toBe('no-cache');
  await expectNoAxeViolations(page, 'deployed framework');
  await page.context().close();
});

test('a broken deployed file is refused with a clear message, and changes nothing', async () => {
  const page = await openDeployed(broken);
  const alert = page.getByRole('alert');
  await expect
    .poll(() => alert.textContent())
    .toContain(t('deployed.refused', { why: t('refused.invalid') }));
  expect(await alert.textContent()).toContain('framework.json: dpo:');
  expect(await page.getByRole('form', { name: t('form.heading') }).count()).toBe(1);
  await expectNoAxeViolations(page, 'refused deployed framework');
  await page.context().close();
});
