import '@testing-library/jest-dom/vitest';
import { afterEach } from 'vitest';

// Without vitest globals, testing-library cannot register its own cleanup: unmount every
// rendered tree after each component test so tests never see each other's DOM.
if (typeof document !== 'undefined') {
  const { cleanup } = await import('@testing-library/react');
  afterEach(cleanup);
}
