// Drives whole cases in the browser by the texts of the locale files; the cases themselves come
// from the engine (outcome-cases.ts).
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { key } from '../../../src/domain/content/keys';
import { POSTURES } from '../../../src/domain/content/types';
import { content, type WalkCase } from './outcome-cases';
import { READY_ATTRIBUTE } from '../../../src/ui/host/readyMarker';
import { readyHeading, readyScreen, screenReady } from './ready';
import { texts } from './texts';

export { casesByOutcome, content, type WalkCase } from './outcome-cases';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function heading(page: Page) {
  return page.getByRole('heading', { level: 1 });
}

/**
 * Waits until the screen shown is ready (host readiness, src/ui/host/readyMarker.ts) and its
 * main heading reads `text`. Never the heading alone: it can show before the screen is there.
 */
export async function expectScreen(page: Page, text: string) {
  await expect.poll(() => readyHeading(page), { timeout: 10_000 }).toBe(text);
}

/** The result's heading is its outcome in words: one of the outcomes, or the one given. */
export async function expectResultHeading(page: Page, lng: string, outcome?: string) {
  const t = texts(lng);
  const titles = (outcome ? [outcome] : content.outcomes.outcomes.map((o) => o.id)).map((o) =>
    t(key.outcomeTitle(o), 'content'),
  );
  await expect.poll(() => readyHeading(page), { timeout: 10_000 }).toBeOneOf(titles);
}

/**
 * Unfolds the result's fields for the file (reference, notes, consent: folded on screen, ADR 0024)
 * as a worker does, by their summary, unless they are open already; returns once they show.
 */
export async function openSheetFields(page: Page, lng: string) {
  const t = texts(lng);
  const reference = page.getByRole('textbox', { name: t('sheet.reference.label') });
  const summary = page.getByText(t('sheet.fieldsMore'), { exact: true });
  await summary.waitFor();
  if (!(await reference.isVisible())) await summary.click();
  await reference.waitFor();
}

/**
 * The input for one option of one question, by the question's and the option's texts: the
 * question's label in the case's situation's own words when it has them (ADR 0025).
 */
export function optionInput(
  page: Page,
  lng: string,
  questionId: string,
  optionId: string,
  situation: string | null,
) {
  const t = texts(lng);
  const question = questionById(questionId);
  return page
    .getByRole('group', {
      name: t(key.questionLabel(questionId, situation), 'content'),
      exact: true,
    })
    .getByRole(question.kind === 'multiple' ? 'checkbox' : 'radio', {
      name: t(key.option(questionId, optionId), 'content'),
      exact: true,
    });
}

export function questionById(questionId: string) {
  for (const p of POSTURES) {
    const q = content.postures[p].questions.find((x) => x.id === questionId);
    if (q) return q;
  }
  throw new Error(`no question ${questionId}`);
}

export function situationInput(page: Page, lng: string, situation: string) {
  const t = texts(lng);
  return page.getByRole('radio', {
    name: new RegExp(`^${escape(t(key.situationTitle(situation), 'content'))}`),
  });
}

/** A country's radio, on the country step (ADR 0023). */
export function jurisdictionInput(page: Page, lng: string, jurisdiction: string) {
  return page.getByRole('radio', {
    name: texts(lng)(key.jurisdictionName(jurisdiction), 'content'),
    exact: true,
  });
}

/** "Changer de pays", beside the case's country on every step after the country step. */
export function changeCountryButton(page: Page, lng: string) {
  const t = texts(lng);
  return page.locator('.country-line').getByRole('button', {
    name: `${t('country.change', 'ui')} ${t('country.changeWhat', 'ui')}`,
  });
}

/**
 * From "Begin" to the situation step, in `jurisdiction`, whether the country step shows or not
 * (ADR 0023): a fresh browser context remembers no country, so it shows, and is answered; a
 * context that chose one already goes straight to the situation, where the country is changed
 * through "Change" if it is not the walk's. `at('country')` runs on the country step when it
 * shows, once it is ready. Returns on the situation step, ready.
 */
export async function passCountry(
  page: Page,
  lng: string,
  jurisdiction: string,
  at: (screen: string) => Promise<void> = () => Promise.resolve(),
): Promise<void> {
  // No vitest here: the benchmarks walk with this too.
  await page
    .locator(`main[${READY_ATTRIBUTE}="country"], main[${READY_ATTRIBUTE}="situation"]`)
    .waitFor({ state: 'attached', timeout: 10_000 });
  if ((await readyScreen(page)) === 'situation') {
    const t = texts(lng);
    const line = page.locator('.country-line');
    const name = t(key.jurisdictionName(jurisdiction), 'content');
    if ((await line.locator('strong').textContent()) === name) return;
    await changeCountryButton(page, lng).click();
    await screenReady(page, 'country');
  } else await at('country');
  await jurisdictionInput(page, lng, jurisdiction).check();
  await nextButton(page, lng).click();
  await screenReady(page, 'situation');
}

export const nextButton = (page: Page, lng: string) =>
  page.getByRole('button', { name: texts(lng)('actions.next'), exact: true });

/**
 * How far a walk goes: the screen it waits for last; a screen that never shows is not waited
 * for.
 */
export type WalkEnd = 'situation' | 'know' | 'want' | 'can' | 'review' | 'result' | 'submitted';

/**
 * THE walk to a case: drives it by pointer from the start page (through the country step when
 * it shows: passCountry), waiting on every screen for its
 * readiness (never for a heading), up to `until` (the result by default; 'submitted': the last
 * posture sent, whatever comes next). `at` runs on every screen reached (with the screen's id
 * in the registry), once it is ready, before it is filled in.
 */
export async function walkToResult(
  page: Page,
  lng: string,
  walk: WalkCase & { description?: string },
  at: (screen: string) => Promise<void> = () => Promise.resolve(),
  until: WalkEnd = 'result',
): Promise<void> {
  const t = texts(lng);
  await screenReady(page, 'start');
  await at('start');
  await page.getByRole('button', { name: t('start.begin'), exact: true }).click();
  await passCountry(page, lng, walk.jurisdiction, at);
  await at('situation');
  if (until === 'situation') return;
  await situationInput(page, lng, walk.situation).check();
  if (walk.description !== undefined)
    await page.getByLabel(t('situation.descriptionLabel')).fill(walk.description);
  await nextButton(page, lng).click();
  for (const posture of POSTURES) {
    await screenReady(page, posture);
    await at(posture);
    if (until === posture) return;
    for (const q of walk.path[posture])
      for (const o of walk.answers[q] ?? [])
        await optionInput(page, lng, q, o, walk.situation).check();
    await nextButton(page, lng).click();
  }
  if (until === 'submitted') return;
  await screenReady(page, 'review');
  await at('review');
  if (until === 'review') return;
  await page.getByRole('button', { name: t('review.confirm'), exact: true }).click();
  await screenReady(page, 'result');
}
