import '@testing-library/jest-dom/vitest';
import { afterEach, beforeAll } from 'vitest';

// Test files share a worker and its modules (`isolate: false` in vitest.config.ts: a fresh
// jsdom and module graph per file cost more than half the unit and component time). What a
// file can leave behind in the browser globals is reset before each file, so every file starts
// as it would in a fresh tab: no stored case or preference, the URL at the root, no title.
if (typeof window !== 'undefined') {
  beforeAll(() => {
    window.localStorage.clear();
    window.sessionStorage.clear();
    window.history.replaceState(null, '', '/');
    document.title = '';
    document.documentElement.removeAttribute('lang');
    document.documentElement.removeAttribute('dir');
    document.body.innerHTML = '';
  });
}

// Without vitest globals, testing-library cannot register its own cleanup: unmount every
// rendered tree after each component test so tests never see each other's DOM.
if (typeof document !== 'undefined') {
  const { cleanup } = await import('@testing-library/react');
  afterEach(cleanup);
}

// Step screens are lazy chunks (src/ui/host/screens.ts); component tests load them up front so
// a step renders in the same tick, as in a browser that warmed them while idle.
if (typeof window !== 'undefined') {
  beforeAll(async () => {
    const { preloadAllScreens } = await import('../src/ui/host/loadScreens');
    await preloadAllScreens();
  });
}
