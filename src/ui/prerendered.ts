// Whether the browser can take over the start page pre-rendered into index.html (hydrate it,
// keeping its DOM) or must render afresh. The pre-render is a fresh visit to the start page in
// the reference language; anything else — another language, a saved case to offer, a share
// link, a page of the hash, an injected fault — renders differently, and hydrating different
// markup would make React throw it away with an error. See ADR 0011.
import type { Boot } from './case/boot';
import { FRESH_BOOT } from './case/startBoot';
import { injectedFault } from './faults';
import { pageFromHash } from './host/routes';
import { PRERENDERED_ATTRIBUTE } from './prerenderMarker';

export function canHydrate(
  container: Element,
  language: string,
  boot: Boot,
  location: Pick<Location, 'hash' | 'search'>,
): boolean {
  return (
    container.getAttribute(PRERENDERED_ATTRIBUTE) === language &&
    boot === FRESH_BOOT &&
    pageFromHash(location.hash) === null &&
    injectedFault(location.search) === null
  );
}
