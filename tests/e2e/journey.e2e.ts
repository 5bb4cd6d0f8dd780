// The way through a case as issue 16 changed it: "Change" on the check page lands on the
// question itself, a page with errors says so in the tab's title, and a new case from the result
// asks first, then leaves nothing of the old one. Cases come from the engine.
import type { Browser } from 'playwright-core';
import { expect, test } from 'vitest';
import { STORAGE_KEY } from '../../src/domain/case/savedCase.write';
import { key } from '../../src/domain/content/keys';
import { fieldName } from '../../src/ui/posture/postureForm';
import { launchForFile, newContext, openApp, pageErrors } from './support/browser';
import { casesByOutcome, nextButton, openSheetFields, walkToResult } from './support/cases';
import { screenReady } from './support/ready';
import { texts } from './support/texts';

const walk = [...casesByOutcome().values()].find((c) => c.path.want.length > 1)!;

let browser: Browser;
launchForFile((b) => (browser = b));

test('"Change" on the check page lands on the question itself, its answer focused', async () => {
  const t = texts('fr');
  const page = await openApp(await newContext(browser));
  await walkToResult(page, 'fr', walk, undefined, 'review');
  // Not the first question of the page: focus must not simply be at the top.
  const q = walk.path.want[walk.path.want.length - 1]!;
  const question = t(key.questionLabel(q, walk.situation), 'content');
  await page
    .getByRole('button', { name: `${t('review.change')} ${question}`, exact: true })
    .click();
  await screenReady(page, 'want');
  const focused = () =>
    page.evaluate(() => {
      const el = document.activeElement as HTMLInputElement | null;
      return el ? { name: el.name, checked: el.checked } : null;
    });
  await expect.poll(focused).toEqual({ name: fieldName(q), checked: true });
  expect(pageErrors(page)).toEqual([]);
  await page.context().close();
});

test('a page with an error says so first in the tab title, in both languages', async () => {
  for (const [lng, locale] of [
    ['fr', 'fr-BE'],
    ['en', 'en-GB'],
  ] as const) {
    const t = texts(lng);
    const page = await openApp(await newContext(browser, locale), `?lng=${lng}`);
    await walkToResult(page, lng, walk, undefined, 'know');
    const plain = await page.title();
    await nextButton(page, lng).click();
    await expect.poll(() => page.getByRole('alert').isVisible()).toBe(true);
    await expect
      .poll(() => page.title())
      .toBe(t('errors.titlePrefix', undefined, { title: plain }));
    expect(pageErrors(page)).toEqual([]);
    await page.context().close();
  }
});

test('a new case from the result asks first, offers the file, then erases the old case', async () => {
  const t = texts('fr');
  const context = await newContext(browser);
  const page = await openApp(context);
  await walkToResult(page, 'fr', walk);
  await openSheetFields(page, 'fr');
  await page.getByRole('textbox', { name: t('sheet.reference.label') }).fill('D-12');
  await page
    .getByRole('button', { name: t('result.newCase') })
    .first()
    .click();
  const question = page.getByText(t('result.newCaseConfirm'));
  await expect.poll(() => question.isVisible()).toBe(true);
  // "Save the file first" downloads the case and stays on the result.
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: t('result.newCaseSaveFirst') }).click();
  expect((await download).suggestedFilename()).toMatch(/\.json$/);
  // A shared computer by default (ADR 0016): the case is this tab's copy only.
  const kept = () =>
    page.evaluate((k) => [localStorage.getItem(k), sessionStorage.getItem(k)], STORAGE_KEY);
  expect((await kept())[1]).not.toBeNull();
  await page.getByRole('button', { name: t('result.newCaseYes') }).click();
  await screenReady(page, 'start');
  await expect.poll(() => page.getByText(t('case.notice.forgotten')).isVisible()).toBe(true);
  expect(await kept()).toEqual([null, null]);
  expect(pageErrors(page)).toEqual([]);
  await context.close();
});
