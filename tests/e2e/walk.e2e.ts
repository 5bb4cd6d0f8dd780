// The walking skeleton: one whole case in French, by clicks, each screen scanned by axe, the
// result printed to an A4 PDF.
import type { Browser, Page } from 'playwright-core';
import { expect, test } from 'vitest';
import {
  expectNoAxeViolations,
  launchForFile,
  newContext,
  openApp,
  pageErrors,
  printToPdf,
} from './support/browser';
import { key } from '../../src/domain/content/keys';
import { expectResultHeading, expectScreen } from './support/cases';
import { texts } from './support/texts';

const fr = texts('fr');
let browser: Browser;
launchForFile((b) => (browser = b));

async function answer(page: Page, questionId: string, optionId: string) {
  // The case's situation is email-for-jobseeker: its questions read in its words (ADR 0025).
  const group = page.getByRole('group', {
    name: fr(key.questionLabel(questionId, 'email-for-jobseeker'), 'content'),
  });
  await group
    .getByRole('radio', {
      name: fr(`question.${questionId}.options.${optionId}`, 'content'),
      exact: true,
    })
    .check();
}

async function next(page: Page) {
  await page.getByRole('button', { name: fr('actions.next') }).click();
}

test('a worker walks a whole case in French from start to a printed result', async () => {
  const context = await newContext(browser);
  const page = await openApp(context);

  await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('fr');
  await expectNoAxeViolations(page, 'start');
  await page.getByRole('button', { name: fr('start.begin') }).click();

  // A fresh browser: where the worker works comes first, nothing ticked (ADR 0023).
  await expectScreen(page, fr('steps.country'));
  await expectNoAxeViolations(page, 'country');
  await page.getByRole('radio', { name: fr('jurisdiction.BE.name', 'content') }).check();
  await next(page);

  await expectScreen(page, fr('steps.situation'));
  await expectNoAxeViolations(page, 'situation');
  await page
    .getByRole('radio', { name: new RegExp(fr('situation.email-for-jobseeker.title', 'content')) })
    .check();
  await next(page);

  await expectScreen(page, fr('posture.know.question', 'content'));
  // Submitting an empty page shows the error summary, focused, with a link per question.
  await next(page);
  const summary = page.getByRole('alert');
  await expect.poll(() => summary.isVisible()).toBe(true);
  await expect
    .poll(() => page.evaluate(() => document.activeElement?.classList.contains('error-summary')))
    .toBe(true);
  await expectNoAxeViolations(page, 'know with errors');
  await answer(page, 'know.skills', 'yes');
  await answer(page, 'know.time', 'yes');
  await answer(page, 'know.equipment', 'professional');
  await answer(page, 'know.better-placed', 'no');
  await answer(page, 'know.person-learn', 'yes');
  await answer(page, 'know.recovery', 'yes');
  await next(page);

  await expectScreen(page, fr('posture.want.question', 'content'));
  await expectNoAxeViolations(page, 'want');
  await answer(page, 'want.person-agrees', 'yes');
  await answer(page, 'want.contact', 'agreed');
  await answer(page, 'want.mission', 'yes');
  await answer(page, 'want.ethics', 'fits');
  await answer(page, 'want.team-position', 'agreed');
  await answer(page, 'want.who-benefits', 'person');
  await answer(page, 'want.mode', 'train');
  await next(page);

  await expectScreen(page, fr('posture.can.question', 'content'));
  await expectNoAxeViolations(page, 'can');
  await answer(page, 'can.keep-password', 'no');
  await answer(page, 'can.personal-data', 'minimal');
  await answer(page, 'can.sharing', 'no');
  await answer(page, 'can.internal-rules', 'unsure');
  await next(page);

  await expectScreen(page, fr('steps.review'));
  await expectNoAxeViolations(page, 'review');
  await page.getByRole('button', { name: fr('review.confirm') }).click();

  await expectResultHeading(page, 'fr', 'conditions');
  await expectNoAxeViolations(page, 'result');
  const outcome = page.getByRole('heading', {
    level: 1,
    name: new RegExp(fr('outcome.conditions.title', 'content')),
  });
  await expect.poll(() => outcome.isVisible()).toBe(true);

  const pdf = await printToPdf(page, 'walk-result-fr');
  expect(pdf.pages).toBeGreaterThanOrEqual(1);
  expect(pdf.pages).toBeLessThanOrEqual(2);
  expect(pdf.text).toContain(fr('outcome.conditions.title', 'content'));
  expect(pdf.text).not.toContain(fr('result.print'));
  expect(pageErrors(page)).toEqual([]);
  await context.close();
});
