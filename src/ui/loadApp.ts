// The decision content and the wizard (its machine, the engine, the case's life in this
// browser) are not on the first visit's critical path: the start page works without them and
// they are fetched while the worker reads it, or at once when the visit needs them (a saved
// case, a share link, a page of the hash). ADR 0022. One fetch each, however often asked.
import type { Content } from '../domain/content/types';

let content: Promise<Content> | null = null;
let app: Promise<LoadedApp> | null = null;

export interface LoadedApp {
  App: typeof import('./App').App;
  content: Content;
}

export function loadContent(): Promise<Content> {
  content ??= import('virtual:discerne-content').then((m) => m.default);
  // A failed fetch (offline before the worker cached it) may be tried again.
  content.catch(() => (content = null));
  return content;
}

export function loadApp(): Promise<LoadedApp> {
  app ??= Promise.all([import('./App'), loadContent()]).then(([m, c]) => ({
    App: m.App,
    content: c,
  }));
  app.catch(() => (app = null));
  return app;
}
