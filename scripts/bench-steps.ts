// npm run bench:steps: the time from a click on "next" to the next step's heading painted, over
// whole cases, in headless Chromium with the CPU slowed 4× (a modest office laptop). Prints the
// median per transition and overall against the 50 ms target; asserts nothing.
// It builds nothing: it serves dist/ (or DISCERNE_DIST) as it is — `npm run build` first.
//   DISCERNE_DIST=<dir>  the build to serve (default dist/)
//   BENCH_WALKS=<n>      whole cases walked (default 5), each in a fresh browser context
//   BENCH_CPU=<rate>     CPU slowdown (default 4)
import type { Page } from 'playwright-core';
import { key } from '../src/domain/content/keys';
import { POSTURES } from '../src/domain/content/types';
import { launch } from '../tests/e2e/support/chromium';
import { READY_ATTRIBUTE } from '../src/ui/host/readyMarker';
import { appReady } from '../tests/e2e/support/ready';
import { casesByOutcome, type WalkCase } from '../tests/e2e/support/outcome-cases';
import { serveDist } from '../tests/e2e/support/server';
import { texts } from '../tests/e2e/support/texts';

const TARGET_MS = 50;
const dist = process.env.DISCERNE_DIST ?? 'dist';
const walks = Number(process.env.BENCH_WALKS ?? 5);
const cpuRate = Number(process.env.BENCH_CPU ?? 4);
const t = texts('fr');

// Runs in the page, as a string (tsx's helpers do not exist there). Clicks the button, then
// resolves with two times: until the heading reads `title` and a frame is painted, and until the
// step's screen is ready (the host's readiness marker, src/ui/host/readyMarker.ts: its code and
// words there, as the tests wait for it) and painted.
const TIMED_CLICK = `({ button, title, id, attribute }) => new Promise((resolve, reject) => {
  const target = [...document.querySelectorAll('button')].find((b) => b.textContent.trim() === button);
  if (!target) return reject(new Error('no button ' + button));
  const heading = () => {
    const h1 = document.querySelector('h1');
    return h1 !== null && h1.textContent.trim() === title && h1.getClientRects().length > 0;
  };
  const screen = () => heading() && document.querySelector('main')?.getAttribute(attribute) === id;
  const start = performance.now();
  const out = {};
  const painted = (name) => requestAnimationFrame(() => setTimeout(() => {
    out[name] = performance.now() - start;
    if (out.heading !== undefined && out.screen !== undefined) resolve(out);
  }, 0));
  const check = () => {
    if (out.h === undefined && heading()) { out.h = true; painted('heading'); }
    if (out.s === undefined && screen()) { out.s = true; painted('screen'); }
    if (out.h && out.s) observer.disconnect();
  };
  const observer = new MutationObserver(check);
  // The readiness marker is an attribute of <main>: watched too, or the last change is missed.
  observer.observe(document.body, {
    subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: [attribute],
  });
  target.click();
})`;

/** Resolves once the page has been idle twice (each wait 3 s at most). */
const IDLE = `new Promise((ok) => requestIdleCallback(
  () => requestIdleCallback(() => ok(), { timeout: 3000 }), { timeout: 3000 }))`;

/** Clicks `button` and times until `title` shows and the screen `id` of the registry is ready. */
const timedClick = async (page: Page, button: string, title: string, id: string) => {
  // The worker clicks once the button is there (a screen may still be rendering).
  await page.getByRole('button', { name: button, exact: true }).waitFor();
  return page.evaluate<{ heading: number; screen: number }>(
    `(${TIMED_CLICK})(${JSON.stringify({ button, title, id, attribute: READY_ATTRIBUTE })})`,
  );
};

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const max = (xs: number[]) => Math.max(...xs);

async function fill(page: Page, walk: WalkCase, posture: (typeof POSTURES)[number]) {
  for (const q of walk.path[posture])
    for (const o of walk.answers[q] ?? []) {
      const group = page.getByRole('group', {
        name: t(key.questionLabel(q, walk.situation), 'content'),
        exact: true,
      });
      await group
        .getByRole('radio', { name: t(key.option(q, o), 'content'), exact: true })
        .or(group.getByRole('checkbox', { name: t(key.option(q, o), 'content'), exact: true }))
        .check();
    }
}

const server = await serveDist(dist);
const browser = await launch();
const times: Record<string, number[]> = {};
const screens: number[] = [];
const record = (name: string, ms: { heading: number; screen: number }) => {
  (times[name] ??= []).push(ms.heading);
  screens.push(ms.screen);
};
try {
  const cases = [...casesByOutcome().values()];
  for (let i = 0; i < walks; i++) {
    const walk = cases[i % cases.length]!;
    const context = await browser.newContext({ locale: 'fr-BE' });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuRate });
    await page.goto(server.url);
    await appReady(page);
    // Between clicks the worker reads: the app warms the next screens meanwhile. Read until the
    // network is quiet and the page has been idle twice: the warming starts at the first idle
    // moment, and at CPU ×4 the network may be quiet before it comes (ADR 0027).
    const read = async () => {
      await page.waitForLoadState('networkidle');
      await page.evaluate(IDLE);
    };
    await read();
    // A fresh context remembers no country: its step comes first (ADR 0023).
    record(
      'start → country',
      await timedClick(page, t('start.begin'), t('steps.country'), 'country'),
    );
    await page
      .getByRole('radio', {
        name: t(key.jurisdictionName(walk.jurisdiction), 'content'),
        exact: true,
      })
      .check();
    await read();
    record(
      'country → situation',
      await timedClick(page, t('actions.next'), t('steps.situation'), 'situation'),
    );
    await page
      .getByRole('radio', {
        name: new RegExp(
          `^${t(key.situationTitle(walk.situation), 'content').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`,
        ),
      })
      .check();
    let from = 'situation';
    for (const posture of POSTURES) {
      await read();
      const title = t(key.postureQuestion(posture), 'content');
      record(`${from} → ${posture}`, await timedClick(page, t('actions.next'), title, posture));
      await fill(page, walk, posture);
      from = posture;
    }
    await read();
    record('can → review', await timedClick(page, t('actions.next'), t('steps.review'), 'review'));
    await read();
    // The result's heading is its outcome in words.
    record(
      'review → result',
      await timedClick(
        page,
        t('review.confirm'),
        t(key.outcomeTitle(walk.outcome), 'content'),
        'result',
      ),
    );
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}

const all = Object.values(times).flat();
console.log(
  `step transitions: click → next heading painted · ${walks} whole cases · CPU ×${cpuRate} · ${dist}`,
);
for (const [name, xs] of Object.entries(times))
  console.log(
    `  ${name.padEnd(20)} median ${median(xs).toFixed(1).padStart(6)} ms   max ${max(xs).toFixed(1).padStart(6)} ms`,
  );
const m = median(all);
console.log(
  `  ${'all'.padEnd(20)} median ${m.toFixed(1).padStart(6)} ms   max ${max(all).toFixed(1).padStart(6)} ms   (n=${all.length})`,
);
console.log(`  target: median under ${TARGET_MS} ms — ${m < TARGET_MS ? 'met' : 'NOT met'}`);
console.log(
  `  screen ready (registry readiness) and painted: median ${median(screens).toFixed(1)} ms   max ${max(screens).toFixed(1)} ms`,
);
