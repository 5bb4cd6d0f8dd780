// axe-core run in the page itself: put there once per document, then run as often as a test
// asks. @axe-core/playwright injected the whole of axe again on every scan and, for frames the
// app does not have, finished each scan in a new blank page of the context: about a second per
// scan on the long pages (worksheet: 2.2–2.6 s with contrast against 0.9–1.0 s here, 1.1 s
// against 0.2–0.3 s without), with the same rules and the same results (ADR 0026).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import type { AxeResults, RunOptions } from 'axe-core';

const AXE_SOURCE = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

/** A violation as the tests report it: the rule, its impact, and the nodes it found. */
export interface AxeViolation {
  id: string;
  impact: string | null | undefined;
  targets: string[];
}

type WithAxe = typeof globalThis & {
  axe?: { run: (c: Document, o: RunOptions) => Promise<AxeResults> };
};

/** Runs axe on the whole page with `options`; only violations are gathered. */
export async function axeViolations(page: Page, options: RunOptions): Promise<AxeViolation[]> {
  // A reload or a new document loses it; a hash change keeps it.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  return page.evaluate(async (runOptions) => {
    const { axe } = window as WithAxe;
    if (!axe) throw new Error('axe-core could not be put in the page');
    const results = await axe.run(document, runOptions);
    return results.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      targets: v.nodes.map((n) => n.target.join(' ')),
    }));
  }, options);
}
