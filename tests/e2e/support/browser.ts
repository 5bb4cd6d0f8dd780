// Drives Debian's Chromium (or the browser named by DISCERNE_BROWSER / CHROME_PATH) through
// playwright-core, with the flags that keep it off the network.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RunOptions } from 'axe-core';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject } from 'vitest';
import { WCAG_TAGS } from '../../support/wcagTags';
import { axeViolations } from './axeInPage';
import { launch, testBrowserPath } from './chromium';
import { appReady } from './ready';

export { appReady, readyHeading, readyScreen, screenReady } from './ready';

/** The tests' browser (support/chromium.ts), with a file's own extra flags. */
export function launchForTests(extraArgs: readonly string[] = []): Promise<Browser> {
  return launch(extraArgs, testBrowserPath());
}

/** One browser per test file: launched before its tests, closed after they all ran. */
export function launchForFile(
  use: (browser: Browser) => void,
  extraArgs: readonly string[] | (() => readonly string[]) = [],
): void {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchForTests(typeof extraArgs === 'function' ? extraArgs() : extraArgs);
    use(browser);
  });
  afterAll(async () => {
    await browser?.close();
  });
}

export const baseUrl = () => inject('baseUrl');

/**
 * A browser context as a worker's browser would be, at 1024×800. The service worker registers
 * as the project allows (support/global-setup*.ts: behind nginx, yes; on the bare server, only
 * for a test that asks).
 */
export async function newContext(
  browser: Browser,
  locale = 'fr-BE',
  { serviceWorkers = inject('serviceWorkers') }: { serviceWorkers?: 'allow' | 'block' } = {},
): Promise<BrowserContext> {
  const context = await browser.newContext({
    locale,
    viewport: { width: 1024, height: 800 },
    serviceWorkers,
  });
  // An action whose element never comes fails in 15 s, saying which element, rather than
  // waiting out the test (Playwright's own default is no limit).
  context.setDefaultTimeout(15_000);
  await watchCsp(context);
  return context;
}

// Every Content-Security-Policy violation the browser reports, in any page of any context made
// by newContext; tests/e2e/support/setup.ts fails the test that caused one. Under nginx the
// suite runs with the shipped CSP, so a violation means the policy would break the real app.
const violations: string[] = [];

export function takeCspViolations(): string[] {
  return violations.splice(0);
}

async function watchCsp(context: BrowserContext): Promise<void> {
  await context.exposeBinding('__discerneCspViolation', (source, report: string) => {
    violations.push(`${source.page?.url() ?? '?'}: ${report}`);
  });
  // Init scripts run through the DevTools protocol: the CSP under test does not block them.
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      const report = (window as unknown as { __discerneCspViolation: (r: string) => void })
        .__discerneCspViolation;
      report(
        `${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} at ${e.sourceFile}:${e.lineNumber}`,
      );
    });
  });
  // Chromium also logs violations, including some the DOM event does not carry (workers).
  context.on('console', (msg) => {
    if (msg.type() === 'error' && /Content Security Policy/i.test(msg.text()))
      violations.push(`console: ${msg.text()}`);
  });
}

const errorsByPage = new WeakMap<Page, string[]>();

/** Opens the app; an uncaught page error fails the test that made it. */
export async function openApp(context: BrowserContext, path = ''): Promise<Page> {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  errorsByPage.set(page, errors);
  await page.goto(baseUrl() + path);
  await appReady(page);
  return page;
}

/** Waits until the service worker is active, i.e. it has precached every file. */
export async function serviceWorkerActive(page: Page): Promise<void> {
  const state = () =>
    page.evaluate(async () => (await navigator.serviceWorker.ready).active?.state ?? null);
  await expect.poll(state, { timeout: 15_000 }).toBe('activated');
}

export function pageErrors(page: Page): string[] {
  return errorsByPage.get(page) ?? [];
}

/** What an axe scan checks: every rule of WCAG_TAGS, or all but colour contrast. */
export interface AxeScope {
  /** Colour contrast, the one rule that measures the rendered page (and most of axe's time). */
  contrast: boolean;
}

/** The options of every scan: the WCAG tags, violations only, colour contrast or not. */
export function axeOptions({ contrast }: AxeScope): RunOptions {
  return {
    // Only violations are gathered: listing every passing node took a third of a scan's time
    // on the long pages (worksheet, carnet) and nothing reads them.
    resultTypes: ['violations'],
    runOnly: { type: 'tag', values: WCAG_TAGS },
    rules: contrast ? {} : { 'color-contrast': { enabled: false } },
  };
}

export async function expectNoAxeViolations(
  page: Page,
  label: string,
  scope: AxeScope = { contrast: true },
): Promise<void> {
  const violations = await axeViolations(page, axeOptions(scope));
  const summary = violations.map((v) => `${v.id} (${v.impact}): ${v.targets.join(', ')}`);
  expect(summary, `axe violations on ${label}`).toEqual([]);
}

export const artifactsDir = (sub: string) => {
  const dir = join('test-artifacts', sub);
  mkdirSync(dir, { recursive: true });
  return dir;
};

/** A printed PDF: its file, its page count, and its text as laid out (read when asked). */
export interface PrintedPdf {
  file: string;
  pages: number;
  /** pdftotext -layout, run on first read: most tests read readingText(file) instead. */
  readonly text: string;
}

/**
 * Prints the page to an A4 PDF with print media; returns its page count and text. With
 * DISCERNE_PDF_PNG=1 each page is also drawn to a PNG beside the PDF, for a reviewer's eye (off by
 * default: about 0.1 s a PDF, two hundred PDFs a run).
 */
export async function printToPdf(page: Page, name: string): Promise<PrintedPdf> {
  await page.emulateMedia({ media: 'print' });
  try {
    return await pdfOfPrintMedia(page, name);
  } finally {
    await page.emulateMedia({ media: 'screen' });
  }
}

/**
 * printToPdf for a page the caller has already put in print media, to print several things
 * (or read the page as it prints) without a switch of media, and a relayout, for each.
 */
export async function pdfOfPrintMedia(page: Page, name: string): Promise<PrintedPdf> {
  const file = join(artifactsDir('pdf'), `${name}.pdf`);
  writeFileSync(
    file,
    await page.pdf({ format: 'A4', printBackground: false, preferCSSPageSize: true }),
  );
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  const pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
  if (process.env.DISCERNE_PDF_PNG === '1')
    execFileSync('pdftoppm', ['-png', '-r', '50', file, file.replace(/\.pdf$/, '')]);
  let text: string | undefined;
  return {
    file,
    pages,
    get text() {
      return (text ??= execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }));
    },
  };
}

/**
 * pdftotext breaks lines where the page does, after a space or after a hyphen ("verriez-vous"):
 * compare texts with line breaks undone and spaces folded.
 */
export const flat = (s: string) =>
  s
    .replace(/(\S-)\n/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();

/** A printed PDF's text in the page's own order (-layout and the default mode mix up columns). */
export const readingText = (file: string) =>
  flat(execFileSync('pdftotext', ['-raw', file, '-'], { encoding: 'utf8' }));
