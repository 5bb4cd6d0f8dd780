import '@testing-library/jest-dom/vitest';

// Step screens are lazy chunks (src/ui/stepScreens.ts); component tests load them up front so
// a step renders in the same tick as in a warmed-up browser.
if (typeof window !== 'undefined') {
  const { beforeAll } = await import('vitest');
  beforeAll(async () => {
    const { preloadAllSteps } = await import('../src/ui/stepScreens');
    await preloadAllSteps();
  });
}
