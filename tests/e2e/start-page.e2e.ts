// The start page in the visitor's language (ADR 0012). The build writes it pre-rendered in
// each language (index.html in French, index.en.html). nginx, with the shipped
// deploy/nginx.conf, answers "/" with the one the app itself would choose, and so does the
// service worker for every visit after the first, even from a static host that cannot choose:
// an English browser never sees the French page first, and the app keeps the page it got.
import fc from 'fast-check';
import type { Browser } from 'playwright-core';
import { expect, test } from 'vitest';
import type { RunningNginx } from '../../scripts/nginx';
import manifest from '../../content/content.json';
import { startPageFile, startPageFor } from '../../src/i18n/startPage';
import { PRERENDERED_ATTRIBUTE } from '../../src/ui/prerenderMarker';
import { appReady, launchForFile, newContext, serviceWorkerActive } from './support/browser';
import { nginxForFile } from './support/nginx';
import { expectScreen } from './support/cases';
import {
  consoleErrors,
  removedHeadings,
  servedStartPage,
  watchHeadings,
} from './support/hydration';
import { serveDist } from './support/server';
import { texts } from './support/texts';

const fr = texts('fr');
const en = texts('en');
const dist = process.env.DISCERNE_DIST ?? 'dist';
let nginx: RunningNginx;
let browser: Browser;
nginxForFile((n) => (nginx = n));
launchForFile((b) => (browser = b));

/** Which start page a response holds, by the language it was pre-rendered in. */
function servedFile(html: string): string {
  const language = new RegExp(`${PRERENDERED_ATTRIBUTE}="([^"]+)"`).exec(html)?.[1];
  if (!language) throw new Error('not a start page');
  return startPageFile(language, manifest.reference);
}

/** Accept-Language as a browser writes it from its ordered list of languages. */
const acceptLanguage = (tags: string[], space: boolean) =>
  tags.map((t, i) => (i === 0 ? t : `${t};q=${(1 - i / 10).toFixed(1)}`)).join(space ? ', ' : ',');

test('nginx answers "/" with the start page the app would choose (?lng=, then Accept-Language)', async () => {
  // Tags that must be told apart: the supported ones in every case, their regional variants,
  // and look-alikes that are not them ("eng", "fry", "frr").
  const tag = fc.constantFrom(
    ...['fr', 'fr-BE', 'FR-fr', 'fr-CA', 'en', 'en-GB', 'EN-us', 'en-BE', 'nl-BE', 'nl', 'de'],
    ...['de-DE', 'es', 'it', 'ar', 'eng', 'fry', 'frr', 'enx', '*'],
  );
  const lng = fc.option(fc.constantFrom('fr', 'en', 'EN', 'de', ''), { nil: undefined });
  await fc.assert(
    fc.asyncProperty(
      fc.uniqueArray(tag, { maxLength: 6 }),
      lng,
      fc.boolean(),
      async (tags, asked, space) => {
        const search = asked === undefined ? '' : `?lng=${asked}`;
        const res = await fetch(nginx.url + search, {
          headers: { 'accept-language': acceptLanguage(tags, space) },
        });
        expect(res.status).toBe(200);
        expect(servedFile(await res.text())).toBe(startPageFor(manifest, search, tags));
        // Caches between the server and the browser keep one answer per language.
        expect(res.headers.get('vary')).toBe('Accept-Language');
      },
    ),
    { numRuns: 300 },
  );
});

test('nginx sends each named file as it is: index.html stays the reference page', async () => {
  for (const language of manifest.languages) {
    const file = startPageFile(language, manifest.reference);
    const res = await fetch(nginx.url + file, { headers: { 'accept-language': 'en-GB' } });
    expect(servedFile(await res.text()), file).toBe(file);
    // Only "/" depends on the language (the service worker precaches the named files).
    expect(res.headers.get('vary'), file).toBeNull();
  }
});

test('an English browser gets the English start page from nginx, before any script runs', async () => {
  const context = await browser.newContext({ javaScriptEnabled: false, locale: 'en-GB' });
  const page = await context.newPage();
  await page.goto(nginx.url);
  expect(await page.locator('html').getAttribute('lang')).toBe('en');
  expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(en('steps.start'));
  expect(await page.getByRole('button', { name: en('start.begin') }).isVisible()).toBe(true);
  expect(await page.title()).toBe(`${en('steps.start')} — ${en('app.name')}`);
  await context.close();
});

test('the English page from nginx is taken over without being replaced', async () => {
  const context = await newContext(browser, 'en-GB');
  await watchHeadings(context);
  const page = await context.newPage();
  const errors = consoleErrors(page);
  await page.goto(nginx.url);
  await appReady(page);
  expect(await servedStartPage(page)).toBe('en');
  // Kept by hydration: no heading removed on the way (after "Begin" the app renders its own
  // tree, ADR 0022, so the count is read before it).
  expect(await removedHeadings(page)).toBe(0);
  await page.getByRole('button', { name: en('start.begin') }).click();
  // A fresh browser: the country step comes first (ADR 0023).
  await expectScreen(page, en('steps.country'));
  expect(errors).toEqual([]);
  await context.close();
});

test("after one visit, even from a static host, the service worker sends the start page in the visitor's language, offline too", async () => {
  // A plain file server (it always sends the French index.html), shut down after the first
  // visit: the later visits are answered by the service worker alone.
  const server = await serveDist(dist);
  const context = await newContext(browser, 'en-GB');
  await watchHeadings(context);
  const page = await context.newPage();
  await page.goto(server.url);
  await appReady(page);
  expect(await servedStartPage(page)).toBe('fr'); // rendered afresh in English over it
  await expectScreen(page, en('steps.start'));
  await serviceWorkerActive(page);
  await server.close();
  await context.setOffline(true);

  const errors = consoleErrors(page);
  await page.reload();
  await appReady(page);
  expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
  expect(await servedStartPage(page)).toBe('en');
  expect(await page.locator('html').getAttribute('lang')).toBe('en');
  await expectScreen(page, en('steps.start'));
  expect(await removedHeadings(page)).toBe(0); // kept: hydrated, not replaced

  // ?lng= chooses, as it does for the app; and any other address of the app is the start page.
  await page.goto(`${server.url}?lng=fr`);
  await appReady(page);
  expect(await servedStartPage(page)).toBe('fr');
  await expectScreen(page, fr('steps.start'));
  await page.goto(`${server.url}accueil`);
  await appReady(page);
  expect(await servedStartPage(page)).toBe('en');
  expect(errors).toEqual([]);
  await context.close();
});
