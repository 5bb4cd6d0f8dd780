// The service worker, built by vite-plugin-pwa (injectManifest) with the list of every built
// file injected at self.__WB_MANIFEST. It precaches them all — the app, its lazy pages, both
// languages' words and start pages — so a worker who opened Discerne once can use it offline
// (ADR 0006). What it adds to Workbox's precaching: a navigation to the app gets the start page
// pre-rendered in the visitor's language (ADR 0012), as the server does, instead of always the
// French index.html. A new version waits until the user accepts it (UpdatePrompt posts
// SKIP_WAITING); it never takes over a running case by itself.
import {
  addRoute,
  cleanupOutdatedCaches,
  matchPrecache,
  precache,
  type PrecacheEntry,
} from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import languages from '../content/content.json';
import { startPageFor } from './i18n/startPage';

// Only what this file uses of ServiceWorkerGlobalScope: the project's types are the DOM's, and
// the WebWorker library cannot be loaded beside them.
declare const self: {
  __WB_MANIFEST: (string | PrecacheEntry)[];
  navigator: { languages: readonly string[] };
  registration: { scope: string };
  skipWaiting: () => Promise<void>;
  addEventListener: (type: 'message', listener: (event: { data: unknown }) => void) => void;
};

precache(self.__WB_MANIFEST);
cleanupOutdatedCaches();

async function startPage({ url, request }: { url: URL; request: Request }): Promise<Response> {
  const file = startPageFor(languages, url.search, self.navigator.languages);
  // Every start page is precached; the network is the last resort, never expected.
  return (await matchPrecache(file)) ?? (await matchPrecache('index.html')) ?? fetch(request);
}

const scope = new URL(self.registration.scope);
// The app's own address (with any ?lng= or #/page): the start page in the visitor's language.
registerRoute(
  ({ request, url }) => request.mode === 'navigate' && url.pathname === scope.pathname,
  startPage,
);
// Every precached file by its address (neutral.html, scripts, styles, words, icons).
addRoute();
// Any other navigation inside the scope gets the start page too, as a single-page app should.
registerRoute(new NavigationRoute(startPage));

self.addEventListener('message', (event) => {
  if ((event.data as { type?: unknown } | null)?.type === 'SKIP_WAITING') void self.skipWaiting();
});
