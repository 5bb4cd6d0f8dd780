// Accessibility in a real Chromium: the pages outside the wizard, from the app's screen registry
// (src/ui/host/screens.ts), in both languages, with a few of the sub-pages each links to (a
// carnet's sections, a workshop's cases…): axe with the WCAG 2.2 AA tags, raw i18n keys, reflow
// at 320 px and 200 % zoom, and each page's print preview. Every read waits for the screen's
// readiness, never for a heading.
import type { Browser } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { PAGE_SCREENS } from '../../src/ui/host/screens';
import { launchForFile, newContext, openApp, pageErrors } from './support/browser';
import { gotoScreen, screenReady } from './support/ready';
import { A11Y_LANGUAGES as LANGUAGES, checkPrintPreview, checkScreen } from './support/screens';

let browser: Browser;
launchForFile((b) => (browser = b));

describe('pages outside the wizard (src/ui/host/screens.ts)', () => {
  test.each(
    PAGE_SCREENS.flatMap(({ id, route }) =>
      LANGUAGES.map(({ lng, locale, scope }) => [route, lng, id, locale, scope] as const),
    ),
  )('#/%s and its sub-pages in %s, with print preview', async (name, lng, id, locale, scope) => {
    const context = await newContext(browser, locale);
    const page = await openApp(context, `?lng=${lng}#/${name}`);
    await screenReady(page, id);
    await checkScreen(page, `#/${name} (${lng})`, scope);
    await checkPrintPreview(page, `#/${name} (${lng})`, scope);
    // Sub-routes the page links to (a workshop's cases, a carnet's sections…), a few of each.
    const subRoutes = await page.evaluate(
      (prefix) =>
        [...document.querySelectorAll<HTMLAnchorElement>('main a[href^="#/"]')]
          .map((a) => a.getAttribute('href')!)
          .filter((h) => h.startsWith(prefix) && h !== prefix),
      `#/${name}/`,
    );
    for (const hash of [...new Set(subRoutes)].slice(0, 4)) {
      await gotoScreen(page, hash, id);
      await checkScreen(page, `${hash} (${lng})`, scope);
    }
    expect(pageErrors(page)).toEqual([]);
    await context.close();
  });
});
