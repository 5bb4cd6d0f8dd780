// npm run bench:map: how long the decision map of the largest situation takes to lay out and
// draw. In node: buildMap, layoutMap and renderSvg alone. In headless Chromium with the CPU slowed
// 4× (a modest office laptop): from the address changing to the map page's drawing of that
// situation painted (the page's chunk already loaded), lists and table included. Target 250 ms;
// prints figures, asserts nothing. Serves dist/ as it is — `npm run build` first.
//   DISCERNE_DIST=<dir>  the build to serve (default dist/)
//   BENCH_RUNS=<n>       runs in the browser (default 7)
//   BENCH_CPU=<rate>     CPU slowdown (default 4)
import i18next from 'i18next';
import { performance } from 'node:perf_hooks';
import { checkContent } from '../src/domain/content/check.ts';
import { formatProblem } from '../src/domain/content/problem.ts';
import { buildMap, layoutMap, renderSvg } from '../src/domain/map/index.ts';
import { i18nOptions } from '../src/i18n/options.ts';
import { NAMESPACES } from '../src/i18n/namespaces.ts';
import { keptTranslate, mapWords, withResources } from '../src/ui/map/mapWords.ts';
import { launch } from '../tests/e2e/support/chromium.ts';
import { appReady } from '../tests/e2e/support/ready.ts';
import { serveDist } from '../tests/e2e/support/server.ts';

const TARGET_MS = 250;
const dist = process.env.DISCERNE_DIST ?? 'dist';
const runs = Number(process.env.BENCH_RUNS ?? 7);
const cpuRate = Number(process.env.BENCH_CPU ?? 4);

const { content, locales, problems } = checkContent('content', { namespaces: NAMESPACES });
if (!content || problems.length > 0) {
  problems.forEach((p) => console.error(formatProblem(p)));
  process.exit(1);
}
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

// The largest map: the most nodes and edges over every situation and country.
const combos = content.situations.situations.flatMap((s) =>
  content.jurisdictions.jurisdictions.map((j) => ({ situation: s.id, jurisdiction: j.id })),
);
const size = (c: (typeof combos)[number]) => {
  const m = buildMap(content, c.situation, c.jurisdiction);
  return m.nodes.length + m.edges.length;
};
const largest = combos.reduce((a, b) => (size(b) > size(a) ? b : a));
const jurisdiction = largest.jurisdiction;
const map0 = buildMap(content, largest.situation, jurisdiction);
console.log(
  `largest map: ${largest.situation} in ${jurisdiction} — ${map0.nodes.length} nodes, ${map0.edges.length} edges`,
);

const i18n = i18next.createInstance();
await i18n.init({
  ...i18nOptions('fr', content.manifest.languages),
  resources: locales as Record<string, Record<string, object>>,
  ns: [...NAMESPACES],
  initAsync: false,
});
const t = i18n.getFixedT('fr', ['screens', 'ui']);
const phases: Record<string, number[]> = { build: [], layout: [], svg: [], total: [] };
for (let i = 0; i < 60; i++) {
  const t0 = performance.now();
  const map = buildMap(content, largest.situation, jurisdiction);
  const t1 = performance.now();
  const words = mapWords(
    keptTranslate(
      i18n,
      'fr',
      withResources(i18n, (k, o) => t(k, o)),
    ),
    content,
    map,
  );
  const layout = layoutMap(map, words);
  const t2 = performance.now();
  renderSvg(layout, words);
  const t3 = performance.now();
  if (i < 10) continue; // warm-up
  phases.build!.push(t1 - t0);
  phases.layout!.push(t2 - t1);
  phases.svg!.push(t3 - t2);
  phases.total!.push(t3 - t0);
}
// Words are kept per language after the first map (keptTranslate), as in the page.
console.log(
  `node (no slowdown, words kept): build ${median(phases.build!).toFixed(2)} ms · layout ${median(phases.layout!).toFixed(2)} ms · svg ${median(phases.svg!).toFixed(2)} ms · total ${median(phases.total!).toFixed(2)} ms (median of 50)`,
);

// In the page: from the hash change to the new drawing painted.
const TIMED = `({ hash, title }) => new Promise((resolve) => {
  const start = performance.now();
  const done = () => [...document.querySelectorAll('.map-drawing svg title')].some((x) => x.textContent === title);
  const observer = new MutationObserver(() => {
    if (!done()) return;
    observer.disconnect();
    requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - start), 0));
  });
  observer.observe(document.body, { subtree: true, childList: true, characterData: true });
  location.hash = hash;
})`;
const server = await serveDist(dist);
const browser = await launch();
const times: number[] = [];
try {
  const context = await browser.newContext({ locale: 'fr-BE' });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuRate });
  const other = combos.find((c) => c.situation !== largest.situation)!;
  await page.goto(`${server.url}#/map/${other.situation}/${other.jurisdiction}`);
  await appReady(page);
  await page.locator('.map-page[data-ready="true"] .map-drawing svg').waitFor();
  const title = (situation: string, j: string) =>
    t('map.drawingTitle', {
      situation: t(`situation.${situation}.title`, { ns: 'content' }),
      jurisdiction: t(`jurisdiction.${j}.name`, { ns: 'content' }),
    });
  for (let i = 0; i < runs; i++) {
    times.push(
      await page.evaluate<number>(
        `(${TIMED})(${JSON.stringify({ hash: `#/map/${largest.situation}/${jurisdiction}`, title: title(largest.situation, jurisdiction) })})`,
      ),
    );
    // Back to another map, so the next run draws the largest one afresh.
    await page.evaluate<number>(
      `(${TIMED})(${JSON.stringify({ hash: `#/map/${other.situation}/${other.jurisdiction}`, title: title(other.situation, other.jurisdiction) })})`,
    );
  }
  await context.close();
} finally {
  await browser.close();
  await server.close();
}
console.log(
  `Chromium, CPU ×${cpuRate}: hash change → largest map drawn and painted (with its lists): median ${median(times).toFixed(1)} ms, max ${Math.max(...times).toFixed(1)} ms over ${runs} runs (target ≤ ${TARGET_MS} ms) ${median(times) <= TARGET_MS ? 'OK' : 'OVER'}`,
);
