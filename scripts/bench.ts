// npm run bench: builds, serves the build on loopback and prints
//   1. the gzipped first-visit size (HTML, eager JS and CSS, one language's locale files);
//   2. Lighthouse scores (mobile preset, simulated throttling, Debian Chromium), median of 3,
//      with the browser in French and in English;
//   3. the step-transition times of the wizard (scripts/bench-steps.ts).
// Figures go to docs/performance.md by hand, with date and machine. Timings are printed, never
// asserted: this is a benchmark, not a gate (the size budget is enforced by npm test).
//   BENCH_DIST=<dir>  build into and serve that folder (default dist/)
//   BENCH_RUNS=<n>    Lighthouse runs per language (default 3); BENCH_WALKS, BENCH_CPU: see
//                     bench-steps.ts
//   BENCH_OBSERVED_RUNS=<n>  Lighthouse runs per language with devtools throttling (default 1,
//                     0 to skip): the page really slowed down (CPU ×4, 150 ms, 1.6 Mbit/s) and
//                     timed as observed, a cross-check of the simulation's estimate
//   BENCH_LANGS=<l,l> the browser's languages for Lighthouse (default fr-BE,en-GB)
//   BENCH_SERVER=nginx|static  serve the build through the shipped deploy/nginx.conf (default:
//                     gzip, cache headers and CSP as deployed) or through the plain node file
//                     server of the e2e tests (no compression: scripts weigh ≈3× more)
import { execFileSync } from 'node:child_process';
import { cpus, totalmem } from 'node:os';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { browserPath as chromiumPath, CHROMIUM_ARGS } from '../tests/e2e/support/chromium';
import { serveDist } from '../tests/e2e/support/server';
import { startNginx } from './nginx';

const dist = process.env.BENCH_DIST ?? 'dist';
const runs = Number(process.env.BENCH_RUNS ?? 3);
const observedRuns = Number(process.env.BENCH_OBSERVED_RUNS ?? 1);
// The browser's languages: the reference language (pre-rendered) and the other one.
const langs = (process.env.BENCH_LANGS ?? 'fr-BE,en-GB').split(',');
const METRICS = {
  'first-contentful-paint': 'FCP ms',
  'largest-contentful-paint': 'LCP ms',
  'total-blocking-time': 'TBT ms',
  'cumulative-layout-shift': 'CLS',
  'speed-index': 'SI ms',
  // Not scored: roughly when the app has taken over the pre-rendered page (its buttons work).
  interactive: 'TTI ms',
} as const;
const browserPath = chromiumPath();

const median = (xs: number[]) => {
  const s = xs.filter((x) => !Number.isNaN(x)).sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
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

const serverKind = process.env.BENCH_SERVER ?? 'nginx';
if (serverKind !== 'nginx' && serverKind !== 'static')
  throw new Error(`BENCH_SERVER=${serverKind}: expected nginx or static`);
// Lighthouse models the download of what it observed: the bytes must be the ones a deployed
// server sends, so by default the build is served as deployed (deploy/nginx.conf, gzip on).
const server =
  serverKind === 'nginx'
    ? await startNginx(dist).then((n) => ({ url: n.url, close: n.stop }))
    : await serveDist(dist);
section(
  `served by ${serverKind === 'nginx' ? 'nginx with deploy/nginx.conf' : 'node, uncompressed'}`,
);
try {
  for (const lang of langs) await lighthouseRuns(server.url, lang, 'simulate', runs);
  // The simulation estimates a slow phone from a fast trace; devtools throttling slows the
  // page down for real and reports what happened. Printed beside it, never instead of it.
  if (observedRuns > 0)
    for (const lang of langs) await lighthouseRuns(server.url, lang, 'devtools', observedRuns);
} finally {
  await server.close();
}

/**
 * Lighthouse `runs` times with the browser in one language, throttling simulated (the scores
 * of the budget) or applied through devtools (observed timings). The start page is
 * pre-rendered in each language (ADR 0011, 0012); nginx sends the browser's one.
 */
async function lighthouseRuns(
  url: string,
  lang: string,
  throttlingMethod: 'simulate' | 'devtools',
  runs: number,
): Promise<void> {
  section(
    `Lighthouse ${runs}× (mobile preset, ${throttlingMethod === 'simulate' ? 'simulated' : 'devtools'} throttling), browser in ${lang}, ${url}`,
  );
  const chrome = await chromeLauncher.launch({
    chromePath: browserPath,
    chromeFlags: [...CHROMIUM_ARGS, `--lang=${lang}`, `--accept-lang=${lang}`],
  });
  const scores: Record<string, number[]> = {};
  const metrics: Record<string, number[]> = {};
  try {
    for (let i = 0; i < runs; i++) {
      const result = await lighthouse(url, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        throttlingMethod,
        onlyCategories: ['performance', 'accessibility', 'best-practices'],
      });
      if (!result) throw new Error('Lighthouse returned nothing');
      const { categories, audits, runtimeError } = result.lhr;
      // A run Lighthouse could not measure is said, not averaged in as zeros.
      if (runtimeError) {
        console.log(`run ${i + 1}: failed, ${runtimeError.code}: ${runtimeError.message}`);
        continue;
      }
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
      // What Lighthouse counted as the largest paint, to tell which element to look at.
      const lcp = audits['largest-contentful-paint-element']?.details as
        { items?: { items?: { node?: { snippet?: string } }[] }[] } | undefined;
      const lcpNode = lcp?.items?.[0]?.items?.[0]?.node?.snippet?.slice(0, 60) ?? '?';
      console.log(
        `run ${i + 1}: ` +
          Object.entries(categories)
            .map(([id, c]) => `${id} ${Math.round((c.score ?? 0) * 100)}`)
            .join(' · ') +
          (failing.length ? ` · failing: ${failing.join(', ')}` : '') +
          ` · LCP element ${lcpNode}`,
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
}

// The wizard's own benchmark (scripts/bench-steps.ts): click on "next" → next heading painted,
// whole cases, CPU slowed 4×. It serves the build by itself.
section('step transitions (npm run bench:steps)');
execFileSync('npx', ['tsx', 'scripts/bench-steps.ts'], {
  stdio: 'inherit',
  env: { ...process.env, DISCERNE_DIST: dist },
});
