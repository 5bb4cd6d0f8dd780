// Reading the address: `#/` and `#/<step>` are the wizard's steps, `#/<route>…` a page of the
// registry; any other `#/…` (an unknown name, a malformed escape) is "page not found", never
// a crash. A hash not starting with `#/` (the skip link's `#main`) is no route at all.
import { isStep, type Step } from '../../domain/wizard/steps';
import { NOT_FOUND, pageForRoute, type PageScreen } from './screens';

export type Route =
  | { kind: 'step'; step: Step }
  | { kind: 'page'; screen: PageScreen; rest: string }
  | { kind: 'not-found'; screen: PageScreen; rest: string };

/** Whether every percent-escape of the text decodes (pages decode their sub-routes). */
function decodes(text: string): boolean {
  try {
    // The result is used on purpose: the minifier drops a call whose result is unused, and
    // with it the check (the built app crashed on `#/worksheet/%E0%A4%A` that way).
    return typeof decodeURIComponent(text) === 'string';
  } catch {
    return false;
  }
}

export function routeFromHash(hash: string): Route | null {
  if (hash === '' || hash === '#' || hash === '#/') return { kind: 'step', step: 'start' };
  if (!hash.startsWith('#/')) return null;
  const path = hash.slice(2);
  const notFound: Route = { kind: 'not-found', screen: NOT_FOUND, rest: '' };
  if (!decodes(path)) return notFound;
  if (isStep(path)) return { kind: 'step', step: path };
  const m = /^([a-z][a-z-]*)([/?].*)?$/.exec(path);
  const screen = m ? pageForRoute(m[1]!) : undefined;
  if (!screen) return notFound;
  return { kind: 'page', screen, rest: m![2] ?? '' };
}

/** A page (or "not found") rather than a wizard step. */
export type PageRoute = Exclude<Route, { kind: 'step' }>;

export function pageFromHash(hash: string): PageRoute | null {
  const route = routeFromHash(hash);
  return route && route.kind !== 'step' ? route : null;
}
