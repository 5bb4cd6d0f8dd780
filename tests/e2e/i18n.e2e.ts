// Languages in a real Chromium: the browser's language by default with French as fallback,
// ?lng= in the URL, a switch in the header that keeps the step and the answers, <html lang>,
// dates per locale, and a first visit that downloads one language only.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { key } from '../../src/domain/content/keys';
import {
  appReady,
  baseUrl,
  launchForFile,
  newContext,
  openApp,
  pageErrors,
} from './support/browser';
import {
  casesByOutcome,
  expectScreen,
  passCountry,
  nextButton,
  optionInput,
  situationInput,
  walkToResult,
  expectResultHeading,
} from './support/cases';
import { texts } from './support/texts';

const walk = [...casesByOutcome().values()][0]!;
let browser: Browser;
launchForFile((b) => (browser = b));

const lang = (page: Page) => page.locator('html').getAttribute('lang');
const switchButton = (page: Page, lng: string) =>
  page.getByRole('button', { name: texts(lng)(`languages.${lng}`), exact: true });

test.each([
  ['fr-BE', 'fr'],
  ['fr-FR', 'fr'],
  ['en-GB', 'en'],
  ['en-US', 'en'],
  ['de-DE', 'fr'], // not offered: French, the reference, is the fallback
  ['nl-BE', 'fr'],
])('a browser in %s opens in %s', async (locale, lng) => {
  const context = await newContext(browser, locale);
  const page = await openApp(context);
  await expectScreen(page, texts(lng)('steps.start'));
  expect(await lang(page)).toBe(lng);
  expect(await switchButton(page, lng).getAttribute('aria-pressed')).toBe('true');
  await context.close();
});

test('?lng= in the URL wins over the browser; an unknown one is ignored', async () => {
  const context = await newContext(browser, 'fr-BE');
  const page = await openApp(context, '?lng=en');
  await expectScreen(page, texts('en')('steps.start'));
  expect(await lang(page)).toBe('en');
  await page.goto(new URL('?lng=xx', page.url()).toString());
  await appReady(page);
  await expectScreen(page, texts('fr')('steps.start'));
  expect(await lang(page)).toBe('fr');
  await context.close();
});

test('switching language mid-case keeps the step, the answers given and those not yet sent', async () => {
  const fr = texts('fr');
  const en = texts('en');
  const context = await newContext(browser, 'fr-BE');
  const page = await openApp(context);
  await page.getByRole('button', { name: fr('start.begin'), exact: true }).click();
  await passCountry(page, 'fr', walk.jurisdiction);
  await situationInput(page, 'fr', walk.situation).check();
  await nextButton(page, 'fr').click();
  await expectScreen(page, fr(key.postureQuestion('know'), 'content'));
  const [first] = walk.path.know;
  const option = walk.answers[first!]![0]!;
  await optionInput(page, 'fr', first!, option, walk.situation).check();

  await switchButton(page, 'en').click();
  await expectScreen(page, en(key.postureQuestion('know'), 'content'));
  expect(await lang(page)).toBe('en');
  expect(new URL(page.url()).searchParams.get('lng')).toBe('en');
  expect(new URL(page.url()).hash).toBe('#/know');
  // The answer not yet submitted is still checked, now under its English label.
  expect(await optionInput(page, 'en', first!, option, walk.situation).isChecked()).toBe(true);

  // Back to the situation step: the situation chosen earlier is still chosen.
  await page.getByRole('button', { name: en('actions.back'), exact: true }).click();
  await expectScreen(page, en('steps.situation'));
  expect(await situationInput(page, 'en', walk.situation).isChecked()).toBe(true);
  await switchButton(page, 'fr').click();
  await expectScreen(page, fr('steps.situation'));
  expect(await situationInput(page, 'fr', walk.situation).isChecked()).toBe(true);
  expect(await lang(page)).toBe('fr');
  expect(pageErrors(page)).toEqual([]);
  await context.close();
});

test('dates on the result follow the language', async () => {
  const context = await newContext(browser, 'fr-BE');
  const page = await openApp(context);
  await walkToResult(page, 'fr', walk);
  const month = (lng: string) => new Intl.DateTimeFormat(lng, { month: 'long' }).format(new Date());
  const mainText = () => page.locator('main').innerText();
  await expect.poll(mainText).toContain(month('fr'));
  await switchButton(page, 'en').click();
  await expectResultHeading(page, 'en');
  await expect.poll(mainText).toContain(month('en'));
  expect(await mainText()).not.toContain(month('fr'));
  // The screens' words (a lazy namespace, loaded in French) are reloaded in English too.
  const print = (lng: string) => page.getByRole('button', { name: texts(lng)('result.print') });
  // One print button above the result, one below.
  await expect.poll(() => print('en').count()).toBe(2);
  expect(await print('fr').count()).toBe(0);
  await context.close();
});

/** The built files of each locale, from Vite's manifest. */
function localeFiles(): Record<string, string[]> {
  const dist = process.env.DISCERNE_DIST ?? 'dist';
  const manifestFile = join(dist, '.vite', 'manifest.json');
  if (!existsSync(manifestFile)) throw new Error(`${manifestFile} missing: build first`);
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as Record<
    string,
    { file: string; src?: string }
  >;
  const out: Record<string, string[]> = {};
  for (const chunk of Object.values(manifest)) {
    const m = /^content\/locales\/([a-z]+)\//.exec(chunk.src ?? '');
    if (m) (out[m[1]!] ??= []).push(chunk.file);
  }
  return out;
}

test('a first visit downloads one language; the other comes when asked for', async () => {
  const files = localeFiles();
  expect(Object.keys(files).sort()).toEqual(['en', 'fr']);
  const context = await newContext(browser, 'fr-BE');
  const page = await context.newPage();
  const requested: string[] = [];
  page.on('request', (r) => requested.push(new URL(r.url()).pathname));
  await page.goto(
    baseUrl(), // as openApp does, with the listener attached first
  );
  await expectScreen(page, texts('fr')('steps.start'));
  await page.waitForLoadState('networkidle');
  const got = (lng: string) => files[lng]!.filter((f) => requested.some((p) => p.endsWith(f)));
  expect(got('fr').length).toBeGreaterThan(0);
  expect(got('en')).toEqual([]);
  await switchButton(page, 'en').click();
  await expectScreen(page, texts('en')('steps.start'));
  expect(got('en').length).toBeGreaterThan(0);
  await context.close();
});
