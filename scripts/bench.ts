// npm run bench: builds, serves the build on loopback and prints
//   1. the gzipped first-visit size (HTML, eager JS and CSS, one language's locale files);
//   2. Lighthouse scores (mobile preset, simulated throttling, Debian Chromium), median of 3;
//   3. the step-transition time of the wizard: click → the new step's heading painted.
// Figures go to docs/performance.md by hand, with date and machine. Timings are printed, never
// asserted: this is a benchmark, not a gate (the size budget is enforced by npm test).
//   BENCH_DIST=<dir>  build into and serve that folder (default dist/)
//   BENCH_RUNS=<n>    Lighthouse runs (default 3); BENCH_WALKS=<n> wizard walks (default 7)
import { execFileSync } from 'node:child_process';
import { cpus, totalmem } from 'node:os';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromium, type Page } from 'playwright-core';
import { key } from '../src/domain/content/keys';
import { POSTURES } from '../src/domain/content/types';
import { serveDist } from '../tests/e2e/support/server';
import { casesByOutcome, type WalkCase } from '../tests/e2e/support/outcome-cases';
import { texts } from '../tests/e2e/support/texts';

const dist = process.env.BENCH_DIST ?? 'dist';
const runs = Number(process.env.BENCH_RUNS ?? 3);
const walks = Number(process.env.BENCH_WALKS ?? 7);
const browserPath = process.env.DISCERNE_BROWSER ?? process.env.CHROME_PATH ?? '/usr/bin/chromium';
const FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

// Runs in the page. A string, not a function: tsx's helpers (__name) do not exist there.
const TIMED_CLICK = `({ button, title }) => new Promise((resolve, reject) => {
  const target = [...document.querySelectorAll('button')].find((b) => b.textContent.trim() === button);
  if (!target) return reject(new Error('no button ' + button));
  const start = performance.now();
  const done = () => {
    const h1 = document.querySelector('h1');
    return h1 && h1.textContent === title && !document.querySelector('main [role="status"]');
  };
  // The frame after the DOM change: the new step is painted.
  const finish = () => requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - start), 0));
  const observer = new MutationObserver(() => {
    if (!done()) return;
    observer.disconnect();
    finish();
  });
  observer.observe(document.body, { subtree: true, childList: true, characterData: true });
  target.click();
  if (done()) { observer.disconnect(); finish(); }
})`;

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)]!;
};
const section = (title: string) => console.log(`\n== ${title}`);

section('machine');
const chromeVersion = execFileSync(browserPath, ['--version'], {
  encoding: 'utf8',
  stdio: ['ignore', 'pipe', 'ignore'], // Debian's wrapper script chatters on stderr
}).trim();
console.log(
  `${new Date().toISOString().slice(0, 10)} · Node ${process.version} · ${cpus().length} cores ` +
    `(${cpus()[0]?.model.trim()}) · ${(totalmem() / 2 ** 30).toFixed(1)} GiB · ${chromeVersion}`,
);

section(`build into ${dist}`);
execFileSync('npx', ['vite', 'build', '--outDir', dist, '--emptyOutDir', '--logLevel', 'warn'], {
  stdio: 'inherit',
});

section('first-visit size (gzip -9)');
try {
  execFileSync('npx', ['tsx', 'scripts/size-check.ts', dist], { stdio: 'inherit' });
} catch {
  console.log('(over budget: npm test fails on this)');
}

const server = await serveDist(dist);
try {
  section(`Lighthouse ${runs}× (mobile preset, simulated throttling) on ${server.url}`);
  const chrome = await chromeLauncher.launch({ chromePath: browserPath, chromeFlags: FLAGS });
  const scores: Record<string, number[]> = {};
  const metrics: Record<string, number[]> = {};
  const METRICS = {
    'first-contentful-paint': 'FCP ms',
    'largest-contentful-paint': 'LCP ms',
    'total-blocking-time': 'TBT ms',
    'cumulative-layout-shift': 'CLS',
    'speed-index': 'SI ms',
  } as const;
  try {
    for (let i = 0; i < runs; i++) {
      const result = await lighthouse(server.url, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility', 'best-practices'],
      });
      if (!result) throw new Error('Lighthouse returned nothing');
      const { categories, audits } = result.lhr;
      for (const [id, c] of Object.entries(categories))
        (scores[id] ??= []).push(Math.round((c.score ?? 0) * 100));
      for (const id of Object.keys(METRICS))
        (metrics[id] ??= []).push(audits[id]?.numericValue ?? NaN);
      const failing = Object.values(audits)
        .filter(
          (a) =>
            a.score !== null &&
            a.score < 1 &&
            a.scoreDisplayMode === 'binary' &&
            a.id !== 'redirects',
        )
        .map((a) => a.id);
      console.log(
        `run ${i + 1}: ` +
          Object.entries(categories)
            .map(([id, c]) => `${id} ${Math.round((c.score ?? 0) * 100)}`)
            .join(' · ') +
          (failing.length ? ` · failing: ${failing.join(', ')}` : ''),
      );
    }
  } finally {
    chrome.kill();
  }
  for (const [id, xs] of Object.entries(scores)) console.log(`median ${id}: ${median(xs)}`);
  for (const [id, label] of Object.entries(METRICS)) {
    const xs = metrics[id]!;
    console.log(
      `median ${label}: ${id === 'cumulative-layout-shift' ? median(xs).toFixed(3) : Math.round(median(xs))}`,
    );
  }

  section(`step transitions, ${walks} whole cases (click → new heading painted)`);
  const durations = await stepTransitions(server.url, walks);
  for (const [name, xs] of Object.entries(durations))
    console.log(
      `${name.padEnd(20)} median ${median(xs).toFixed(1).padStart(6)} ms · p95 ${quantile(xs, 0.95).toFixed(1).padStart(6)} ms · max ${Math.max(
        ...xs,
      )
        .toFixed(1)
        .padStart(6)} ms`,
    );
  const all = Object.values(durations).flat();
  console.log(
    `${'all'.padEnd(20)} median ${median(all).toFixed(1).padStart(6)} ms · p95 ${quantile(all, 0.95).toFixed(1).padStart(6)} ms (n=${all.length})`,
  );
} finally {
  await server.close();
}

/** Clicks the button named `button` and resolves with the time until `title` is painted. */
function timedClick(page: Page, button: string, title: string): Promise<number> {
  return page.evaluate<number>(`(${TIMED_CLICK})(${JSON.stringify({ button, title })})`);
}

async function stepTransitions(url: string, count: number): Promise<Record<string, number[]>> {
  const t = texts('fr');
  const cases = [...casesByOutcome().values()];
  const browser = await chromium.launch({ executablePath: browserPath, args: FLAGS });
  const out: Record<string, number[]> = {};
  const record = (name: string, ms: number) => (out[name] ??= []).push(ms);
  try {
    for (let i = 0; i < count; i++) {
      const walk: WalkCase = cases[i % cases.length]!;
      const context = await browser.newContext({ locale: 'fr-BE' });
      const page = await context.newPage();
      await page.goto(url);
      await page.getByRole('heading', { level: 1, name: t('steps.start') }).waitFor();
      // The worker reads the start page: the next step's chunk is warmed meanwhile.
      await page.waitForLoadState('networkidle');
      record('start → situation', await timedClick(page, t('start.begin'), t('steps.situation')));
      await page
        .getByRole('radio', {
          name: new RegExp(
            `^${t(key.situationTitle(walk.situation), 'content').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`,
          ),
        })
        .check();
      await page
        .getByRole('radio', {
          name: t(key.jurisdictionName(walk.jurisdiction), 'content'),
          exact: true,
        })
        .check();
      let from = 'situation';
      let next = t('actions.next');
      for (const posture of POSTURES) {
        record(
          `${from} → ${posture}`,
          await timedClick(page, next, t(key.postureQuestion(posture), 'content')),
        );
        await page.waitForLoadState('networkidle');
        for (const q of walk.path[posture])
          for (const o of walk.answers[q] ?? [])
            await page
              .getByRole('group', { name: t(key.questionLabel(q), 'content'), exact: true })
              .getByRole('radio', { name: t(key.option(q, o), 'content'), exact: true })
              .or(
                page
                  .getByRole('group', { name: t(key.questionLabel(q), 'content'), exact: true })
                  .getByRole('checkbox', { name: t(key.option(q, o), 'content'), exact: true }),
              )
              .check();
        from = posture;
        next = t('actions.next');
      }
      record('can → review', await timedClick(page, next, t('steps.review')));
      await page.waitForLoadState('networkidle');
      record('review → result', await timedClick(page, t('review.confirm'), t('steps.result')));
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return out;
}
