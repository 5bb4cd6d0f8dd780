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

export function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: browserPath(), args: CHROMIUM_ARGS });
}
