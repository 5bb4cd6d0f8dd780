// Bad input and faults. A crashing screen goes to a recovery page that exports the answers;
// storage that is disabled or full leaves the app working and says the case won't be kept;
// script and HTML typed or imported into every free-text field show as text and never run.
import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { POSTURES } from '../../src/domain/content/types';
import { walkPath, type Answers } from '../../src/domain/engine';
import {
  expectNoAxeViolations,
  launchForFile,
  newContext,
  openApp,
  pageErrors,
  printToPdf,
} from './support/browser';
import {
  casesByOutcome,
  content,
  expectScreen,
  walkToResult,
  type WalkCase,
  expectResultHeading,
  openSheetFields,
} from './support/cases';
import { screenReady } from './support/ready';
import { texts } from './support/texts';

const fr = texts('fr');
let browser: Browser;
launchForFile((b) => (browser = b));

const walk = [...casesByOutcome().values()][0]!;

test('a screen that crashes shows the recovery page, which exports every answer and starts again', async () => {
  const context = await newContext(browser);
  // The harmless fault injector of src/ui/faults.ts: the review screen throws while rendering.
  const page = await openApp(context, '?fault=review');
  await walkToResult(page, 'fr', walk, undefined, 'submitted');

  await screenReady(page, 'recovery');
  await expectScreen(page, fr('recovery.title'));
  await expectNoAxeViolations(page, 'recovery page');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: fr('recovery.export') }).click(),
  ]);
  const file = JSON.parse(readFileSync(await download.path(), 'utf8')) as {
    case: { situation: string; jurisdiction: string; answers: Answers };
  };
  expect(file.case.situation).toBe(walk.situation);
  expect(file.case.jurisdiction).toBe(walk.jurisdiction);
  expect(file.case.answers).toEqual(walk.answers);

  await page.getByRole('button', { name: fr('recovery.restart') }).click();
  await screenReady(page, 'start');
  await expectScreen(page, fr('steps.start'));
  // The crash was caught: no uncaught page error.
  expect(pageErrors(page)).toEqual([]);
  await context.close();
});

const STORAGE_FAULTS = {
  disabled: () => {
    // As with cookies blocked or some private modes: any access to either storage throws (the
    // case lives in sessionStorage on a shared computer, ADR 0016).
    for (const name of ['localStorage', 'sessionStorage'])
      Object.defineProperty(window, name, {
        configurable: true,
        get() {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        },
      });
  },
  full: () => {
    Storage.prototype.setItem = function () {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  },
};

for (const [fault, script] of Object.entries(STORAGE_FAULTS)) {
  test(`storage ${fault}: a whole case still works and the worker is told it won't be kept`, async () => {
    const context = await newContext(browser);
    await context.addInitScript(script);
    const page = await openApp(context);
    await walkToResult(page, 'fr', walk);
    await expect
      .poll(() => page.getByText(fr('case.notice.unavailable')).first().isVisible())
      .toBe(true);
    const title = fr(`outcome.${walk.outcome}.title`, 'content');
    // The result screen is a lazy chunk: its text follows the heading by a moment.
    await expect.poll(() => page.getByText(title).count()).toBeGreaterThan(0);
    // Back and forth keeps every answer of the session.
    await page.getByRole('button', { name: fr('actions.back') }).click();
    await expectScreen(page, fr('steps.review'));
    await page.getByRole('button', { name: fr('review.confirm') }).click();
    await expectResultHeading(page, 'fr');
    await expect.poll(() => page.getByText(title).count()).toBeGreaterThan(0);
    expect(pageErrors(page)).toEqual([]);
    await context.close();
  });
}

const PAYLOADS = [
  '<img src=x onerror="window.__pwned=1">',
  '<script>window.__pwned=2</script>',
  'javascript:window.__pwned=3',
  '"><svg onload=window.__pwned=4>',
];
const PAYLOAD = PAYLOADS.join(' ');

/** A complete path for the free-text ("other") situation: first option of every question. */
function otherSituationCase(): WalkCase {
  const situation = content.situations.situations.find((s) => s.freeText)!.id;
  const jurisdiction = content.jurisdictions.jurisdictions[0]!.id;
  const answers: Answers = {};
  for (;;) {
    const next = walkPath(content, { situation, jurisdiction, answers }).find((s) => !s.answer);
    if (!next) break;
    answers[next.question.id] = [next.question.options[0]!.id];
  }
  const path = Object.fromEntries(
    POSTURES.map((p) => [
      p,
      content.postures[p].questions.filter((q) => q.id in answers).map((q) => q.id),
    ]),
  ) as WalkCase['path'];
  return { outcome: '', situation, jurisdiction, answers, path };
}

async function expectNothingRan(page: Page) {
  expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(await page.locator('main img[src="x"], main script, main svg[onload]').count()).toBe(0);
}

test('script and HTML typed into the description, reference and notes show as text and never run', async () => {
  const context = await newContext(browser);
  const page = await openApp(context);
  const other = { ...otherSituationCase(), description: PAYLOAD };
  await walkToResult(page, 'fr', other, async (screen) => {
    if (screen !== 'review') return;
    await expect.poll(() => page.getByText(PAYLOAD, { exact: false }).count()).toBeGreaterThan(0);
    await expectNothingRan(page);
  });
  await openSheetFields(page, 'fr');
  await page.getByLabel(fr('sheet.reference.label')).fill(PAYLOADS[0]!);
  await page.getByLabel(fr('sheet.notes.label')).fill(PAYLOAD);
  await page.getByRole('heading', { level: 1 }).click(); // leave the fields
  const pdf = await printToPdf(page, 'faults-free-text');
  for (const p of PAYLOADS) expect(pdf.text.replace(/\s+/g, ' ')).toContain(p);
  await expectNothingRan(page);
  expect(pageErrors(page)).toEqual([]);
  await context.close();
});

async function importFile(context: BrowserContext, page: Page, text: string) {
  await page
    .getByLabel(fr('case.import'))
    .first()
    .setInputFiles({
      name: 'case.json',
      mimeType: 'application/json',
      buffer: Buffer.from(text),
    });
  void context;
}

test('script and HTML in an imported file show as text and never run', async () => {
  const context = await newContext(browser);
  const page = await openApp(context);
  const other = otherSituationCase();
  const file = {
    format: 'discerne-case',
    formatVersion: 1,
    contentVersion: content.manifest.version,
    savedAt: new Date().toISOString(),
    case: {
      jurisdiction: other.jurisdiction,
      situation: other.situation,
      description: PAYLOAD,
      answers: other.answers,
      sheet: { reference: PAYLOADS[1], notes: PAYLOAD, consent: null },
    },
  };
  await importFile(context, page, JSON.stringify(file));
  await expect
    .poll(() => page.getByText(PAYLOAD, { exact: false }).count(), { timeout: 10_000 })
    .toBeGreaterThan(0);
  await expectNothingRan(page);
  expect(pageErrors(page)).toEqual([]);
  await context.close();
});

test('a share link carrying script instead of ids is refused and nothing runs', async () => {
  const context = await newContext(browser);
  // Script and markup where the link's code expects ids and indexes.
  const payload = encodeURIComponent(['2', PAYLOADS[0], 'BE', PAYLOADS[1], PAYLOADS[2]].join('.'));
  const page = await openApp(context, `?case=${payload}`);
  await expect.poll(() => page.getByRole('alert').count(), { timeout: 10_000 }).toBeGreaterThan(0);
  await expectNothingRan(page);
  expect(pageErrors(page)).toEqual([]);
  await context.close();
});

// Crafted links (issue 18, point 8): a name that is a built-in object's property, or an escape
// that cannot be decoded, is a page not found, never a crash to the recovery page.
const CRAFTED = [
  '#/constructor',
  '#/__proto__',
  '#/toString',
  '#/hasOwnProperty',
  '#/no-such-page',
  '#/worksheet/%E0%A4%A',
  '#/workshop/case/%E0%A4%A',
  '#/workshop/sheet/%',
  '#/carnet?kind=%',
];

test('crafted links open "page not found", loaded or followed in the app, with the way back', async () => {
  const context = await newContext(browser);
  // Opened as links (the four of the issue), then followed inside the app (all of them).
  for (const link of CRAFTED.filter((l) => /%|constructor/.test(l) && !l.includes('carnet'))) {
    const page = await openApp(context, link);
    await screenReady(page, 'not-found');
    await expectScreen(page, fr('notFound.title'));
    expect(pageErrors(page), link).toEqual([]);
    await page.close();
  }
  const page = await openApp(context);
  await screenReady(page, 'start');
  for (const link of CRAFTED) {
    await page.evaluate((hash) => (window.location.hash = hash), link);
    await screenReady(page, 'not-found');
    await page.getByRole('link', { name: fr('notFound.back') }).click();
    await screenReady(page, 'start');
  }
  await expectNoAxeViolations(page, 'start page after not-found pages');
  expect(pageErrors(page)).toEqual([]);
  await context.close();
});

test('"start again" after a crash of the start page itself opens the start page, not the crash again', async () => {
  const context = await newContext(browser);
  const page = await openApp(context, '?fault=start');
  await screenReady(page, 'recovery');
  await page.getByRole('button', { name: fr('recovery.restart') }).click();
  await screenReady(page, 'start');
  expect(new URL(page.url()).searchParams.has('fault')).toBe(false);
  expect(pageErrors(page)).toEqual([]);
  await context.close();
});
