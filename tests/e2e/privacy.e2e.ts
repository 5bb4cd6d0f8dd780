// Nothing leaves the device: every request the browser makes — pages, service worker,
// workers, prints — over whole cases in both languages and every page outside the wizard
// goes to the app's own origin. No CDN, font, analytics or error-reporting host, ever.
// Resource links are outbound links a user may click: they are not requests and not followed.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { expect, test } from 'vitest';
import {
  baseUrl,
  launchForFile,
  newContext,
  openApp,
  pageErrors,
  printToPdf,
  takeCspViolations,
} from './support/browser';
import { casesByOutcome, expectScreen, walkToResult } from './support/cases';
import { PAGE_SCREENS } from '../../src/ui/host/screens';
import { gotoScreen } from './support/ready';
import { texts } from './support/texts';

let browser: Browser;
launchForFile((b) => (browser = b));

/** Every URL requested in the context, page and service worker alike. */
function recordRequests(context: BrowserContext): string[] {
  const urls: string[] = [];
  context.on('request', (r) => urls.push(r.url()));
  context.on('page', (p: Page) => p.on('websocket', (ws) => urls.push(ws.url())));
  return urls;
}

function foreign(urls: string[]): string[] {
  const origin = new URL(baseUrl()).origin;
  // data: and blob: URLs are made in the page (QR code, exported file): they go nowhere.
  return urls.filter((u) => !/^(data|blob):/.test(u) && new URL(u).origin !== origin);
}

const cases = [...casesByOutcome().values()];

for (const [lng, locale] of [
  ['fr', 'fr-BE'],
  ['en', 'en-GB'],
] as const) {
  test(`a whole case in ${lng}, its printed sheet and every page: all requests same-origin`, async () => {
    const t = texts(lng);
    const context = await newContext(browser, locale);
    const urls = recordRequests(context);
    const page = await openApp(context, `?lng=${lng}`);
    await expectScreen(page, t('steps.start'));
    const walk = lng === 'fr' ? cases[0]! : cases[cases.length - 1]!;
    await walkToResult(page, lng, walk);
    await printToPdf(page, `privacy-result-${lng}`);

    for (const { id, route } of PAGE_SCREENS) {
      await gotoScreen(page, `${baseUrl()}?lng=${lng}#/${route}`, id);
      await printToPdf(page, `privacy-${route}-${lng}`);
    }
    // Let the service worker finish precaching: its requests count too.
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await page.waitForTimeout(500);

    expect(urls.length).toBeGreaterThan(5); // the recorder does see requests
    expect(foreign(urls)).toEqual([]);
    expect(pageErrors(page)).toEqual([]);
    await context.close();
  });
}

test('the recorder would catch a request to another origin', async () => {
  const context = await newContext(browser);
  const urls = recordRequests(context);
  const page = await openApp(context);
  // A request a third-party script would make. Without a CSP (plain static server) it is sent
  // and recorded; behind nginx the shipped CSP refuses it before it leaves, and says so.
  await page.evaluate(() => {
    const img = new Image();
    img.src = 'http://192.0.2.1/pixel.gif';
  });
  const refused: string[] = [];
  await expect
    .poll(() => {
      refused.push(...takeCspViolations());
      return foreign(urls).length + refused.filter((v) => v.includes('192.0.2.1')).length;
    })
    .toBeGreaterThan(0);
  await page.waitForTimeout(300);
  takeCspViolations(); // provoked on purpose, reported twice (event and console)
  await context.close();
});
