// Accessibility in a real Chromium: the result of every outcome, in both languages, on screen and
// in print preview (axe with the WCAG 2.2 AA tags, raw i18n keys, reflow at 320 px and 200 %
// zoom). Each result is opened as a case file one after the other in one page per language
// (support/open-case.ts); the walk to a result is scanned screen by screen in a11y.e2e.ts.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchForFile, newContext, openApp, pageErrors } from './support/browser';
import { casesByOutcome, expectResultHeading } from './support/cases';
import { caseOf, openCase } from './support/open-case';
import { A11Y_LANGUAGES as LANGUAGES, checkPrintPreview, checkScreen } from './support/screens';

const cases = casesByOutcome();

let browser: Browser;
launchForFile((b) => (browser = b));

describe.each(LANGUAGES)('the result of every outcome in $lng', ({ lng, locale, scope }) => {
  let page: Page;
  beforeAll(async () => {
    page = await openApp(await newContext(browser, locale), `?lng=${lng}`);
  });
  afterAll(async () => {
    await page.context().close();
  });
  test.each([...cases.values()].map((c) => [c.outcome, c] as const))(
    '%s, on screen and in print preview',
    async (outcome, walk) => {
      await openCase(page, lng, caseOf(walk));
      await expectResultHeading(page, lng, outcome);
      await checkScreen(page, `result ${outcome} (${lng})`, scope);
      await checkPrintPreview(page, `result ${outcome} (${lng})`, scope);
      expect(pageErrors(page)).toEqual([]);
    },
  );
});
