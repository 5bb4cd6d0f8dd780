// End-to-end tests: the built app served on loopback, driven in a real Chromium.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    name: 'e2e',
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    globalSetup: ['tests/e2e/support/global-setup.ts'],
    setupFiles: ['tests/e2e/support/setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Two files at a time, each with its own browser: most of a browser test is one renderer
    // busy on one core (axe, layout, printing), so two keep a 2-core machine busy and halve the
    // wait. Nothing here is timed; files never share a page, a context or a server they close.
    fileParallelism: true,
    maxWorkers: 2,
    // A poll gives up after 5 s rather than vitest's 1 s: a lazy screen on a loaded machine may
    // take more than a second, and a wait that only passes on an idle machine is a flaky test.
    expect: { poll: { timeout: 5_000 } },
  },
});
