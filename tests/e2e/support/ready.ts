// No vitest here: the benchmarks (scripts/bench-steps.ts) wait the same way.
import type { Page } from 'playwright-core';

/**
 * Waits until the app has taken over the page. The start page is pre-rendered into index.html
 * (ADR 0011) and marked busy until then: its buttons show before they work, so whatever clicks
 * right after a load or a reload waits here first.
 */
export async function appReady(page: Page): Promise<void> {
  await page.locator('#root:not([aria-busy])').waitFor({ state: 'attached' });
}
