// Which Chromium runs the browser tests and benchmarks, and the flags that keep it off the
// network. No vitest here: the benchmark scripts use it outside the test runner.
import { chromium, type Browser } from 'playwright-core';

/**
 * The benchmarks' browser: Debian's full Chromium, the browser a worker would have (Lighthouse,
 * paint timings, the journeys' layout).
 */
export const browserPath = () =>
  process.env.DISCERNE_BROWSER ?? process.env.CHROME_PATH ?? '/usr/bin/chromium';

/**
 * The tests' browser: Debian's `chromium-headless-shell`, the same Blink and V8 as `chromium`
 * built without the browser's window layer (what Playwright itself runs headless). The same
 * end-to-end files took 183 s instead of 280 s (ADR 0026).
 */
export const testBrowserPath = () =>
  process.env.DISCERNE_BROWSER ?? process.env.CHROME_PATH ?? '/usr/bin/chromium-headless-shell';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** `extraArgs` for a file that needs more, e.g. a fake camera fed with a video. */
export function launch(
  extraArgs: readonly string[] = [],
  executablePath = browserPath(),
): Promise<Browser> {
  return chromium.launch({ executablePath, args: [...CHROMIUM_ARGS, ...extraArgs] });
}
