// Checks every screen of the accessibility suite gets: axe with the WCAG 2.2 AA tags, no raw
// i18n key in the visible text, and reflow (320 px wide, and 200 % zoom of a 1280 px window,
// which is a 640 CSS px viewport) without horizontal scrolling.
import { readdirSync, readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { expectNoAxeViolations, type AxeScope } from './browser';
import { texts } from './texts';

export const DESKTOP = { width: 1024, height: 800 };
/**
 * The languages every accessibility sweep runs in, with a browser locale of each. Colour
 * contrast is scanned in the reference language only: it depends on the style sheet, which both
 * languages share, and it is more than half of a scan's time. Every other rule runs in both
 * (ADR 0026).
 */
export const A11Y_LANGUAGES = [
  { lng: 'fr', locale: 'fr-BE', scope: { contrast: true } },
  { lng: 'en', locale: 'en-GB', scope: { contrast: false } },
] as const satisfies readonly { lng: string; locale: string; scope: AxeScope }[];
/** WCAG 1.4.10: 320 CSS px wide; 200 % zoom of a 1280 px window lays out at 640 CSS px. */
export const REFLOW_WIDTHS = [320, 640];

/** The top-level key of every namespace in the reference locale: where raw keys start. */
function keyPrefixes(): string[] {
  const dir = 'content/locales/fr';
  const prefixes = new Set<string>();
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
    const tree = JSON.parse(readFileSync(`${dir}/${file}`, 'utf8')) as Record<string, unknown>;
    Object.keys(tree).forEach((k) => prefixes.add(k));
    prefixes.add(file.replace(/\.json$/, '')); // "content:question.x" style keys
  }
  return [...prefixes];
}

const RAW_KEY = new RegExp(
  `(?<![\\w./:-])(?:[a-z]+:)?(?:${keyPrefixes().join('|')})(?:[.:][\\w-]+)+`,
  'g',
);

/** Text that looks like an i18n key (`steps.result`, `content:question.x.label`), URLs aside. */
export function rawKeys(text: string): string[] {
  const withoutUrls = text.replace(/\b(?:https?:\/\/|www\.)\S+/g, ' ');
  return withoutUrls.match(RAW_KEY) ?? [];
}

export async function expectNoRawKeys(page: Page, label: string): Promise<void> {
  const text = await page.evaluate(() => `${document.title}\n${document.body.innerText}`);
  expect(rawKeys(text), `raw i18n keys on ${label}`).toEqual([]);
}

export async function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
}

export async function expectReflow(page: Page, label: string): Promise<void> {
  for (const width of REFLOW_WIDTHS) {
    await page.setViewportSize({ width, height: 640 });
    expect(await horizontalOverflow(page), `horizontal scroll at ${width} px on ${label}`).toBe(0);
  }
  await page.setViewportSize(DESKTOP);
}

/** Waits until no "loading" status shows (a lazy chunk on its way). */
const loading = ['fr', 'en'].map((lng) => texts(lng)('app.loading'));
export async function settle(page: Page): Promise<void> {
  for (const text of loading)
    await expect.poll(() => page.getByRole('status').filter({ hasText: text }).count()).toBe(0);
}

export async function checkScreen(
  page: Page,
  label: string,
  scope: AxeScope = { contrast: true },
): Promise<void> {
  await settle(page);
  await expectNoAxeViolations(page, label, scope);
  await expectNoRawKeys(page, label);
  await expectReflow(page, label);
}

/** The print preview: axe and raw keys under print media. */
export async function checkPrintPreview(
  page: Page,
  label: string,
  scope: AxeScope = { contrast: true },
): Promise<void> {
  await page.emulateMedia({ media: 'print' });
  try {
    await expectNoAxeViolations(page, `${label} (print preview)`, scope);
    await expectNoRawKeys(page, `${label} (print preview)`);
  } finally {
    await page.emulateMedia({ media: 'screen' });
  }
}
