// npm run bench:journey: the three reference cases of docs/usability.md walked as a new user
// would, on a phone (360×740) and a desktop (1366×768), in French and in English. Prints, per
// walk, the clicks, the screens, how tall each screen is (in screen heights) and, on the result,
// where the outcome, what decided it, the first priority action and the print button are. A
// benchmark that prints figures: it asserts nothing. It builds nothing: `npm run build` first.
//   DISCERNE_DIST=<dir>  the build to serve (default dist/)
//   DISCERNE_SHOTS=<dir> also save each screen there, one picture per screen height
//   DISCERNE_WALKS=A-phone-fr,C-phone-en  walk only these (case-viewport-language)
import type { Page } from 'playwright-core';
import { key } from '../src/domain/content/keys';
import type { JurisdictionId } from '../src/domain/content/types';
import { POSTURES } from '../src/domain/content/types';
import { evaluate, walkPath, type Answers } from '../src/domain/engine';
import {
  jurisdictionInput,
  nextButton,
  optionInput,
  situationInput,
} from '../tests/e2e/support/cases';
import { launch } from '../tests/e2e/support/chromium';
import { content } from '../tests/e2e/support/outcome-cases';
import { appReady } from '../tests/e2e/support/ready';
import { serveDist } from '../tests/e2e/support/server';
import { texts } from '../tests/e2e/support/texts';

const dist = process.env.DISCERNE_DIST ?? 'dist';
const shots = process.env.DISCERNE_SHOTS;
const only = process.env.DISCERNE_WALKS?.split(',');
const VIEWPORTS = { phone: { width: 360, height: 740 }, desktop: { width: 1366, height: 768 } };
const LANGUAGES = ['fr', 'en'] as const;

/** The reference cases of docs/usability.md: situation, country and how many questions. */
const REFERENCE = [
  { name: 'A', situation: 'email-for-jobseeker', jurisdiction: 'BE', questions: 21 },
  { name: 'B', situation: 'refuses-digital', jurisdiction: 'FR', questions: 18 },
  { name: 'C', situation: 'children-photos', jurisdiction: 'FR', questions: 14 },
] as const;

/** Answers that ask as many questions as the reference case did: a seeded search, one answer
 *  per question, so every run walks the same case. */
function referenceAnswers(situation: string, jurisdiction: JurisdictionId, questions: number) {
  let seed = 7;
  const next = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
  let best: { answers: Answers; asked: number } | null = null;
  for (let i = 0; i < 2000; i++) {
    let answers: Answers = {};
    for (;;) {
      const step = walkPath(content, { situation, jurisdiction, answers }).find((s) => !s.answer);
      if (!step) break;
      const options = step.question.options;
      answers = {
        ...answers,
        [step.question.id]: [options[Math.floor(next() * options.length)]!.id],
      };
    }
    const asked = Object.keys(answers).length;
    if (!best || Math.abs(asked - questions) < Math.abs(best.asked - questions))
      best = { answers, asked };
    if (asked === questions) break;
  }
  return best!;
}

interface Screen {
  name: string;
  /** The page's height in screen heights, once filled in. */
  heights: number;
}

async function measure(page: Page, name: string, walk: string): Promise<Screen> {
  const heights = await page.evaluate(
    () => document.documentElement.scrollHeight / window.innerHeight,
  );
  // One picture per screen height, as the worker sees the page scrolling down.
  const viewport = page.viewportSize();
  if (shots && viewport)
    for (let i = 0; i < heights; i++)
      await page.screenshot({
        path: `${shots}/${walk}-${name}-${i + 1}.png`,
        fullPage: true,
        clip: { x: 0, y: i * viewport.height, width: viewport.width, height: viewport.height },
      });
  return { name, heights };
}

/** Top and bottom of an element in the page, in CSS pixels from the top of the document. */
async function position(page: Page, selector: string) {
  return page.evaluate((s) => {
    const el = document.querySelector(s);
    if (!el) return null;
    const r = el.getBoundingClientRect();
    return {
      top: Math.round(r.top + window.scrollY),
      bottom: Math.round(r.bottom + window.scrollY),
    };
  }, selector);
}

const server = await serveDist(dist);
const browser = await launch();
const rows: string[] = [];
try {
  for (const ref of REFERENCE) {
    const { answers, asked } = referenceAnswers(ref.situation, ref.jurisdiction, ref.questions);
    const path = evaluate(content, {
      situation: ref.situation,
      jurisdiction: ref.jurisdiction,
      answers,
    }).path;
    for (const [viewportName, viewport] of Object.entries(VIEWPORTS))
      for (const lng of LANGUAGES) {
        const walk = `${ref.name}-${viewportName}-${lng}`;
        if (only && !only.includes(walk)) continue;
        const t = texts(lng);
        const context = await browser.newContext({
          locale: lng === 'fr' ? 'fr-BE' : 'en-GB',
          viewport,
        });
        const page = await context.newPage();
        await page.goto(`${server.url}?lng=${lng}`);
        await appReady(page);
        let clicks = 0;
        const screens: Screen[] = [];
        const click = async (action: () => Promise<void>) => {
          await action();
          clicks++;
        };
        screens.push(await measure(page, 'start', walk));
        await click(() =>
          page.getByRole('button', { name: t('start.begin'), exact: true }).click(),
        );
        // A fresh context remembers no country: its step comes first (ADR 0023). A worker's
        // next cases skip it (one screen and two clicks fewer).
        await page.getByRole('heading', { level: 1, name: t('steps.country') }).waitFor();
        await click(() => jurisdictionInput(page, lng, ref.jurisdiction).check());
        screens.push(await measure(page, 'country', walk));
        await click(() => nextButton(page, lng).click());
        await page.getByRole('heading', { level: 1, name: t('steps.situation') }).waitFor();
        await click(() => situationInput(page, lng, ref.situation).check());
        screens.push(await measure(page, 'situation', walk));
        await click(() => nextButton(page, lng).click());
        for (const posture of POSTURES) {
          await page
            .getByRole('heading', { level: 1, name: t(key.postureQuestion(posture), 'content') })
            .waitFor();
          for (const q of path[posture])
            for (const o of answers[q] ?? [])
              await click(() => optionInput(page, lng, q, o, ref.situation).check());
          screens.push(await measure(page, posture, walk));
          await click(() => nextButton(page, lng).click());
        }
        await page.getByRole('heading', { level: 1, name: t('steps.review') }).waitFor();
        screens.push(await measure(page, 'review', walk));
        await click(() =>
          page.getByRole('button', { name: t('review.confirm'), exact: true }).click(),
        );
        // The result's heading is its outcome in words.
        const titles = content.outcomes.outcomes.map((o) => t(key.outcomeTitle(o.id), 'content'));
        await page.waitForFunction(
          (ts) => ts.includes(document.querySelector('h1')?.textContent?.trim() ?? ''),
          titles,
        );
        await page
          .getByRole('img', { name: t('sheet.footer.qr'), includeHidden: true })
          .waitFor({ state: 'attached' });
        screens.push(await measure(page, 'result', walk));
        const outcome = await position(page, 'h1');
        const decided = await position(page, '.decided');
        const action = await position(page, '.priority-list li');
        const print = await position(page, '.result-actions button');
        const startButton = await (async () => {
          const p = await context.newPage();
          await p.goto(`${server.url}?lng=${lng}`);
          await appReady(p);
          const b = await position(p, 'main .button--primary');
          await p.close();
          return b;
        })();
        const total = screens.reduce((s, x) => s + x.heights, 0);
        const scrolled = screens.reduce((s, x) => s + Math.max(0, x.heights - 1), 0);
        const px = (p: { top: number; bottom: number } | null) =>
          p ? `${p.top}–${p.bottom}` : 'none';
        rows.push(
          [
            ref.name,
            `${viewportName} ${viewport.width}×${viewport.height}`,
            lng.toUpperCase(),
            `${ref.situation}, ${ref.jurisdiction}`,
            asked,
            clicks,
            screens.length,
            total.toFixed(1),
            scrolled.toFixed(1),
            screens.map((s) => `${s.name} ${s.heights.toFixed(1)}`).join(' · '),
            px(startButton),
            px(outcome),
            px(decided),
            px(action),
            px(print),
          ].join(' | '),
        );
        await context.close();
      }
  }
} finally {
  await browser.close();
  await server.close();
}

console.log(
  `Journeys of the reference cases (docs/usability.md) · ${dist} · positions in CSS px from the top`,
);
console.log(
  '| case | screen | lang | situation | questions | clicks | screens | page heights | scroll (screen heights) | per screen | start button | outcome (h1) | what decided it | first action | print button |',
);
console.log('|' + ' --- |'.repeat(15));
for (const r of rows) console.log(`| ${r} |`);
