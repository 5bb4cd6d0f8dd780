// The longest decision sheet of every situation × jurisdiction × language prints on at most two
// A4 pages and reads back whole: numbers of every length, the decision block, English without
// French punctuation; the note for the manager from the same result prints on one page. The
// cases are built from the content (support/worst-case.ts) and opened as case files, one after
// the other in one page per language: no walk through the screens. PDFs stay in test-artifacts/pdf/ (PNG pages with
// DISCERNE_PDF_PNG=1).
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { key } from '../../src/domain/content/keys';
import { evaluate } from '../../src/domain/engine';
import {
  expectNoAxeViolations,
  launchForFile,
  newContext,
  openApp,
  pageErrors,
  pdfOfPrintMedia,
  readingText,
  flat,
} from './support/browser';
import { content, expectResultHeading } from './support/cases';
import { openCase } from './support/open-case';
import { texts } from './support/texts';
import { worstCases, type WorstCase } from './support/worst-case';

const LANGUAGES = ['fr', 'en'] as const;
type Lng = (typeof LANGUAGES)[number];
const BROWSER_LOCALE = { fr: 'fr-BE', en: 'en-GB' } as const;

let browser: Browser;
launchForFile((b) => (browser = b));

const cases: WorstCase[] = worstCases(content);
const pages = new Map<Lng, Page>();

beforeAll(async () => {
  for (const lng of LANGUAGES) {
    const context = await newContext(browser, BROWSER_LOCALE[lng]);
    pages.set(lng, await openApp(context, `?lng=${lng}`));
  }
});
afterAll(async () => {
  for (const page of pages.values()) await page.context().close();
});

/**
 * Opens the case on its result page as a worker opens a file (support/open-case.ts): one page per
 * language for all the cases, each import replacing the case before.
 */
async function openResult(lng: Lng, worst: WorstCase): Promise<Page> {
  const page = pages.get(lng)!;
  await openCase(page, lng, worst.data);
  // The result screen ready (host readiness), its heading this case's outcome.
  await expectResultHeading(page, lng, evaluate(content, worst.data).outcome!.id);
  // This case and no other: its situation is on the sheet.
  const situation = texts(lng)(key.situationTitle(worst.situation), 'content');
  await page.getByText(situation, { exact: false }).first().waitFor();
  // Folded on screen with the sheet's fields (ADR 0024): there, for paper.
  await page
    .getByRole('img', { name: texts(lng)('sheet.footer.qr'), includeHidden: true })
    .waitFor({ state: 'attached' });
  return page;
}

/** Every number of every numbered list as it prints (print media): items hidden on paper are not counted. */
const listNumbers = (page: Page): Promise<number[]> =>
  page.evaluate(() =>
    [...document.querySelectorAll('ol')].flatMap((ol) =>
      [...ol.children].filter((li) => li.checkVisibility()).map((_, i) => ol.start + i),
    ),
  );

for (const lng of LANGUAGES)
  for (const worst of cases)
    test(`the longest sheet of "${worst.situation}" in ${worst.jurisdiction} prints on two pages at most (${lng})`, async () => {
      const t = texts(lng);
      const page = await openResult(lng, worst);
      if (worst === cases[0]) await expectNoAxeViolations(page, `result ${lng}`);
      // Everything below reads the page as it prints: one switch of media, not one per read.
      await page.emulateMedia({ media: 'print' });
      try {
        if (worst === cases[0]) await expectNoAxeViolations(page, `sheet print preview ${lng}`);
        const name = `sheet-worst-${worst.situation}-${worst.jurisdiction}-${lng}`;
        const pdf = await pdfOfPrintMedia(page, name);
        const text = readingText(pdf.file);
        expect(pdf.pages, name).toBeLessThanOrEqual(2);
        // Numbers stay whole: "10." never prints as "0.".
        for (const n of await listNumbers(page)) expect(text).toMatch(new RegExp(`(^| )${n}\\. `));
        // The decision block, with consent and signatures, is there.
        for (const k of [
          'sheet.decision.taken',
          'sheet.decision.byWhom',
          'sheet.decision.byWhen',
          'sheet.decision.review',
          'sheet.consent.legend',
          'sheet.signatures.worker',
        ])
          expect(text).toContain(flat(t(k)));
        if (lng === 'en') expect(text).not.toMatch(/\S :/);

        // The note for the manager, from the same result: one page, with its decision box.
        await page.evaluate(() => (document.documentElement.dataset.print = 'note'));
        const note = await pdfOfPrintMedia(page, name.replace('sheet-', 'note-'));
        await page.evaluate(() => delete document.documentElement.dataset.print);
        const noteText = readingText(note.file);
        expect(note.pages, `note ${name}`).toBe(1);
        for (const k of [
          'note.title',
          'note.question',
          'note.options',
          'note.decision',
          'note.signManager',
        ])
          expect(noteText).toContain(flat(t(k)));
        // Never the sheet's own parts: the note is a separate print.
        expect(noteText).not.toContain(flat(t('sheet.signatures.person')));
        if (lng === 'en') expect(noteText).not.toMatch(/\S :/);
      } finally {
        await page.emulateMedia({ media: 'screen' });
      }
      expect(pageErrors(page)).toEqual([]);
    });
