// The decision map in Chromium: reached from the start page's trainer links, a whole case placed
// on it ("Where does my case sit?", as the result page links to it), axe on screen and in the
// print preview, and printed on A4 landscape.
import { execFileSync } from 'node:child_process';
import type { Browser, Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { key } from '../../src/domain/content/keys';
import { POSTURES } from '../../src/domain/content/types';
import { evaluate } from '../../src/domain/engine';
import { mapHref } from '../../src/ui/map/mapLink';
import { content, expectScreen, walkToResult, type WalkCase } from './support/cases';
import {
  expectNoAxeViolations,
  launchForFile,
  newContext,
  openApp,
  pageErrors,
  printToPdf,
} from './support/browser';
import { texts } from './support/texts';

const fr = texts('fr');
let browser: Browser;
launchForFile((b) => (browser = b));

/** The map page has rendered its drawing (a lazy chunk with its words): never read it before. */
async function mapReady(page: Page) {
  await page.locator('.map-page[data-ready="true"] .map-drawing svg').waitFor();
}

test('a trainer opens the map from the start page and prints it on A4 landscape', async () => {
  const context = await newContext(browser);
  const page = await openApp(context);
  await page.getByRole('link', { name: fr('startMore.map') }).click();
  await mapReady(page);
  await expectScreen(page, fr('map.title'));
  await expectNoAxeViolations(page, 'decision map');

  // Another situation and country, chosen with the form.
  await page.getByLabel(fr('map.situation')).selectOption('refuses-digital');
  await page.getByLabel(fr('map.jurisdiction')).selectOption('FR');
  await page.getByRole('button', { name: fr('map.show') }).click();
  await expect.poll(() => page.evaluate(() => location.hash)).toBe('#/map/refuses-digital/FR');
  await mapReady(page);
  const title = fr('map.drawingTitle', 'screens', {
    situation: fr(key.situationTitle('refuses-digital'), 'content'),
    jurisdiction: fr(key.jurisdictionName('FR'), 'content'),
  });
  await expect.poll(() => page.getByRole('img', { name: title }).count()).toBe(1);

  await page.emulateMedia({ media: 'print' });
  await expectNoAxeViolations(page, 'decision map (print preview)');
  await page.emulateMedia({ media: 'screen' });
  const pdf = await printToPdf(page, 'decision-map-refuses-digital-FR');
  const info = execFileSync('pdfinfo', [pdf.file], { encoding: 'utf8' });
  const [, w, h] = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(info)!;
  // A4 landscape: 842 × 595 pt.
  expect(Math.round(Number(w))).toBe(842);
  expect(Math.round(Number(h))).toBe(595);
  // Two or three bands of the drawing, never the screen's lists; the last rule is on paper.
  expect(pdf.pages).toBeGreaterThanOrEqual(1);
  expect(pdf.pages).toBeLessThanOrEqual(3);
  expect(pdf.text).toContain(fr('map.ruleNumber', 'screens', { n: content.outcomes.rules.length }));
  expect(pdf.text).not.toContain(fr('map.lists'));
  expect(pageErrors(page)).toEqual([]);
  await context.close();
});

test('from the result, the case sits on the map: its answers, verdicts and rule marked', async () => {
  // A whole case: the last answer of every question (often the most cautious), its path and
  // outcome from the engine.
  const situation = content.workshop.cases[0]!.situation;
  const answers = Object.fromEntries(
    POSTURES.flatMap((p) => content.postures[p].questions).map((q) => [
      q.id,
      [q.options.at(-1)!.id],
    ]),
  );
  const input = { situation, jurisdiction: 'FR' as const, answers };
  const walk: WalkCase = {
    ...input,
    outcome: evaluate(content, input).outcome!.id,
    path: evaluate(content, input).path,
  };
  const context = await newContext(browser);
  const page = await openApp(context);
  await walkToResult(page, 'fr', walk);
  // The result page's own link, followed in the same app: it names this case's place.
  const link = page.getByRole('link', { name: fr('result.onMap') });
  expect(await link.getAttribute('href')).toBe(mapHref(walk, { fromCase: true }));
  await link.click();
  await mapReady(page);
  const e = evaluate(content, walk);
  const n = content.outcomes.rules.findIndex((r) => r.id === e.outcome!.rule) + 1;
  const where = page.getByRole('region', { name: fr('map.case.title') });
  await expect
    .poll(() => where.textContent())
    .toContain(
      fr('map.case.summary', 'screens', {
        outcome: fr(key.outcomeTitle(e.outcome!.id), 'content'),
        n,
      }),
    );
  const asked = POSTURES.flatMap((p) => e.path[p]).length;
  // The drawing: every question asked and its answer, three verdicts, the rule and the outcome.
  const lit = await page.locator('.map-drawing svg [data-on="true"][data-node]').count();
  expect(lit).toBeGreaterThanOrEqual(2 * asked + POSTURES.length + 2);
  const fired = page
    .getByRole('table')
    .getByRole('row')
    .filter({ hasText: fr('map.case.onPath') });
  await expect.poll(() => fired.count()).toBe(1);
  await expectNoAxeViolations(page, 'decision map with a case');
  expect(pageErrors(page)).toEqual([]);
  await context.close();
});
