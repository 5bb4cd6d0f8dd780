// Opens a whole case on its result the way a worker opens a colleague's file: "Open a case file"
// (unfolded on the start page, under the check page or under the result), then "confirm" on the
// check page.
// Same document, no reload and no walk: the tests that print or scan many results use it, the
// walk itself being tested by the journeys (walkToResult).
import type { Page } from 'playwright-core';
import { serializeCase } from '../../../src/domain/case/caseFile.write';
import type { CaseData } from '../../../src/domain/wizard/steps';
import { content } from './outcome-cases';
import { screenReady } from './ready';
import { texts } from './texts';

/** Imports `data` as a case file and confirms it: resolves once its result is ready. */
export async function openCase(page: Page, lng: string, data: CaseData): Promise<void> {
  const t = texts(lng);
  const input = page.getByLabel(t('case.import'), { exact: true });
  // Folded on the start page, and with the other file tools below a result (ADR 0024): the
  // worker unfolds it first.
  if (!(await input.isVisible()))
    await page.locator('details', { has: input }).locator('summary').first().click();
  await input.setInputFiles({
    name: 'discerne-case.json',
    mimeType: 'application/json',
    buffer: Buffer.from(serializeCase(content, data)),
  });
  await screenReady(page, 'review');
  await page.getByRole('button', { name: t('review.confirm'), exact: true }).click();
  await screenReady(page, 'result');
}

export { caseOf } from './outcome-cases';
