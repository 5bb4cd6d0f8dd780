// Which Chromium runs the browser tests and benchmarks, and the flags that keep it off the
// network. No vitest here: the benchmark scripts use it outside the test runner.
import { chromium, type Browser } from 'playwright-core';

export const browserPath = () =>
  process.env.DISCERNE_BROWSER ?? process.env.CHROME_PATH ?? '/usr/bin/chromium';

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
export function launch(extraArgs: readonly string[] = []): Promise<Browser> {
  return chromium.launch({ executablePath: browserPath(), args: [...CHROMIUM_ARGS, ...extraArgs] });
}
