// Drives whole cases in the browser by the texts of the locale files; the cases themselves come
// from the engine (outcome-cases.ts).
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { key } from '../../../src/domain/content/keys';
import { POSTURES } from '../../../src/domain/content/types';
import { content, type WalkCase } from './outcome-cases';
import { texts } from './texts';

export { casesByOutcome, content, type WalkCase } from './outcome-cases';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function heading(page: Page) {
  return page.getByRole('heading', { level: 1 });
}

export async function expectHeading(page: Page, text: string) {
  await expect.poll(() => heading(page).textContent(), { timeout: 10_000 }).toBe(text);
}

/** The result's heading is its outcome in words: one of the outcomes, or the one given. */
export async function expectResultHeading(page: Page, lng: string, outcome?: string) {
  const t = texts(lng);
  const titles = (outcome ? [outcome] : content.outcomes.outcomes.map((o) => o.id)).map((o) =>
    t(key.outcomeTitle(o), 'content'),
  );
  await expect
    .poll(async () => (await heading(page).textContent())?.trim(), { timeout: 10_000 })
    .toBeOneOf(titles);
}

/** The input for one option of one question, by the question's and the option's texts. */
export function optionInput(page: Page, lng: string, questionId: string, optionId: string) {
  const t = texts(lng);
  const question = questionById(questionId);
  return page
    .getByRole('group', { name: t(key.questionLabel(questionId), 'content'), exact: true })
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

export function jurisdictionInput(page: Page, lng: string, jurisdiction: string) {
  return page.getByRole('radio', {
    name: texts(lng)(key.jurisdictionName(jurisdiction), 'content'),
    exact: true,
  });
}

export const nextButton = (page: Page, lng: string) =>
  page.getByRole('button', { name: texts(lng)('actions.next'), exact: true });

/**
 * Drives a case by pointer from the start page to the result. `at` runs on every screen
 * reached (with the screen's name), before it is filled in.
 */
export async function walkToResult(
  page: Page,
  lng: string,
  walk: WalkCase,
  at: (screen: string) => Promise<void> = () => Promise.resolve(),
): Promise<void> {
  const t = texts(lng);
  await expectHeading(page, t('steps.start'));
  await at('start');
  await page.getByRole('button', { name: t('start.begin'), exact: true }).click();
  await expectHeading(page, t('steps.situation'));
  await at('situation');
  await situationInput(page, lng, walk.situation).check();
  await jurisdictionInput(page, lng, walk.jurisdiction).check();
  await nextButton(page, lng).click();
  for (const posture of POSTURES) {
    await expectHeading(page, t(key.postureQuestion(posture), 'content'));
    await at(posture);
    for (const q of walk.path[posture])
      for (const o of walk.answers[q] ?? []) await optionInput(page, lng, q, o).check();
    await nextButton(page, lng).click();
  }
  await expectHeading(page, t('steps.review'));
  await at('review');
  await page.getByRole('button', { name: t('review.confirm'), exact: true }).click();
  await expectResultHeading(page, lng, walk.outcome);
}
