// Whether the app took over a pre-rendered start page by hydrating it (keeping its DOM) rather
// than rendering afresh, and the console errors of the visit (React reports a hydration
// mismatch there). ADR 0011 and 0012.
import type { BrowserContext, ConsoleMessage, Page } from 'playwright-core';
import { PRERENDERED_ATTRIBUTE } from '../../../src/ui/prerenderMarker';

/** Counts, from the first byte of every page of the context, the h1 headings removed. */
export async function watchHeadings(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const w = window as unknown as { __removedHeadings: number };
    w.__removedHeadings = 0;
    new MutationObserver((records) => {
      for (const r of records)
        for (const n of r.removedNodes)
          if (n instanceof Element && (n.matches('h1') || n.querySelector('h1')))
            w.__removedHeadings += 1;
    }).observe(document, { childList: true, subtree: true });
  });
}

export const removedHeadings = (page: Page) =>
  page.evaluate(() => (window as unknown as { __removedHeadings: number }).__removedHeadings);

/**
 * The case's steps look for a framework deployed beside index.html (ADR 0019): where there is
 * none, the server answers 404 and Chromium logs it. That answer is expected, not an error.
 */
const noDeployedFramework = (m: ConsoleMessage) =>
  /\/framework\.json(\?|$)/.test(m.location().url) && /\b404\b/.test(m.text());

/** Console errors of the page from now on. */
export function consoleErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on(
    'console',
    (m) => m.type() === 'error' && !noDeployedFramework(m) && errors.push(m.text()),
  );
  return errors;
}

/** The language of the start page the server or service worker sent (kept after take-over). */
export const servedStartPage = (page: Page) =>
  page.locator('#root').getAttribute(PRERENDERED_ATTRIBUTE);
