// Waiting for the app and its screens. No vitest here: the benchmarks (scripts/bench-steps.ts)
// wait the same way.
import type { Page } from 'playwright-core';
import { READY_ATTRIBUTE } from '../../../src/ui/host/readyMarker';

/**
 * Waits until the app has taken over the page. The start page is pre-rendered into index.html
 * (ADR 0011) and marked busy until then: its buttons show before they work, so whatever clicks
 * right after a load or a reload waits here first.
 */
export async function appReady(page: Page): Promise<void> {
  await page.locator('#root:not([aria-busy])').waitFor({ state: 'attached' });
}

/**
 * Waits until the screen `id` of the registry (src/ui/host/screens.ts: a step's name, a page's
 * id, "not-found", "recovery") has rendered, its code and words there. Read a lazy screen only
 * after this: a visible heading alone never meant the screen was there.
 */
export async function screenReady(page: Page, id: string, timeout = 10_000): Promise<void> {
  await page.locator(`main[${READY_ATTRIBUTE}="${id}"]`).waitFor({ state: 'attached', timeout });
}

/** The screen shown once it is ready (its id), or null while one is loading. */
export function readyScreen(page: Page): Promise<string | null> {
  return page.evaluate(
    (attribute) => document.querySelector('main')?.getAttribute(attribute) ?? null,
    READY_ATTRIBUTE,
  );
}

/** The main heading of the screen shown once it is ready; null while one is loading. */
export function readyHeading(page: Page): Promise<string | null> {
  return page.evaluate((attribute) => {
    const main = document.querySelector('main');
    return main?.hasAttribute(attribute) ? (main.querySelector('h1')?.textContent ?? null) : null;
  }, READY_ATTRIBUTE);
}

/**
 * Goes to `hash` in the app (another page, or a sub-page of the one shown) and waits for the
 * screen `id` to be ready there. The marker of the screen before is taken off first: the new
 * address is handled a moment after the navigation returns, and the old marker must never be
 * read as the new screen's.
 */
export async function gotoScreen(page: Page, hash: string, id: string): Promise<void> {
  await page.evaluate((attribute) => {
    document.querySelector('main')?.removeAttribute(attribute);
  }, READY_ATTRIBUTE);
  await page.goto(new URL(hash, page.url()).toString());
  await screenReady(page, id);
}
