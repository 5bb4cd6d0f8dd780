// The hash routes of the pages registered in src/ui/pages.tsx, read from its source: importing
// the module in node would pull in the browser-only i18n set-up (a virtual Vite module).
import { readFileSync } from 'node:fs';

export function registeredPages(): string[] {
  const source = readFileSync('src/ui/pages.tsx', 'utf8');
  const registry = /export const PAGES[^=]*=\s*\{([\s\S]*?)\n\};/.exec(source)?.[1];
  if (!registry) throw new Error('src/ui/pages.tsx: PAGES registry not found');
  const names = [...registry.matchAll(/^\s*'?([a-z][a-z-]*)'?\s*:/gm)].map((m) => m[1]!);
  if (names.length === 0) throw new Error('src/ui/pages.tsx: no page registered');
  return names;
}
