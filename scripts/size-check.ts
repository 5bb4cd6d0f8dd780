// Prints the gzipped bytes of what a first visit downloads — the HTML, the JS and CSS it loads
// eagerly, and one language's locale files — and fails above the budget in size-budget.json.
// It reads Vite's build manifest, so the eager graph is exact, not guessed from file names.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
// The namespaces i18next loads before the first paint; the others come with their screens.
import { INITIAL_NAMESPACES } from '../src/i18n/namespaces.ts';

interface Chunk {
  file: string;
  src?: string;
  isEntry?: boolean;
  imports?: string[];
  css?: string[];
}

const dist = process.argv[2] ?? 'dist';
const lang = process.env.DISCERNE_SIZE_LANG ?? 'fr';
const budget = JSON.parse(readFileSync('size-budget.json', 'utf8')) as { firstVisitKiB: number };
const manifest = JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8')) as Record<
  string,
  Chunk
>;
const gz = (file: string) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;

const eager = new Set<string>();
const visit = (name: string) => {
  const chunk = manifest[name];
  if (!chunk || eager.has(chunk.file)) return;
  eager.add(chunk.file);
  chunk.css?.forEach((c) => eager.add(c));
  chunk.imports?.forEach(visit);
};
Object.entries(manifest)
  .filter(([, c]) => c.isEntry)
  .forEach(([name]) => visit(name));
const locale = Object.values(manifest)
  .filter((c) => INITIAL_NAMESPACES.some((ns) => c.src === `content/locales/${lang}/${ns}.json`))
  .map((c) => c.file);

const rows: [string, number][] = [['index.html', gz('index.html')]];
for (const f of [...eager].sort()) rows.push([f, gz(f)]);
for (const f of locale.sort()) rows.push([`${f} (locale ${lang})`, gz(f)]);
const total = rows.reduce((s, [, n]) => s + n, 0);
const kib = (n: number) => (n / 1024).toFixed(1).padStart(7);
for (const [f, n] of rows) console.log(`${kib(n)} KiB  ${f}`);
console.log(`${kib(total)} KiB  first visit, gzipped (budget ${budget.firstVisitKiB} KiB)`);
if (total > budget.firstVisitKiB * 1024) {
  console.error(`size check failed: ${kib(total).trim()} KiB > budget ${budget.firstVisitKiB} KiB`);
  process.exit(1);
}
