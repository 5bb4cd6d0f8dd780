// The start page pre-rendered into index.html (ADR 0011): it shows before any script runs, and
// the app takes it over without replacing it when the visit is the one it was rendered for
// (fresh, same language); any other visit is rendered afresh, without errors either way.
import type { Browser } from 'playwright-core';
import { expect, test } from 'vitest';
import {
  appReady,
  baseUrl,
  launchForFile,
  newContext,
  openApp,
  pageErrors,
} from './support/browser';
import { key } from '../../src/domain/content/keys';
import {
  casesByOutcome,
  expectScreen,
  passCountry,
  nextButton,
  situationInput,
} from './support/cases';
import { consoleErrors, removedHeadings, watchHeadings } from './support/hydration';
import { texts } from './support/texts';

let browser: Browser;
launchForFile((b) => (browser = b));

const fr = texts('fr');
const en = texts('en');

test('the start page shows before any script runs', async () => {
  // French: a static host sends index.html to everyone (the English page's own test, with the
  // server choosing by the browser's language, is in start-page.e2e.ts).
  const context = await browser.newContext({ javaScriptEnabled: false, locale: 'fr-BE' });
  const page = await context.newPage();
  await page.goto(baseUrl());
  expect(await page.locator('html').getAttribute('lang')).toBe('fr');
  expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(fr('steps.start'));
  expect(await page.getByRole('button', { name: fr('start.begin') }).isVisible()).toBe(true);
  expect(await page.title()).toBe(`${fr('steps.start')} — ${fr('app.name')}`);
  // Marked busy: it is not the working app yet.
  expect(await page.locator('#root').getAttribute('aria-busy')).toBe('true');
  await context.close();
});

test('a fresh French visit keeps the pre-rendered page and it works', async () => {
  const context = await newContext(browser, 'fr-BE');
  await watchHeadings(context);
  const page = await context.newPage();
  const errors = consoleErrors(page);
  await page.goto(baseUrl());
  await appReady(page);
  // The start page's heading was kept by hydration, not replaced.
  expect(await removedHeadings(page)).toBe(0);
  await page.getByRole('button', { name: fr('start.begin') }).click();
  // A fresh browser: the country step comes first (ADR 0023).
  await expectScreen(page, fr('steps.country'));
  expect(await page.evaluate(() => document.querySelectorAll('h1').length)).toBe(1);
  expect(errors).toEqual([]);
  await context.close();
});

test('the app and its words are fetched only once the start page is painted', async () => {
  // ADR 0011, "After the first paint": the HTML names one classic script; it adds the app's
  // scripts and the page's words when the first contentful paint is reported.
  const context = await newContext(browser, 'fr-BE');
  const page = await context.newPage();
  await page.goto(baseUrl());
  await appReady(page);
  const { paint, scripts } = await page.evaluate(() => ({
    paint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
    scripts: performance
      .getEntriesByType('resource')
      .filter((r) => /\.js$/.test(new URL(r.name).pathname))
      .map((r) => ({ file: new URL(r.name).pathname.split('/').pop()!, start: r.startTime })),
  }));
  const beforePaint = scripts.filter((s) => !(s.start >= paint)).map((s) => s.file);
  expect(beforePaint).toEqual(['boot.js']);
  const after = scripts.map((s) => s.file);
  expect(after.some((f) => /^index-.+\.js$/.test(f))).toBe(true);
  expect(after.some((f) => /^ui-.+\.js$/.test(f))).toBe(true);
  await context.close();
});

test('a click on the start page before the app works is made once it works, once', async () => {
  const context = await newContext(browser, 'fr-BE');
  await watchHeadings(context);
  const page = await context.newPage();
  const errors = consoleErrors(page);
  // The app's script held back, as on a slow phone: the page shows, its buttons do not work yet.
  let release!: () => void;
  const released = new Promise<void>((ok) => (release = ok));
  await page.route(/\/assets\/index-[^/]+\.js$/, async (route) => {
    await released;
    await route.continue();
  });
  await page.goto(baseUrl(), { waitUntil: 'commit' });
  const begin = page.getByRole('button', { name: fr('start.begin') });
  await begin.waitFor();
  // Clicked until public/early-clicks.js, which runs as soon as the page is parsed, has marked it.
  await expect
    .poll(async () => {
      await begin.click();
      return page.locator('#root [data-early-click]').count();
    })
    .toBe(1);
  expect(await page.locator('#root').getAttribute('aria-busy')).toBe('true');
  release();
  await appReady(page);
  await expectScreen(page, fr('steps.country'));
  // Made once: the case is at its first step. The click is replayed only on the very button
  // the worker saw (takeEarlyClick), so reaching the step proves the page was hydrated, not
  // replaced; "Begin" then hands the start frame over to the app, which renders its own tree
  // (ADR 0022), so <main> itself is not kept across that step.
  expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(fr('steps.country'));
  expect(await page.locator('[data-early-click]').count()).toBe(0);
  expect(errors).toEqual([]);
  await context.close();
});

test('an English visit shows the English start page, without errors', async () => {
  // From a static host the French page is rendered afresh in English; from nginx or the
  // service worker the English page comes pre-rendered (start-page.e2e.ts).
  const context = await newContext(browser, 'en-GB');
  const page = await context.newPage();
  const errors = consoleErrors(page);
  await page.goto(baseUrl());
  await appReady(page);
  await expectScreen(page, en('steps.start'));
  expect(await page.locator('html').getAttribute('lang')).toBe('en');
  expect(await page.title()).toBe(`${en('steps.start')} — ${en('app.name')}`);
  await page.getByRole('button', { name: en('start.begin') }).click();
  await expectScreen(page, en('steps.country'));
  expect(errors).toEqual([]);
  await context.close();
});

test('a visit with a saved case offers it, rendered afresh, without errors', async () => {
  const walk = [...casesByOutcome().values()][0]!;
  const context = await newContext(browser, 'fr-BE');
  const page = await openApp(context);
  await page.getByRole('button', { name: fr('start.begin'), exact: true }).click();
  await passCountry(page, 'fr', walk.jurisdiction);
  await situationInput(page, 'fr', walk.situation).check();
  await nextButton(page, 'fr').click();
  await expectScreen(page, fr(key.postureQuestion('know'), 'content'));
  const errors = consoleErrors(page);
  await page.goto(baseUrl());
  await appReady(page);
  await expect.poll(() => page.getByRole('heading', { name: fr('resume.title') }).count()).toBe(1);
  expect(errors).toEqual([]);
  expect(pageErrors(page)).toEqual([]);
  await context.close();
});
