// The service's framework in Chromium (ADR 0019): recorded on this device and there after a
// reload; a framework.json deployed beside index.html — copied into a copy of the build served
// by nginx with the shipped deploy/nginx.conf (its CSP and headers) — used read-only; a broken
// one refused; a framework set on the page answering a case's questions in advance, the worker
// changing one, and the sheet saying so.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { startNginx, type RunningNginx } from '../../scripts/nginx';
import { key } from '../../src/domain/content/keys';
import { POSTURES } from '../../src/domain/content/types';
import { evaluate, walkPath, type Answers } from '../../src/domain/engine';
import { answersAtCaseStart } from '../../src/domain/framework/inCase';
import { parseFramework, type Framework } from '../../src/domain/framework/read';
import { FRAMEWORK_MAP } from '../../src/ui/framework/inEffect';
import {
  appReady,
  expectNoAxeViolations,
  launchForFile,
  newContext,
  openApp,
  pageErrors,
  printToPdf,
} from './support/browser';
import { content, expectScreen, walkToResult, type WalkCase } from './support/cases';
import { texts } from './support/texts';

const fr = texts('fr');
const t = (path: string, vars?: Record<string, string>) => fr(path, 'framework', vars);
const valid = readFileSync('tests/fixtures/framework/valid.json', 'utf8');
const broken = readFileSync('tests/fixtures/framework/broken.json', 'utf8');
let browser: Browser;
launchForFile((b) => (browser = b));

/** The page is ready (host readiness, its heading) and the deployed file has been looked for. */
async function frameworkReady(page: Page): Promise<void> {
  await expectScreen(page, t('title'));
  await page.locator('.framework-page:not([aria-busy])').waitFor();
}

// A deployment of its own: the build, plus framework.json beside index.html.
const deployed = mkdtempSync(join(tmpdir(), 'discerne-framework-'));
let nginx: RunningNginx;
beforeAll(async () => {
  cpSync(process.env.DISCERNE_DIST ?? 'dist', deployed, { recursive: true });
  nginx = await startNginx(deployed);
});
afterAll(async () => {
  await nginx?.stop();
  rmSync(deployed, { recursive: true, force: true });
});

/** Puts `body` beside index.html, as a service deploying its framework would, and opens the page. */
async function openDeployed(body: string): Promise<Page> {
  writeFileSync(join(deployed, 'framework.json'), body);
  const context = await newContext(browser);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${nginx.url}#/framework`);
  await appReady(page);
  await frameworkReady(page);
  expect(errors).toEqual([]);
  return page;
}

test('a service records its framework on this device, and finds it after a reload', async () => {
  const context = await newContext(browser);
  const page = await openApp(context, '#/framework');
  await frameworkReady(page);
  const form = page.getByRole('form', { name: t('form.heading') });
  await form.getByRole('textbox', { name: t('form.service') }).fill('Service social de test');
  await form.getByRole('button', { name: t('form.save') }).click();
  await expect
    .poll(() =>
      page
        .getByRole('status')
        .filter({ hasText: t('status.saved') })
        .count(),
    )
    .toBe(1);

  await page.reload();
  await frameworkReady(page);
  const device = page.getByRole('region', { name: t('device.heading') });
  await expect.poll(() => device.getByText('Service social de test').count()).toBeGreaterThan(0);
  await expect
    .poll(() => form.getByRole('textbox', { name: t('form.service') }).inputValue())
    .toBe('Service social de test');
  expect(pageErrors(page)).toEqual([]);
  await context.close();
});

test('a framework deployed beside index.html is used, read-only', async () => {
  const page = await openDeployed(valid);
  const service = (JSON.parse(valid) as { service: string }).service;
  const region = page.getByRole('region', { name: t('deployed.heading', { service }) });
  await expect.poll(() => region.getByText(t('deployed.note')).isVisible()).toBe(true);
  expect(await page.getByRole('form').count()).toBe(0);
  // Revalidated on every read, like index.html: a replaced file is seen at once.
  const headers = await page.evaluate(async () => {
    const r = await fetch('framework.json', { cache: 'no-store' });
    return r.headers.get('cache-control');
  });
  expect(headers).toBe('no-cache');
  await expectNoAxeViolations(page, 'deployed framework');
  await page.context().close();
});

test('a broken deployed file is refused with a clear message, and changes nothing', async () => {
  const page = await openDeployed(broken);
  const alert = page.getByRole('alert');
  await expect
    .poll(() => alert.textContent())
    .toContain(t('deployed.refused', { why: t('refused.invalid') }));
  expect(await alert.textContent()).toContain('framework.json: dpo:');
  expect(await page.getByRole('form', { name: t('form.heading') }).count()).toBe(1);
  await expectNoAxeViolations(page, 'refused deployed framework');
  await page.context().close();
});

/**
 * A passwords case in Belgium under the fixture's framework, every other question answered
 * with its first option, the internal rules changed by the worker to "yes" (the framework:
 * "no", Règlement de travail, art. 12).
 */
function caseChangingTheRule(framework: Framework): WalkCase {
  const where = { jurisdiction: 'BE' as const, situation: 'passwords' };
  const answers: Answers = {
    ...answersAtCaseStart(
      framework,
      content,
      FRAMEWORK_MAP,
      { ...where, situation: null, answers: {} },
      where,
    ),
    'can.internal-rules': ['yes'],
  };
  for (;;) {
    const next = walkPath(content, { ...where, answers }).find((st) => !st.answer);
    if (!next) break;
    answers[next.question.id] = [next.question.options[0]!.id];
  }
  const result = evaluate(content, { ...where, answers });
  return {
    ...where,
    outcome: result.outcome!.id,
    answers,
    path: Object.fromEntries(POSTURES.map((p) => [p, result.path[p]])) as WalkCase['path'],
  };
}

test("a framework set on the page answers a case's questions in advance, and the sheet shows the change", async () => {
  const framework = (parseFramework(content, valid) as { ok: true; framework: Framework })
    .framework;
  const tc = (path: string | string[]) => fr(path, 'content');
  const context = await newContext(browser);
  const page = await openApp(context, '#/framework');
  await frameworkReady(page);
  await page.getByLabel(t('import.label')).setInputFiles('tests/fixtures/framework/valid.json');
  await expect
    .poll(() =>
      page
        .getByRole('status')
        .filter({ hasText: t('status.imported') })
        .count(),
    )
    .toBe(1);

  await page.goto(page.url().replace(/#.*$/, '#/'));
  const date = new Intl.DateTimeFormat('fr', { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${framework.adoptedOn}T00:00:00Z`),
  );
  const rules = page.getByRole('group', {
    name: tc(key.questionLabel('can.internal-rules', 'passwords')),
  });
  await walkToResult(page, 'fr', caseChangingTheRule(framework), async (screen) => {
    if (screen !== 'can') return;
    // Answered in advance, marked, and still the worker's to change.
    await expect.poll(() => rules.getByText(t('note.from', { date })).count()).toBe(1);
    await expect
      .poll(() =>
        rules.getByText(t('note.rule', { reference: 'Règlement de travail, art. 12' })).count(),
      )
      .toBe(1);
    expect(
      await rules
        .getByRole('radio', { name: tc(key.option('can.internal-rules', 'no')), exact: true })
        .isChecked(),
    ).toBe(true);
    await expectNoAxeViolations(page, 'a question answered by the framework');
  });

  const part = page.getByRole('region', {
    name: t('sheet.heading', { service: framework.service }),
  });
  await expect
    .poll(() => part.textContent())
    .toContain(
      t('sheet.changedItem', {
        question: tc(key.questionLabel('can.internal-rules', 'passwords')),
        framework: tc(key.option('can.internal-rules', 'no')),
        worker: tc(key.option('can.internal-rules', 'yes')),
      }),
    );
  expect(await part.textContent()).toContain(t('adopted', { date }));
  // The partners are among the next steps (folded on screen).
  await page.locator('.fold--advice > summary').click();
  await expect
    .poll(() => page.getByRole('link', { name: framework.partners[0]!.name }).count())
    .toBe(1);
  await expectNoAxeViolations(page, 'the framework on the result');
  // On paper: the framework, the change and the partner's address, within two pages.
  const pdf = await printToPdf(page, 'sheet-framework');
  expect(pdf.pages).toBeLessThanOrEqual(2);
  const printed = pdf.text.replace(/\s+/g, ' ');
  expect(printed).toContain(t('sheet.heading', { service: framework.service }));
  expect(printed).toContain(framework.partners[0]!.url);
  expect(pageErrors(page)).toEqual([]);
  await context.close();
});
