// The wizard as users rely on it, in Chromium: browser back and forward, a reload on every step,
// a change from the check page, export → a fresh browser → import, a share link opened
// elsewhere, and the quick exit leaving nothing behind. Cases come from the engine.
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { key } from '../../src/domain/content/keys';
import { POSTURES, type PostureId } from '../../src/domain/content/types';
import {
  appReady,
  expectNoAxeViolations,
  launchForFile,
  newContext,
  openApp,
  pageErrors,
} from './support/browser';
import {
  casesByOutcome,
  content,
  expectScreen,
  changeCountryButton,
  jurisdictionInput,
  nextButton,
  passCountry,
  optionInput,
  situationInput,
  type WalkCase,
  expectResultHeading,
} from './support/cases';
import { readyScreen } from './support/ready';
import { settle } from './support/screens';
import { texts } from './support/texts';

const t = texts('fr');
const cases = [...casesByOutcome().values()];
const walk: WalkCase = cases[0]!;

const titles: Record<string, string> = {
  start: t('steps.start'),
  country: t('steps.country'),
  situation: t('steps.situation'),
  review: t('steps.review'),
  ...Object.fromEntries(POSTURES.map((p) => [p, t(key.postureQuestion(p), 'content')])),
};

let browser: Browser;
launchForFile((b) => (browser = b));

/** Fills in a posture page with the case's answers. */
async function fill(page: Page, c: WalkCase, posture: PostureId) {
  for (const q of c.path[posture])
    for (const o of c.answers[q] ?? []) await optionInput(page, 'fr', q, o, c.situation).check();
}

/** Answers, with their first option, the questions of the page that have no answer yet. */
async function answerOpenQuestions(page: Page) {
  for (const group of await page.locator('main fieldset').all()) {
    const inputs = group.locator('input');
    if ((await group.locator('input:checked').count()) === 0) await inputs.first().check();
  }
}

/** The first answer of a posture is still checked: the page shows the case's answers. */
async function expectAnswersShown(page: Page, c: WalkCase, posture: PostureId) {
  const q = c.path[posture][0]!;
  await expect
    .poll(() => optionInput(page, 'fr', q, c.answers[q]![0]!, c.situation).isChecked())
    .toBe(true);
}

/** From the start page to the check page, running `at` on every step reached. */
async function walkToReview(page: Page, c: WalkCase, at: (step: string) => Promise<void>) {
  await expectScreen(page, titles.start!);
  await page.getByRole('button', { name: t('start.begin'), exact: true }).click();
  // A fresh context: the country step shows (ADR 0023).
  await passCountry(page, 'fr', c.jurisdiction, at);
  await expectScreen(page, titles.situation!);
  await at('situation');
  await situationInput(page, 'fr', c.situation).check();
  await nextButton(page, 'fr').click();
  for (const posture of POSTURES) {
    await expectScreen(page, titles[posture]!);
    await at(posture);
    await fill(page, c, posture);
    await nextButton(page, 'fr').click();
  }
  await expectScreen(page, titles.review!);
  await at('review');
}

/** The result as text, without digits (the date) and without the case tools. */
async function resultText(page: Page): Promise<string> {
  await page.getByRole('button', { name: t('review.confirm'), exact: true }).click();
  await expectResultHeading(page, 'fr');
  await settle(page);
  const text = await page.locator('main').innerText();
  return text.split(t('case.toolsTitle'))[0]!.replace(/\d/g, '');
}

test('browser back and forward move between steps without losing answers', async () => {
  const context = await newContext(browser);
  const page = await openApp(context);
  await walkToReview(page, walk, () => Promise.resolve());
  for (const step of ['can', 'want', 'know', 'situation', 'country', 'start']) {
    await page.goBack();
    await expectScreen(page, titles[step]!);
    if (step !== 'start' && step !== 'situation' && step !== 'country')
      await expectAnswersShown(page, walk, step as PostureId);
  }
  for (const step of ['country', 'situation', 'know', 'want', 'can', 'review']) {
    await page.goForward();
    await expectScreen(page, titles[step]!);
  }
  expect(pageErrors(page)).toEqual([]);
  await context.close();
});

test('a first visit asks the country with nothing ticked; the next case skips it and shows "Change"', async () => {
  const context = await newContext(browser);
  const page = await openApp(context);
  await page.getByRole('button', { name: t('start.begin'), exact: true }).click();
  await expectScreen(page, titles.country!);
  const countries = content.jurisdictions.jurisdictions.map((j) => j.id);
  for (const id of countries)
    expect(await jurisdictionInput(page, 'fr', id).isChecked()).toBe(false);
  expect(await changeCountryButton(page, 'fr').count()).toBe(0);
  // Next with nothing chosen: the error summary, and the tab's title says so.
  await nextButton(page, 'fr').click();
  await expect
    .poll(() => page.getByRole('alert').getByText(t('errors.chooseJurisdiction')).count())
    .toBe(1);
  await expect
    .poll(() => page.title())
    .toBe(t('errors.titlePrefix', 'screens', { title: `${titles.country} — ${t('app.name')}` }));
  await expectNoAxeViolations(page, 'country step with its error');
  const chosen = countries.at(-1)!;
  await jurisdictionInput(page, 'fr', chosen).check();
  await nextButton(page, 'fr').click();
  await expectScreen(page, titles.situation!);
  expect(await page.evaluate(() => localStorage.getItem('discerne.country'))).toBe(chosen);
  await page.close();

  // A new case on this device (a new tab, the same browser): straight to the situation, with
  // the country and "Change" in sight.
  const next = await openApp(context);
  await next.getByRole('button', { name: t('start.begin'), exact: true }).click();
  await expectScreen(next, titles.situation!);
  const name = t(key.jurisdictionName(chosen), 'content');
  await expect.poll(() => next.locator('.country-line').innerText()).toContain(name);
  await expect
    .poll(() => next.locator('.progress').innerText())
    .toContain(t('progress', 'ui', { current: 1, total: 5 }));
  await changeCountryButton(next, 'fr').click();
  await expectScreen(next, titles.country!);
  expect(await jurisdictionInput(next, 'fr', chosen).isChecked()).toBe(true);
  await expectNoAxeViolations(next, 'country step reached by "Change"');
  expect(pageErrors(next)).toEqual([]);
  await context.close();
});

test('a reload on every step comes back to the same step with the same answers', async () => {
  const context = await newContext(browser);
  const page = await openApp(context);
  await walkToReview(page, walk, async (step) => {
    // Nothing chosen yet: no case saved to come back to.
    if (step === 'situation' || step === 'country') return;
    await page.reload();
    await expectScreen(page, titles[step]!);
  });
  // Answers given before the reloads are all there: the check page lists each one.
  for (const posture of POSTURES) {
    await page.reload();
    await expectScreen(page, titles.review!);
    const q = walk.path[posture][0]!;
    await expect
      .poll(() => page.locator('main').innerText())
      .toContain(t(key.option(q, walk.answers[q]![0]!), 'content'));
  }
  await page.reload();
  await appReady(page);
  await page.getByRole('button', { name: t('review.confirm'), exact: true }).click();
  await expectResultHeading(page, 'fr');
  await page.reload();
  await expectResultHeading(page, 'fr');
  expect(pageErrors(page)).toEqual([]);
  await context.close();
});

test('a change from the check page comes back to the check page', async () => {
  const context = await newContext(browser);
  const page = await openApp(context);
  await walkToReview(page, walk, () => Promise.resolve());
  const q = walk.path.know[0]!;
  const question = t(key.questionLabel(q, walk.situation), 'content');
  await page
    .getByRole('button', { name: `${t('review.change')} ${question}`, exact: true })
    .click();
  await expectScreen(page, titles.know!);
  const current = walk.answers[q]![0]!;
  const option = (await import('./support/cases'))
    .questionById(q)
    .options.find((o) => o.id !== current)!;
  await optionInput(page, 'fr', q, option.id, walk.situation).check();
  // The new answer may open a question on this page: answered before going on.
  await answerOpenQuestions(page);
  await nextButton(page, 'fr').click();
  // Straight back to the check page, or through a page whose new question needs an answer.
  // Each time: the screen reached once it is ready (never the one just left, read too soon), or
  // the same page if it shows its error summary (a question still open there).
  const summary = page.locator('main .error-summary');
  let from: string = 'know';
  for (let i = 0; i < 3 * POSTURES.length; i++) {
    let reached: string | null = null;
    await expect
      .poll(async () => {
        const ready = await readyScreen(page);
        if (ready !== null && ready !== from) reached = ready;
        else if (ready === from && (await summary.isVisible())) reached = from;
        else reached = null;
        return reached;
      })
      .not.toBeNull();
    if (reached === 'review') break;
    expect(POSTURES).toContain(reached);
    await answerOpenQuestions(page);
    await nextButton(page, 'fr').click();
    from = reached!;
  }
  await expectScreen(page, titles.review!);
  await expect
    .poll(() => page.locator('main').innerText())
    .toContain(t(key.option(q, option.id), 'content'));
  await context.close();
});

test('export, then import in a fresh browser, gives the same result', async () => {
  const context = await newContext(browser);
  const page = await openApp(context);
  await walkToReview(page, walk, () => Promise.resolve());
  // The file and the link are folded under the case tools (ADR 0024).
  await page.getByText(t('case.toolsMore'), { exact: true }).click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: t('case.export'), exact: true }).click(),
  ]);
  // Read now: the download goes with its browser context.
  const exported = readFileSync(await download.path());
  expect(download.suggestedFilename()).toMatch(/^discerne-case-\d{4}-\d{2}-\d{2}\.json$/);
  expect(JSON.parse(exported.toString('utf8'))).toMatchObject({ format: 'discerne-case' });
  const expected = await resultText(page);
  await context.close();

  const fresh = await newContext(browser);
  const other = await openApp(fresh);
  await expectScreen(other, titles.start!);
  // A bad file first: refused with a message, nothing opened.
  await other.getByText(t('startMore.openFile'), { exact: true }).click();
  const input = other.getByLabel(t('case.import'));
  await input.setInputFiles({
    name: 'x.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"a":1}'),
  });
  await expect.poll(() => other.getByRole('alert').innerText()).toBe(t('case.importError.foreign'));
  await expectScreen(other, titles.start!);
  await input.setInputFiles({
    name: download.suggestedFilename(),
    mimeType: 'application/json',
    buffer: exported,
  });
  await expectScreen(other, titles.review!);
  expect(await resultText(other)).toBe(expected);
  expect(pageErrors(other)).toEqual([]);
  await fresh.close();
});

test('a share link opens the same diagnostic elsewhere; a tampered one says so', async () => {
  const context = await newContext(browser);
  const page = await openApp(context);
  await walkToReview(page, walk, () => Promise.resolve());
  await page.getByText(t('case.toolsMore'), { exact: true }).click();
  await page.getByRole('button', { name: t('case.share'), exact: true }).click();
  const link = await page.getByRole('textbox', { name: t('case.shareLabel') }).inputValue();
  await expectNoAxeViolations(page, 'check page with its case tools and a share link');
  const expected = await resultText(page);
  await context.close();

  const fresh = await newContext(browser);
  const other = await fresh.newPage();
  await other.goto(link);
  await expectScreen(other, titles.review!);
  await expect
    .poll(() => other.getByRole('status').first().innerText())
    .toBe(t('case.notice.shared'));
  expect(new URL(other.url()).search).toBe('');
  expect(await resultText(other)).toBe(expected);

  await other.goto(link.slice(0, -6));
  await expect.poll(() => other.getByRole('alert').innerText()).toMatch(/./);
  await expectScreen(other, titles.start!);
  await fresh.close();
});

test('quick exit leaves for a neutral page and leaves nothing in storage', async () => {
  const context = await newContext(browser);
  const page = await openApp(context);
  await walkToReview(page, walk, () => Promise.resolve());
  // A shared computer by default: the case is kept in this tab (ADR 0016).
  expect(await page.evaluate(() => sessionStorage.length)).toBeGreaterThan(0);
  // The start page offers to resume the saved case, with a way to forget it.
  await page.goto(new URL('./', page.url()).href);
  await expect.poll(() => page.getByRole('heading', { name: t('resume.title') }).count()).toBe(1);
  await expectNoAxeViolations(page, 'start page with the resume offer');
  await page.getByRole('button', { name: t('quickExit.button'), exact: true }).click();
  await page.waitForURL(/neutral\.html$/);
  expect(await page.evaluate(() => localStorage.length)).toBe(0);
  expect(await page.evaluate(() => sessionStorage.length)).toBe(0);
  expect(await page.title()).not.toContain(t('app.name'));
  expect(await page.locator('body').innerText()).not.toContain(t('app.name'));
  // Back in the app: no case, nothing to resume.
  await page.goto(new URL('./', page.url()).href);
  await appReady(page);
  await expectScreen(page, titles.start!);
  expect(await page.getByRole('heading', { name: t('resume.title') }).count()).toBe(0);
  await context.close();
});
