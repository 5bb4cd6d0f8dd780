// A live workshop with nothing but the static app: a case study's QR code on the projector opens
// the wizard on the groups' phones; each group plays the case, picks its label (a letter and a
// colour, never a name) and sends its result to the trainer — two by showing their "send to the
// trainer" QR code to the trainer's camera (Chromium's fake camera plays a video of those very
// codes, screenshots of the groups' phones), one by file. The comparison names its columns by
// the groups' labels, puts the outcome and the most disputed question first, keeps a result
// loaded twice once, and refuses a broken file without changing anything.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import type { Browser, Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { decodeShare } from '../../src/domain/case/shareLink.read';
import { shareCodeIn } from '../../src/domain/case/shareLink.write';
import { key } from '../../src/domain/content/keys';
import { POSTURES } from '../../src/domain/content/types';
import { evaluate } from '../../src/domain/engine';
import type { CaseData } from '../../src/domain/wizard/steps';
import { compareCases } from '../../src/domain/workshop/compare';
import type { GroupLabel } from '../../src/domain/workshop/groupLabel';
import { playUrl, sendUrl } from '../../src/domain/workshop/workshopLink';
import { answeredCase } from '../support/cases';
import { realContent } from '../support/content';
import {
  baseUrl,
  expectNoAxeViolations,
  launchForTests,
  launchForFile,
  newContext,
  openApp,
  pageErrors,
  screenReady,
} from './support/browser';
import { expectScreen, nextButton, optionInput } from './support/cases';
import { writePictureVideo } from './support/qrVideo';
import { texts } from './support/texts';

const fr = texts('fr');
const content = realContent();
const study = content.workshop.cases[0]!;
const groups: CaseData[] = [
  answeredCase(content, study.situation, (o) => o[0]!),
  answeredCase(content, study.situation, (o) => o.at(-1)!),
  answeredCase(content, study.situation, (o) => o[Math.min(1, o.length - 1)]!),
].map((g) => ({ ...g, jurisdiction: study.jurisdiction }));
const labels: GroupLabel[] = [
  { letter: 'A', colour: 'red' },
  { letter: 'B', colour: 'blue' },
  { letter: 'C', colour: 'green' },
];
const labelWords = (g: GroupLabel) =>
  fr('workshop.groupLabel.name', 'screens', {
    letter: g.letter,
    colour: fr(`workshop.groupLabel.colours.${g.colour}`),
  });
const here = () => {
  const url = new URL(baseUrl());
  return { origin: url.origin, pathname: url.pathname };
};

let browser: Browser;
launchForFile((b) => (browser = b));

/** A group's phone, opened on the case study's link. */
async function phone(): Promise<Page> {
  const context = await browser.newContext({
    locale: 'fr-BE',
    viewport: { width: 360, height: 740 },
    acceptDownloads: true,
  });
  return openApp(context, playUrl(content, study, here()).slice(baseUrl().length));
}

/** The group plays the case from its first question to the result, by the screens' words. */
async function play(page: Page, data: CaseData): Promise<void> {
  const path = evaluate(content, data).path;
  for (const posture of POSTURES) {
    await screenReady(page, posture);
    for (const q of path[posture])
      for (const o of data.answers[q] ?? [])
        await optionInput(page, 'fr', q, o, data.situation).check();
    await nextButton(page, 'fr').click();
  }
  await screenReady(page, 'review');
  await page.getByRole('button', { name: fr('review.confirm'), exact: true }).click();
  await screenReady(page, 'result');
}

/** On the result: "send to the trainer", the group's letter and colour; returns the panel. */
async function chooseLabel(page: Page, label: GroupLabel) {
  const panel = page.getByRole('region', { name: fr('workshop.send.title') });
  await panel
    .getByRole('combobox', { name: fr('workshop.send.letter') })
    .selectOption(label.letter);
  await panel
    .getByRole('combobox', { name: fr('workshop.send.colour') })
    .selectOption(label.colour);
  return panel;
}

/** The group's file, as the trainer receives it (read before the phone's context is closed). */
async function saveFile(page: Page): Promise<{ name: string; text: string }> {
  const panel = page.getByRole('region', { name: fr('workshop.send.title') });
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    panel.getByRole('button', { name: fr('workshop.send.save') }).click(),
  ]);
  return {
    name: download.suggestedFilename(),
    text: readFileSync(await download.path(), 'utf8'),
  };
}

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
  const playLink = playUrl(content, study, here());
  expect(read?.data).toBe(playLink);
  expect(shot.width).toBeGreaterThanOrEqual(300);

  const group = await phone();
  // The group starts at the first question, the situation and the country already set.
  await expectScreen(group, fr(key.postureQuestion('know'), 'content'));
  // The workshop's mark leaves the address with the code.
  expect(group.url()).not.toContain('workshop');
  expect(pageErrors(projector)).toEqual([]);
  expect(pageErrors(group)).toEqual([]);
  await group.context().close();
  await context.close();
});

test('three groups play the case and send their results, by camera and by file; the comparison names them and shows what to discuss first', async () => {
  // Each group plays on its phone and picks its label.
  const phones: Page[] = [];
  for (const [i, data] of groups.entries()) {
    const page = await phone();
    await play(page, data);
    await chooseLabel(page, labels[i]!);
    phones.push(page);
  }
  await expectNoAxeViolations(phones[0]!, '"send to the trainer" on a phone');

  // Groups A and B show their codes: what the trainer's camera sees is their phones' screens.
  const pictures = [];
  for (const [i, page] of phones.slice(0, 2).entries()) {
    const qr = page.getByRole('img', {
      name: fr('workshop.send.qr', 'screens', { group: labelWords(labels[i]!) }),
    });
    const shot = PNG.sync.read(await qr.screenshot());
    // The code is the group's share link with its label.
    const read = jsQR(new Uint8ClampedArray(shot.data), shot.width, shot.height);
    expect(read?.data).toBe(sendUrl(content, groups[i]!, labels[i]!, here()));
    pictures.push(shot);
  }
  // Group C has no camera at hand: its file, named by its label, never by a name.
  const fileC = await saveFile(phones[2]!);
  expect(fileC.name).toMatch(/^discerne-groupe-C-vert-\d{4}-\d{2}-\d{2}\.json$/);
  const savedC = JSON.parse(fileC.text) as { group: string; case: CaseData };
  expect(savedC.group).toBe('C-green');
  // Group A sends its file as well, later on: the same result.
  const fileA = await saveFile(phones[0]!);
  for (const page of phones) expect(pageErrors(page)).toEqual([]);
  await Promise.all(phones.map((p) => p.context().close()));

  // A broken code goes by too: group A's link with one character of its code changed.
  const linkA = sendUrl(content, groups[0]!, labels[0]!, here());
  const at = linkA.indexOf('#case=') + 12;
  const broken = `${linkA.slice(0, at)}${linkA[at] === 'z' ? 'y' : 'z'}${linkA.slice(at + 1)}`;
  expect(decodeShare(content, shareCodeIn(broken)!)).toEqual({ ok: false, error: 'malformed' });
  const video = join(mkdtempSync(join(tmpdir(), 'discerne-camera-')), 'groups.y4m');
  writePictureVideo(video, [...pictures, broken]);
  const trainerBrowser = await launchForTests([
    '--use-fake-device-for-media-stream',
    '--use-fake-ui-for-media-stream',
    `--use-file-for-fake-video-capture=${video}`,
  ]);
  try {
    const context = await newContext(trainerBrowser);
    await context.grantPermissions(['camera']);
    // Every refusal the page shows, however briefly: a later good code clears the message.
    await context.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { refusals: string[] }).refusals = seen;
      new MutationObserver(() => {
        for (const alert of document.querySelectorAll('[role="alert"]'))
          if (alert.textContent && !seen.includes(alert.textContent)) seen.push(alert.textContent);
      }).observe(document, { subtree: true, childList: true, characterData: true });
    });
    const page = await openApp(context, '#/workshop/compare');
    await page.getByRole('button', { name: fr('workshop.camera.start') }).click();
    const loaded = (count: number) =>
      page.getByText(fr('workshop.import.loaded_other', 'screens', { count }));
    await loaded(2).waitFor({ timeout: 20_000 });
    // The broken code is refused with a clear message, and adds nothing.
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { refusals: string[] }).refusals), {
        timeout: 20_000,
      })
      .toContainEqual(
        expect.stringContaining(
          fr('workshop.import.errors.malformed', 'screens', { name: broken }),
        ),
      );
    await page.getByRole('button', { name: fr('workshop.camera.stop') }).click();
    await loaded(2).waitFor();

    const input = page.getByLabel(fr('workshop.import.files'));
    await input.setInputFiles([file(fileC.name, fileC.text)]);
    await loaded(3).waitFor();
    // Group A's file after its code: the same group's result, kept once and named by its label.
    await input.setInputFiles([file('a.json', fileA.text)]);
    await page
      .getByText(fr('workshop.import.duplicates', 'screens', { names: labelWords(labels[0]!) }))
      .waitFor();
    await loaded(3).waitFor();

    // The columns are the groups' labels, in the order they came (the camera's first).
    const table = page.getByRole('table');
    const headers = (
      await table.getByRole('row').first().getByRole('columnheader').allTextContents()
    ).slice(1);
    expect([...headers].sort()).toEqual(labels.map(labelWords).sort());
    expect(headers[2]).toBe(labelWords(labels[2]!));
    const dataOf = (header: string) => groups[labels.findIndex((l) => labelWords(l) === header)]!;
    const expected = compareCases(
      content,
      headers.map((label) => ({ label, data: dataOf(label) })),
    );
    const rows = table.getByRole('row');
    // The outcome first, each group's as the engine gives it.
    const outcome = rows.nth(1);
    expect(await outcome.getByRole('rowheader').textContent()).toContain(
      fr('result.recommendation'),
    );
    expect(await outcome.getByRole('cell').allTextContents()).toEqual(
      expected.outcome.cells.map((o) => fr(key.outcomeTitle(o!), 'content')),
    );
    // Then, after the verdicts, the most disputed question.
    const first = expected.questions[0]!;
    expect(first.dispute).toBeGreaterThan(0);
    const questionHeaders = table
      .getByRole('rowheader')
      .filter({ has: page.locator('.comparison-posture') });
    expect(await questionHeaders.first().textContent()).toContain(
      fr(key.questionLabel(first.question, expected.played), 'content'),
    );

    // A broken file (cut short on the way) is refused with its name, and changes nothing.
    const before = await table.textContent();
    await input.setInputFiles([file('groupe-d.json', fileC.text.slice(0, fileC.text.length / 2))]);
    await expect
      .poll(() => page.getByRole('alert').textContent())
      .toContain(fr('workshop.import.errors.malformed', 'screens', { name: 'groupe-d.json' }));
    await loaded(3).waitFor();
    expect(await table.textContent()).toBe(before);

    await expectNoAxeViolations(page, 'comparison of three groups');
    expect(pageErrors(page)).toEqual([]);
    // What the groups sent was their answers and their labels: no free text at all.
    expect(
      decodeShare(content, shareCodeIn(sendUrl(content, groups[0]!, labels[0]!, here()))!),
    ).toMatchObject({ ok: true, data: { description: '' } });
    await context.close();
  } finally {
    await trainerBrowser.close();
  }
});

function file(name: string, text: string) {
  return { name, mimeType: 'application/json', buffer: Buffer.from(text) };
}
