// Which built file holds the start page pre-rendered in a language (ADR 0012): `index.html` in
// the reference language, `index.<lang>.html` in each other one. The build writes them
// (scripts/vite-plugin-prerender.ts); the service worker (src/sw.ts) and the server
// (deploy/nginx.conf, same names and the same order of choice) serve the visitor's one, so an
// English browser never sees the French page first. Any page still works in any language: the
// app renders afresh when the page's language is not the visit's.
import { pickLanguage } from './languages.ts';

interface Languages {
  languages: readonly string[];
  reference: string;
}

export function startPageFile(language: string, reference: string): string {
  return language === reference ? 'index.html' : `index.${language}.html`;
}

/** The start page for a visit: `?lng=` in the URL, else the browser's languages, as the app. */
export function startPageFor(
  { languages, reference }: Languages,
  search: string,
  browser: readonly string[],
): string {
  return startPageFile(pickLanguage(languages, reference, search, browser), reference);
}
