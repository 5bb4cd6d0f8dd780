// Workshop mode in Chromium: three groups' files (and a broken one) compared, the projector
// driven from the keyboard, the case sheet printed on A4, and axe on every workshop screen.
import type { Browser } from 'playwright-core';
import { expect, test } from 'vitest';
import { serializeCase } from '../../src/domain/case/caseFile.write';
import { key } from '../../src/domain/content/keys';
import type { CaseData } from '../../src/domain/wizard/steps';
import { compareCases } from '../../src/domain/workshop/compare';
import { projectorSteps } from '../../src/domain/workshop/projector';
import { answeredCase } from '../support/cases';
import { realContent } from '../support/content';
import {
  expectNoAxeViolations,
  launchForFile,
  newContext,
  openApp,
  pageErrors,
  printToPdf,
} from './support/browser';
import { expectScreen } from './support/cases';
import { texts } from './support/texts';

const fr = texts('fr');
const content = realContent();
let browser: Browser;
launchForFile((b) => (browser = b));

test('a trainer imports three groups and a broken file, and sees the right comparison', async () => {
  const context = await newContext(browser);
  const page = await openApp(context, '#/workshop');
  await expectScreen(page, fr('workshop.title'));
  await expectNoAxeViolations(page, 'workshop index');

  await page.getByRole('link', { name: fr('workshop.compare') }).click();
  await expectScreen(page, fr('workshop.compare'));
  await expectNoAxeViolations(page, 'workshop compare, empty');

  const situation = content.workshop.cases[0]!.situation;
  const groups: CaseData[] = [
    answeredCase(content, situation, (o) => o[0]!),
    answeredCase(content, situation, (o) => o.at(-1)!),
    answeredCase(content, situation, (o) => o[Math.min(1, o.length - 1)]!),
  ];
  const json = (name: string, text: string) => ({
    name,
    mimeType: 'application/json',
    buffer: Buffer.from(text),
  });
  await page
    .getByLabel(fr('workshop.import.files'))
    .setInputFiles([
      json('groupe-1.json', serializeCase(content, groups[0]!)),
      json('groupe-2.json', serializeCase(content, groups[1]!)),
      json('tronque.json', serializeCase(content, groups[2]!).slice(0, 40)),
      json('groupe-3.json', serializeCase(content, groups[2]!)),
    ]);
  await expect
    .poll(() => page.getByText(fr('workshop.import.loaded_other', 'screens', { count: 3 })).count())
    .toBe(1);
  await expect
    .poll(() => page.getByRole('alert').textContent())
    .toContain(fr('workshop.import.errors.malformed', 'screens', { name: 'tronque.json' }));

  // The table shows, row by row, what the pure comparison computes for these three cases.
  const expected = compareCases(
    content,
    groups.map((data, i) => ({ label: `g${i}`, data })),
  );
  const table = page.getByRole('table');
  for (const row of expected.questions) {
    const label = fr(key.questionLabel(row.question, expected.played), 'content');
    const tr = table.locator('tr', { has: page.getByRole('rowheader', { name: label }) });
    const header = await tr.getByRole('rowheader').textContent();
    expect(header?.includes(fr('workshop.table.differs')), row.question).toBe(row.differs);
    const cells = await tr.getByRole('cell').allTextContents();
    const shown = row.cells.map((c) =>
      c.status === 'answered'
        ? c.options.map((o) => fr(key.option(row.question, o), 'content')).join(', ')
        : fr(c.status === 'unanswered' ? 'workshop.table.unanswered' : 'workshop.table.notAsked'),
    );
    expect(cells, row.question).toEqual(shown);
  }
  expect(expected.questions.some((r) => r.differs)).toBe(true);
  await expectNoAxeViolations(page, 'workshop compare, three groups');
  expect(pageErrors(page)).toEqual([]);
  await context.close();
});

test('the facilitator drives the projector from the keyboard', async () => {
  const context = await newContext(browser);
  const study = content.workshop.cases.find((c) => projectorSteps(content, c).length >= 3)!;
  const steps = projectorSteps(content, study);
  const label = (i: number) =>
    fr(key.questionLabel(steps[i]!.question.id, study.situation), 'content');
  const page = await openApp(context, `#/workshop/case/${study.id}`);
  const question = () => page.getByRole('heading', { level: 2 }).last().textContent();
  await expect.poll(question).toBe(label(0));
  await expectNoAxeViolations(page, 'projector');

  await page.keyboard.press('ArrowRight');
  await expect.poll(question).toBe(label(1));
  await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('H2');
  await page.keyboard.press('Space');
  const hide = page.getByRole('button', { name: fr('workshop.projector.hide') });
  await expect.poll(() => hide.getAttribute('aria-expanded')).toBe('true');
  await expect
    .poll(() => page.getByRole('heading', { name: fr('workshop.projector.meaning') }).isVisible())
    .toBe(true);
  await expectNoAxeViolations(page, 'projector, answers revealed');
  await page.keyboard.press('ArrowRight');
  await expect.poll(question).toBe(label(2));
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await expect.poll(question).toBe(label(0));
  // Large type: the question reads from the back of the room.
  const size = await page
    .getByRole('heading', { level: 2 })
    .last()
    .evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  expect(size).toBeGreaterThanOrEqual(40);
  expect(pageErrors(page)).toEqual([]);
  await context.close();
});

test('the case-study sheet prints on A4 without the app around it', async () => {
  const context = await newContext(browser);
  const study = content.workshop.cases[0]!;
  const page = await openApp(context, `#/workshop/sheet/${study.id}`);
  const title = fr(key.caseTitle(study.id), 'workshop');
  await expectScreen(page, title);
  await expectNoAxeViolations(page, 'case-study sheet');
  const pdf = await printToPdf(page, `workshop-sheet-${study.id}`);
  expect(pdf.pages).toBeGreaterThanOrEqual(1);
  expect(pdf.pages).toBeLessThanOrEqual(2);
  const flat = pdf.text.replace(/\s+/g, ' ');
  expect(flat).toContain(title);
  expect(flat).not.toContain(fr('workshop.print.print'));
  expect(flat).not.toContain(fr('app.skipToContent'));
  const worksheet = page.getByRole('link', { name: fr('workshop.worksheet') });
  expect(await worksheet.getAttribute('href')).toBe(`#/worksheet/${study.situation}`);
  await context.close();
});
