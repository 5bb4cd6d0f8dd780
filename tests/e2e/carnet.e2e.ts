// The carnet in Chromium: filters in the URL, an empty result, axe on each state.
import type { Browser } from 'playwright-core';
import { expect, test } from 'vitest';
import { POSTURES } from '../../src/domain/content/types';
import { filterCarnet } from '../../src/ui/carnet/filters';
import { realContent } from '../support/content';
import {
  expectNoAxeViolations,
  launchForFile,
  newContext,
  openApp,
  pageErrors,
} from './support/browser';
import { expectScreen } from './support/cases';
import { texts } from './support/texts';

const fr = texts('fr');
const content = realContent();
let browser: Browser;
launchForFile((b) => (browser = b));

test('a worker filters the carnet, from a link and by hand', async () => {
  const context = await newContext(browser);
  const page = await openApp(context, '#/carnet?posture=can');
  await expectScreen(page, fr('carnet.title'));
  const items = page.getByRole('region', { name: fr('carnet.resources') }).getByRole('listitem');
  const canOnly = filterCarnet(content.carnet, { posture: 'can', jurisdiction: null, kind: null });
  await expect.poll(() => items.count()).toBe(canOnly.resources.length);
  await expectNoAxeViolations(page, 'carnet filtered by posture');

  await page.getByLabel(fr('carnet.jurisdiction')).selectOption('BE');
  await expect
    .poll(() => page.evaluate(() => location.hash))
    .toBe('#/carnet?posture=can&jurisdiction=BE');
  const beCan = filterCarnet(content.carnet, { posture: 'can', jurisdiction: 'BE', kind: null });
  await expect.poll(() => items.count()).toBe(beCan.resources.length);

  const combos = POSTURES.flatMap((posture) =>
    content.carnet.resourceKinds.flatMap((kind) =>
      ['BE', 'FR'].map((jurisdiction) => ({ posture, kind, jurisdiction })),
    ),
  );
  const empty = combos.find((f) => filterCarnet(content.carnet, f).resources.length === 0)!;
  await page.goto(
    `${page.url().split('#')[0]}#/carnet?posture=${empty.posture}&jurisdiction=${empty.jurisdiction}&kind=${empty.kind}`,
  );
  await expect.poll(() => page.getByText(fr('carnet.noResources')).isVisible()).toBe(true);
  await expectNoAxeViolations(page, 'carnet with no result');
  expect(pageErrors(page)).toEqual([]);
  await context.close();
});
