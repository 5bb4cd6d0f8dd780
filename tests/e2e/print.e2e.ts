// The printed decision sheet and the blank worksheet: Chromium prints them to A4 PDFs with print
// media, and poppler reads them back (page count, text). Cases come from the engine, one per
// outcome, so the tests follow the content as it changes; each is opened as a case file in one
// page per language (the walk to a result is the journeys' test). PDFs stay in test-artifacts/pdf/.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { key } from '../../src/domain/content/keys';
import { POSTURES } from '../../src/domain/content/types';
import { evaluate, postureQuestions } from '../../src/domain/engine';
import {
  expectNoAxeViolations,
  launchForFile,
  newContext,
  openApp,
  pageErrors,
  printToPdf,
  readingText,
  flat,
} from './support/browser';
import {
  casesByOutcome,
  content,
  expectScreen,
  openSheetFields,
  type WalkCase,
} from './support/cases';
import { caseOf, openCase } from './support/open-case';
import { screenReady } from './support/ready';
import { texts } from './support/texts';

const LANGUAGES = ['fr', 'en'] as const;
const BROWSER_LOCALE = { fr: 'fr-BE', en: 'en-GB' } as const;

let browser: Browser;
launchForFile((b) => (browser = b));

/** Words of the screen that must never reach paper: buttons, navigation, the skip link. */
function navigationTexts(lng: (typeof LANGUAGES)[number]): string[] {
  const t = texts(lng);
  const other = lng === 'fr' ? 'en' : 'fr';
  return [
    t('result.print'),
    t('actions.back'),
    t('app.skipToContent'),
    t(`languages.${other}`),
    t('worksheet.print'),
    t('worksheet.bySituation'),
  ];
}

const pages = new Map<(typeof LANGUAGES)[number], Page>();
beforeAll(async () => {
  for (const lng of LANGUAGES) {
    const context = await newContext(browser, BROWSER_LOCALE[lng]);
    pages.set(lng, await openApp(context, `?lng=${lng}`));
  }
});
afterAll(async () => {
  for (const page of pages.values()) await page.context().close();
});

/** The case on its result, opened as a file in this language's page (support/open-case.ts). */
async function openResult(lng: (typeof LANGUAGES)[number], walk: WalkCase): Promise<Page> {
  const page = pages.get(lng)!;
  await openCase(page, lng, caseOf(walk));
  await openSheetFields(page, lng);
  return page;
}

const cases = [...casesByOutcome().values()];

// casesByOutcome throws when an outcome has no case: every outcome is printed below.
for (const walk of cases)
  for (const lng of LANGUAGES)
    test(`the decision sheet of a "${walk.outcome}" case prints on one or two A4 pages (${lng})`, async () => {
      const t = texts(lng);
      const page = await openResult(lng, walk);
      const reference = `DOSS-${walk.outcome.toUpperCase()}-42`;
      await page.getByRole('textbox', { name: t('sheet.reference.label') }).fill(reference);
      await page.getByRole('radio', { name: t('sheet.consent.obtained'), exact: true }).check();
      await expect
        .poll(() => page.getByRole('img', { name: t('sheet.footer.qr') }).isVisible())
        .toBe(true);
      if (walk.outcome === cases[0]!.outcome) await expectNoAxeViolations(page, `sheet ${lng}`);

      const pdf = await printToPdf(page, `sheet-${walk.outcome}-${lng}`);
      const text = readingText(pdf.file);
      expect(pdf.pages).toBeGreaterThanOrEqual(1);
      expect(pdf.pages).toBeLessThanOrEqual(2);

      const evaluation = evaluate(content, walk);
      const tc = (k: string) => flat(t(k, 'content'));
      // This case's outcome, and no other but those "what would change it" leads to: a sheet
      // printed before the result is there, or with another case's outcome, fails here.
      expect(text).toContain(tc(key.outcomeTitle(walk.outcome)));
      const changes = flat((await page.locator('.what-would-change').allTextContents()).join(' '));
      const count = (haystack: string, needle: string) => haystack.split(needle).length - 1;
      // This outcome's own words may contain another's title ("the service can go ahead, …").
      const others = [key.outcomeTitle(walk.outcome), key.outcomeSummary(walk.outcome)]
        .map(tc)
        .reduce((rest, own) => rest.split(own).join(' '), text);
      for (const other of content.outcomes.outcomes.filter((o) => o.id !== walk.outcome)) {
        const title = tc(key.outcomeTitle(other.id));
        expect(count(others, title), title).toBe(count(changes, title));
      }
      for (const p of POSTURES) {
        expect(text).toContain(tc(key.postureQuestion(p)));
        expect(text).toContain(tc(key.verdict(evaluation.postures[p].verdict)));
      }
      const today = new Intl.DateTimeFormat(lng, { dateStyle: 'long' }).format(new Date());
      expect(text).toContain(flat(today));
      expect(text).toContain(reference);
      expect(text).toContain(flat(t('sheet.signatures.worker')));
      expect(text).toContain(`#case=`);
      for (const words of navigationTexts(lng)) expect(text).not.toContain(flat(words));
      expect(pageErrors(page)).toEqual([]);
    });

test('long notes take the sheet to a second page, numbered, never a third', async () => {
  const lng = 'fr';
  const t = texts(lng);
  const page = await openResult(lng, cases[cases.length - 1]!);
  const notes = page.getByRole('textbox', { name: t('sheet.notes.label') });
  const max = Number(await notes.getAttribute('maxlength'));
  // As long as the field allows, in lines of a worker's words (no name).
  await notes.fill('Rendez-vous prévu avec la personne et sa conseillère emploi. '.repeat(60));
  expect((await notes.inputValue()).length).toBe(max);
  const pdf = await printToPdf(page, 'sheet-long-notes-fr');
  expect(pdf.pages).toBe(2);
  expect(pdf.text).toMatch(/1\s*\/\s*2/);
  expect(pdf.text).toMatch(/2\s*\/\s*2/);
});

for (const [lng, situation] of [
  ['fr', null],
  ['en', 'email-for-jobseeker'],
] as const)
  test(`the blank worksheet prints every question with boxes (${lng}, ${situation ?? 'all situations'})`, async () => {
    const t = texts(lng);
    const context = await newContext(browser, BROWSER_LOCALE[lng]);
    const page = await openApp(
      context,
      `?lng=${lng}#/worksheet${situation ? `/${situation}` : ''}`,
    );
    await screenReady(page, 'worksheet');
    await expectScreen(page, t('worksheet.title'));
    await expectNoAxeViolations(page, `worksheet ${lng}`);

    const pdf = await printToPdf(page, `worksheet-${situation ?? 'all'}-${lng}`);
    const text = readingText(pdf.file);
    expect(pdf.pages).toBeGreaterThanOrEqual(1);
    // A situation's sheet fits a workshop handout; the whole questionnaire stays a short booklet
    // (8 pages since content 2.0: 22 situations, 56 questions, ADR 0013).
    expect(pdf.pages).toBeLessThanOrEqual(situation ? 4 : 8);
    const tc = (k: string | string[]) => flat(t(k, 'content'));
    for (const p of POSTURES) {
      expect(text).toContain(tc(key.postureQuestion(p)));
      for (const q of content.postures[p].questions)
        if (situation === null || postureQuestions(content, p, situation).includes(q))
          expect(text).toContain(tc(key.questionLabel(q.id, situation)));
    }
    for (const v of ['clear', 'conditions', 'blocked'] as const)
      expect(text).toContain(tc(key.verdict(v)));
    for (const o of content.outcomes.outcomes) expect(text).toContain(tc(key.outcomeTitle(o.id)));
    expect(text).toContain(flat(t('worksheet.date')));
    for (const words of navigationTexts(lng)) expect(text).not.toContain(flat(words));
    expect(pageErrors(page)).toEqual([]);
    await context.close();
  });
