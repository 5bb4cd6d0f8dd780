// Accessibility in a real Chromium, the wizard: every screen and state of a case, in both
// languages, scanned by axe (WCAG 2.2 AA tags), checked for raw i18n keys and for reflow at
// 320 px and 200 % zoom, and the result's print preview; a reload mid-case; a whole case walked
// with the keyboard only; reduced motion. The result of every outcome is scanned in
// a11y-results.e2e.ts, the pages outside the wizard in a11y-pages.e2e.ts (three files, so that
// two browsers share the work). Cases are found by the engine, texts come from the locale files.
import type { Browser, Locator, Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { key } from '../../src/domain/content/keys';
import { POSTURES } from '../../src/domain/content/types';
import { axeViolations, type AxeViolation } from './support/axeInPage';
import {
  appReady,
  axeOptions,
  launchForFile,
  newContext,
  openApp,
  pageErrors,
} from './support/browser';
import { screenReady } from './support/ready';
import {
  casesByOutcome,
  content,
  expectScreen,
  heading,
  jurisdictionInput,
  passCountry,
  nextButton,
  optionInput,
  questionById,
  situationInput,
  walkToResult,
  type WalkCase,
} from './support/cases';
import {
  A11Y_LANGUAGES as LANGUAGES,
  checkPrintPreview,
  checkScreen,
  rawKeys,
} from './support/screens';
import { texts } from './support/texts';

const cases = casesByOutcome();
const firstCase = [...cases.values()][0]!;
const freeTextSituations = content.situations.situations.filter((s) => s.freeText).length;

let browser: Browser;
launchForFile((b) => (browser = b));

test('the raw-key scan flags keys and leaves prose and URLs alone', () => {
  expect(rawKeys('Étape steps.result puis content:question.know.skills.label')).toEqual([
    'steps.result',
    'content:question.know.skills.label',
  ]);
  expect(rawKeys('Voir https://www.example.org/situation.html, p. ex. la situation.')).toEqual([]);
});

// The sweeps pass only if the scan can fail: axe is put in the page by the tests' own runner
// (support/axeInPage.ts), so check that it reports what it should, contrast included or not.
test('the axe scan flags a picture without an alternative and faint text, on the start page', async () => {
  const context = await newContext(browser, 'fr-BE');
  const page = await openApp(context, '');
  await page.evaluate(() => {
    const main = document.querySelector('main')!;
    const picture = document.createElement('img');
    picture.src = 'data:image/gif;base64,R0lGODlhAQABAAAAACw=';
    const faint = document.createElement('p');
    faint.textContent = 'Texte trop pâle';
    faint.style.color = '#eeeeee';
    main.append(picture, faint);
  });
  const rules = (violations: AxeViolation[]) => violations.map((v) => v.id).sort();
  expect(rules(await axeViolations(page, axeOptions({ contrast: true })))).toEqual([
    'color-contrast',
    'image-alt',
  ]);
  expect(rules(await axeViolations(page, axeOptions({ contrast: false })))).toEqual(['image-alt']);
  await context.close();
});

describe.each(LANGUAGES)('every wizard screen in $lng', ({ lng, locale, scope }) => {
  const t = texts(lng);

  test('start, situation (errors, empty filter), postures (errors), review, result, print', async () => {
    const context = await newContext(browser, locale);
    const page = await openApp(context);
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe(lng);
    await walkToResult(page, lng, firstCase, async (screen) => {
      await checkScreen(page, `${screen} (${lng})`, scope);
      if (screen === 'start') return;
      // Submitting an empty step shows the error summary: scanned with its errors.
      if (screen === 'country' || screen === 'situation' || screen === 'know') {
        await nextButton(page, lng).click();
        await expect.poll(() => page.getByRole('alert').isVisible()).toBe(true);
        await checkScreen(page, `${screen} with errors (${lng})`, scope);
      }
      if (screen === 'situation') {
        const filter = page.getByRole('searchbox', { name: t('situation.filterLabel') });
        await filter.fill('zzqxw');
        // Nothing matches: only the free-text "other situation" stays on offer.
        const situations = page.getByRole('group', { name: t('situation.legend') });
        await expect.poll(() => situations.getByRole('radio').count()).toBe(freeTextSituations);
        await checkScreen(page, `situation, empty filter result (${lng})`, scope);
        await filter.fill('');
      }
    });
    await checkScreen(page, `result ${firstCase.outcome} (${lng})`, scope);
    await checkPrintPreview(page, `result ${firstCase.outcome} (${lng})`, scope);
    expect(pageErrors(page)).toEqual([]);
    await context.close();
  });
});

test('a reload in the middle of a case (the resume offer, where there is one)', async () => {
  const context = await newContext(browser, 'fr-BE');
  const page = await openApp(context);
  const t = texts('fr');
  await page.getByRole('button', { name: t('start.begin'), exact: true }).click();
  await passCountry(page, 'fr', firstCase.jurisdiction);
  await situationInput(page, 'fr', firstCase.situation).check();
  await nextButton(page, 'fr').click();
  await expectScreen(page, t(key.postureQuestion('know'), 'content'));
  await page.reload();
  await appReady(page);
  // The tab's copy reopens the case where it was (ADR 0016): the question page, ready.
  await screenReady(page, 'know');
  expect(await heading(page).count()).toBe(1);
  await checkScreen(page, 'after a reload mid-case (fr)');
  expect(pageErrors(page)).toEqual([]);
  await context.close();
});

// ——— Keyboard only ———

async function isFocused(target: Locator): Promise<boolean> {
  return target.evaluate((el) => el === document.activeElement);
}

/** The focused element shows an indicator: a focus-visible outline or ring. */
async function expectFocusVisible(page: Page): Promise<void> {
  const style = await page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return null;
    const s = getComputedStyle(el);
    return {
      what: `${el.tagName} ${el.id || el.className}`,
      matches: el.matches(':focus-visible'),
      ring:
        (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2) || s.boxShadow !== 'none',
    };
  });
  if (style) expect(style, `focus indicator on ${style.what}`).toMatchObject({ ring: true });
}

/** Tabs (forwards, or backwards with Shift+Tab if the target comes before) until `target`. */
async function tabTo(page: Page, target: Locator): Promise<void> {
  const before = await target.evaluate((el) => {
    const active = document.activeElement;
    if (!active || active === document.body) return false;
    return Boolean(active.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_PRECEDING);
  });
  for (let i = 0; i < 80; i++) {
    if (await isFocused(target)) return;
    await page.keyboard.press(before ? 'Shift+Tab' : 'Tab');
    await expectFocusVisible(page);
  }
  throw new Error(`could not reach ${target.toString()} with the keyboard`);
}

/**
 * Checks a radio with the keyboard: Tab to the group's radios (past a question's "terms
 * explained" disclosure, which comes first), then arrows (or Space on the first).
 */
async function chooseRadio(page: Page, group: Locator, radio: Locator): Promise<void> {
  const radios = group.getByRole('radio');
  const count = await radios.count();
  for (let i = 0; i < 80; i++) {
    const inGroup = await group.evaluate((g) => {
      const active = document.activeElement;
      return g.contains(active) && active instanceof HTMLInputElement && active.type === 'radio';
    });
    if (inGroup) break;
    await page.keyboard.press('Tab');
    await expectFocusVisible(page);
  }
  if (await isFocused(radio)) await page.keyboard.press('Space');
  for (let i = 0; i < count && !(await radio.isChecked()); i++) {
    await page.keyboard.press('ArrowDown');
    await expectFocusVisible(page);
  }
  expect(await radio.isChecked()).toBe(true);
}

/** Enter on the focused control changes the step: focus lands on the new step's heading. */
async function expectStepFocus(page: Page, title: string): Promise<void> {
  await expectScreen(page, title);
  await expect.poll(() => isFocused(heading(page))).toBe(true);
  await expect.poll(() => page.title()).toMatch(new RegExp(`^${title.replace(/\W/g, '.')}`));
}

async function keyboardAnswer(page: Page, lng: string, walk: WalkCase, question: string) {
  const t = texts(lng);
  const q = questionById(question);
  const group = page.getByRole('group', {
    name: t(key.questionLabel(question, walk.situation), 'content'),
  });
  for (const option of walk.answers[question] ?? []) {
    const input = optionInput(page, lng, question, option, walk.situation);
    if (q.kind === 'multiple') {
      await tabTo(page, input);
      await page.keyboard.press('Space');
    } else await chooseRadio(page, group, input);
    expect(await input.isChecked()).toBe(true);
  }
}

test('a whole case walked with the keyboard only, focus visible and on each new heading', async () => {
  const lng = 'fr';
  const t = texts(lng);
  const walk = [...cases.values()].at(-1)!;
  const context = await newContext(browser, 'fr-BE');
  const page = await openApp(context);
  await expectScreen(page, t('steps.start'));

  // The first Tab reaches the skip link, which must show.
  await page.keyboard.press('Tab');
  expect(await isFocused(page.getByRole('link', { name: t('app.skipToContent') }))).toBe(true);
  await expectFocusVisible(page);

  await tabTo(page, page.getByRole('button', { name: t('start.begin'), exact: true }));
  await page.keyboard.press('Enter');
  // A fresh browser: the country step first (ADR 0023), nothing ticked.
  await expectStepFocus(page, t('steps.country'));
  const jurisdiction = jurisdictionInput(page, lng, walk.jurisdiction);
  await chooseRadio(page, page.getByRole('group', { name: t('country.legend') }), jurisdiction);
  await tabTo(page, nextButton(page, lng));
  await page.keyboard.press('Enter');
  await expectStepFocus(page, t('steps.situation'));

  const situations = page.getByRole('group', { name: t('situation.legend') });
  await chooseRadio(page, situations, situationInput(page, lng, walk.situation));
  // Back up with Shift+Tab to the situation chosen: still chosen.
  await tabTo(page, situationInput(page, lng, walk.situation));
  expect(await situationInput(page, lng, walk.situation).isChecked()).toBe(true);
  await tabTo(page, nextButton(page, lng));
  await page.keyboard.press('Enter');

  for (const posture of POSTURES) {
    await expectStepFocus(page, t(key.postureQuestion(posture), 'content'));
    for (const q of walk.path[posture]) await keyboardAnswer(page, lng, walk, q);
    await tabTo(page, nextButton(page, lng));
    await page.keyboard.press('Enter');
  }

  await expectStepFocus(page, t('steps.review'));
  await tabTo(page, page.getByRole('button', { name: t('review.confirm'), exact: true }));
  await page.keyboard.press('Enter');
  await expectStepFocus(page, t(key.outcomeTitle(walk.outcome), 'content'));
  await expect
    .poll(() =>
      page
        .getByText(t(key.outcomeTitle(walk.outcome), 'content'))
        .first()
        .isVisible(),
    )
    .toBe(true);
  expect(pageErrors(page)).toEqual([]);
  await context.close();
});

test('reduced motion: no animation or transition runs when the system asks for less motion', async () => {
  const context = await browser.newContext({
    locale: 'fr-BE',
    reducedMotion: 'reduce',
    viewport: { width: 1024, height: 800 },
  });
  const page = await openApp(context);
  await expectScreen(page, texts('fr')('steps.start'));
  expect(await page.evaluate(() => matchMedia('(prefers-reduced-motion: reduce)').matches)).toBe(
    true,
  );
  await page.getByRole('button', { name: texts('fr')('start.begin'), exact: true }).click();
  await expectScreen(page, texts('fr')('steps.country'));
  const moving = await page.evaluate(() =>
    [...document.querySelectorAll('*'), document.documentElement]
      .map((el) => ({ el, s: getComputedStyle(el) }))
      .filter(
        ({ s }) =>
          s.animationName !== 'none' ||
          s.transitionDuration.split(',').some((d) => parseFloat(d) > 0) ||
          s.scrollBehavior === 'smooth',
      )
      .map(({ el }) => `${el.tagName} ${el.className}`),
  );
  expect(moving).toEqual([]);
  await context.close();
});
