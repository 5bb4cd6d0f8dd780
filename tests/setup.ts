import '@testing-library/jest-dom/vitest';
import { afterEach } from 'vitest';

// Without vitest globals, testing-library cannot register its own cleanup: unmount every
// rendered tree after each component test so tests never see each other's DOM.
if (typeof document !== 'undefined') {
  const { cleanup } = await import('@testing-library/react');
  afterEach(cleanup);
}

// Step screens are lazy chunks (src/ui/host/screens.ts); component tests load them up front so
// a step renders in the same tick, as in a browser that warmed them while idle.
if (typeof window !== 'undefined') {
  const { beforeAll } = await import('vitest');
  beforeAll(async () => {
    const { preloadAllScreens } = await import('../src/ui/host/loadScreens');
    await preloadAllScreens();
  });
}
