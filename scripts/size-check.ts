// Prints the gzipped bytes of what a first visit downloads — the start page in the visitor's
// language (index.html in French, index.en.html…: ADR 0012), the JS and CSS it loads eagerly,
// and that language's locale files — for every language of the content, and fails when any is
// above the budget in size-budget.json. It reads Vite's build manifest, so the eager graph is
// exact, not guessed from file names.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
// The namespaces i18next loads before the first paint; the others come with their screens.
import { INITIAL_NAMESPACES } from '../src/i18n/namespaces.ts';
import { startPageFile } from '../src/i18n/startPage.ts';

interface Chunk {
  file: string;
  src?: string;
  isEntry?: boolean;
  imports?: string[];
  css?: string[];
}

const dist = process.argv[2] ?? 'dist';
const { languages, reference } = JSON.parse(readFileSync('content/content.json', 'utf8')) as {
  languages: string[];
  reference: string;
};
const budget = JSON.parse(readFileSync('size-budget.json', 'utf8')) as { firstVisitKiB: number };
const manifest = JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8')) as Record<
  string,
  Chunk
>;
const gz = (file: string) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;
const kib = (n: number) => (n / 1024).toFixed(1).padStart(7);

// The scripts and styles are the same in every language.
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

/** What the page itself names beyond the bundle's graph: boot.js, its classic scripts joined. */
const namedByPage = (html: string) =>
  [...html.matchAll(/<script\b[^>]*\bsrc="\.\/([^"]+)"/g)]
    .map((m) => m[1]!)
    .filter((f) => !eager.has(f));

let over = false;
for (const lang of languages) {
  const locale = Object.values(manifest)
    .filter((c) => INITIAL_NAMESPACES.some((ns) => c.src === `content/locales/${lang}/${ns}.json`))
    .map((c) => c.file);
  const page = startPageFile(lang, reference);
  const rows: [string, number][] = [[page, gz(page)]];
  for (const f of [...eager, ...namedByPage(readFileSync(join(dist, page), 'utf8'))].sort())
    rows.push([f, gz(f)]);
  for (const f of locale.sort()) rows.push([`${f} (locale ${lang})`, gz(f)]);
  const total = rows.reduce((s, [, n]) => s + n, 0);
  console.log(`first visit in ${lang}:`);
  for (const [f, n] of rows) console.log(`${kib(n)} KiB  ${f}`);
  console.log(
    `${kib(total)} KiB  first visit in ${lang}, gzipped (budget ${budget.firstVisitKiB} KiB)`,
  );
  if (total > budget.firstVisitKiB * 1024) {
    console.error(
      `size check failed: ${lang}: ${kib(total).trim()} KiB > budget ${budget.firstVisitKiB} KiB`,
    );
    over = true;
  }
}
if (over) process.exit(1);
