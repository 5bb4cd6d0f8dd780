// npm run content:map -- <situation> [country] [--lng en] [--out file.svg]
// Writes the decision map of one situation in one country as an SVG file, drawn from the content
// folder as it is, so an author can review a change to questions, conditions or rules as a
// picture (ADR 0018). Words from content/locales/<lng> (French, the reference, by default).
import i18next from 'i18next';
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { checkContent } from '../src/domain/content/check.ts';
import { formatProblem } from '../src/domain/content/problem.ts';
import { buildMap, layoutMap, renderSvg } from '../src/domain/map/index.ts';
import { i18nOptions } from '../src/i18n/options.ts';
import { NAMESPACES } from '../src/i18n/namespaces.ts';
import { mapWords, withResources } from '../src/ui/map/mapWords.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    lng: { type: 'string' },
    out: { type: 'string' },
    content: { type: 'string', default: 'content' },
  },
});
const dir = resolve(values.content ?? 'content');
const { content, locales, problems } = checkContent(dir, { namespaces: NAMESPACES });
if (!content || problems.length > 0) {
  for (const p of problems) console.error(formatProblem(p));
  console.error(`\nThe content has problems: fix them first (npm run content:check).`);
  process.exit(1);
}
const [situation, country = content.jurisdictions.default] = positionals;
const situations = content.situations.situations.map((s) => s.id);
const countries = content.jurisdictions.jurisdictions.map((j) => j.id);
const lng = values.lng ?? content.manifest.reference;
if (!situation || !situations.includes(situation) || !countries.includes(country)) {
  console.error('usage: npm run content:map -- <situation> [country] [--lng en] [--out file.svg]');
  console.error(`situations: ${situations.join(', ')}`);
  console.error(`countries: ${countries.join(', ')} (default ${content.jurisdictions.default})`);
  process.exit(1);
}
if (!content.manifest.languages.includes(lng)) {
  console.error(`--lng: one of ${content.manifest.languages.join(', ')}`);
  process.exit(1);
}

const i18n = i18next.createInstance();
await i18n.init({
  ...i18nOptions(lng, content.manifest.languages),
  resources: locales as Record<string, Record<string, object>>,
  ns: [...NAMESPACES],
  initAsync: false,
});
const t = i18n.getFixedT(lng, ['screens', 'ui']);
const map = buildMap(content, situation, country);
const words = mapWords(
  withResources(i18n, (k, o) => t(k, o)),
  content,
  map,
);
const svg = renderSvg(layoutMap(map, words), words);
const out = resolve(values.out ?? `decision-map-${situation}-${country}.${lng}.svg`);
writeFileSync(out, `<?xml version="1.0" encoding="UTF-8"?>\n${svg}\n`);
const count = (kind: string) => map.nodes.filter((n) => n.kind === kind).length;
console.log(
  `${out}: ${count('question')} questions, ${count('option')} answers, ${count('rule')} rules, ${map.edges.filter((e) => e.kind === 'opens').length} conditional openings`,
);
