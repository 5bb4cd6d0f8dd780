// A live workshop with nothing but the static app: a case study's QR code on the projector opens
// the wizard on the groups' phones; results come back to the trainer by camera (Chromium's fake
// camera plays a video of the groups' QR codes) and by file; the comparison puts the outcome and
// the most disputed question first and keeps a result loaded twice once.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import type { Browser } from 'playwright-core';
import { expect, test } from 'vitest';
import { serializeCase } from '../../src/domain/case/caseFile';
import { shareUrl } from '../../src/domain/case/shareLink';
import { key } from '../../src/domain/content/keys';
import type { CaseData } from '../../src/domain/wizard/steps';
import { compareCases } from '../../src/domain/workshop/compare';
import { playCase } from '../../src/domain/workshop/play';
import { answeredCase } from '../support/cases';
import { realContent } from '../support/content';
import {
  baseUrl,
  expectNoAxeViolations,
  launchForFile,
  newContext,
  openApp,
  pageErrors,
} from './support/browser';
import { writeQrVideo } from './support/qrVideo';
import { texts } from './support/texts';

const fr = texts('fr');
const content = realContent();
const study = content.workshop.cases[0]!;
const groups: CaseData[] = [
  answeredCase(content, study.situation, (o) => o[0]!),
  answeredCase(content, study.situation, (o) => o.at(-1)!),
  answeredCase(content, study.situation, (o) => o[Math.min(1, o.length - 1)]!),
].map((g) => ({ ...g, jurisdiction: study.jurisdiction }));
const origin = () => new URL(baseUrl());
const linkOf = (data: CaseData) =>
  shareUrl(content, data, { origin: origin().origin, pathname: origin().pathname });

let browser: Browser;
launchForFile(
  (b) => (browser = b),
  () => {
    // Groups A and B show their "send to the trainer" codes to the trainer's camera.
    const video = join(mkdtempSync(join(tmpdir(), 'discerne-camera-')), 'groups.y4m');
    writeQrVideo(video, [linkOf(groups[0]!), linkOf(groups[1]!)]);
    return [
      '--use-fake-device-for-media-stream',
      '--use-fake-ui-for-media-stream',
      `--use-file-for-fake-video-capture=${video}`,
    ];
  },
);

test("the projector's code to play a case reads at projector size and opens the case on a phone", async () => {
  const context = await newContext(browser);
  const projector = await openApp(context, `#/workshop/case/${study.id}`);
  await projector.setViewportSize({ width: 1920, height: 1080 });
  const qr = projector.getByRole('img', { name: fr('workshop.play.qr') });
  await qr.waitFor();
  await expectNoAxeViolations(projector, 'projector with the code to play the case');
  // What a phone's camera sees from the back of the room is smaller still; reading the code as
  // the projector draws it, at its real size on a 1920×1080 screen, is the floor.
  const shot = PNG.sync.read(await qr.screenshot());
  const read = jsQR(new Uint8ClampedArray(shot.data), shot.width, shot.height);
  const playLink = linkOf(playCase(content, study));
  expect(read?.data).toBe(playLink);
  expect(shot.width).toBeGreaterThanOrEqual(300);

  const phone = await browser.newContext({
    locale: 'fr-BE',
    viewport: { width: 360, height: 740 },
  });
  const group = await openApp(phone, playLink.slice(baseUrl().length));
  // The group starts at the first question, the situation and the country already set.
  await expect
    .poll(() => group.getByRole('heading', { level: 1 }).textContent())
    .toBe(fr(key.postureQuestion('know'), 'content'));
  expect(pageErrors(projector)).toEqual([]);
  expect(pageErrors(group)).toEqual([]);
  await phone.close();
  await context.close();
});

test('results come back by camera and by file; the comparison shows what to discuss first', async () => {
  const context = await newContext(browser);
  await context.grantPermissions(['camera']);
  const page = await openApp(context, '#/workshop/compare');
  const camera = page.getByRole('button', { name: fr('workshop.camera.start') });
  await camera.click();
  const loaded = (count: number) =>
    page.getByText(fr('workshop.import.loaded_other', 'screens', { count }));
  await loaded(2).waitFor({ timeout: 20_000 });
  await page.getByRole('button', { name: fr('workshop.camera.stop') }).click();

  const file = (name: string, data: CaseData) => ({
    name,
    mimeType: 'application/json',
    buffer: Buffer.from(serializeCase(content, data)),
  });
  const input = page.getByLabel(fr('workshop.import.files'));
  await input.setInputFiles([file('groupe-c.json', groups[2]!)]);
  await loaded(3).waitFor();
  // Group A sends its file too: the same result, kept once and named.
  await input.setInputFiles([file('groupe-a.json', groups[0]!)]);
  await page
    .getByText(fr('workshop.import.duplicates', 'screens', { names: 'groupe-a.json' }))
    .waitFor();
  await loaded(3).waitFor();

  const expected = compareCases(
    content,
    groups.map((data, i) => ({ label: `${i}`, data })),
  );
  const rows = page.getByRole('table').getByRole('row');
  // The outcome first, each group's as the engine gives it.
  const outcome = rows.nth(1);
  await expect
    .poll(() => outcome.getByRole('rowheader').textContent())
    .toContain(fr('result.recommendation'));
  expect(await outcome.getByRole('cell').allTextContents()).toEqual(
    expected.outcome.cells.map((o) => fr(key.outcomeTitle(o!), 'content')),
  );
  // Then, after the verdicts, the most disputed question.
  const first = expected.questions[0]!;
  expect(first.dispute).toBeGreaterThan(0);
  const questionHeaders = page
    .getByRole('table')
    .getByRole('rowheader')
    .filter({ has: page.locator('.comparison-posture') });
  expect(await questionHeaders.first().textContent()).toContain(
    fr(key.questionLabel(first.question), 'content'),
  );
  await expectNoAxeViolations(page, 'comparison of three groups');
  expect(pageErrors(page)).toEqual([]);
  await context.close();
});
