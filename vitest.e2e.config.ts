// End-to-end tests: the built app served on loopback, driven in a real Chromium. Two projects
// in one run, so that the two workers share all the files and no step waits for another:
// - `e2e`: the build made for the tests (`npm run build:e2e`, with `?fault=`: src/ui/faults.ts)
//   on a bare static server, as any static host would serve it;
// - `nginx`: what depends on the server, on the production build behind real nginx with the
//   shipped deploy/nginx.conf: headers and CSP (a violation fails any test), the service
//   worker, the start page per language, and whole journeys (every page, a case printed).
import { defineConfig } from 'vitest/config';
import LongestFirst from './tests/e2e/support/sequencer';

/** The files that depend on the server: they run behind nginx only. */
const SERVER_FILES = [
  'tests/e2e/security.e2e.ts',
  'tests/e2e/start-page.e2e.ts',
  'tests/e2e/offline.e2e.ts',
  'tests/e2e/privacy.e2e.ts',
  'tests/e2e/walk.e2e.ts',
];

export default defineConfig({
  test: {
    environment: 'node',
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
    // The longest files start first, whichever project they are in (support/sequencer.ts).
    sequence: { sequencer: LongestFirst },
    projects: [
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.e2e.ts'],
          exclude: SERVER_FILES,
          globalSetup: ['tests/e2e/support/global-setup.ts'],
          // The build served (global setup) and read (a few tests read its files).
          env: { DISCERNE_DIST: process.env.DISCERNE_DIST ?? 'dist-e2e' },
        },
      },
      {
        extends: true,
        test: {
          name: 'nginx',
          include: SERVER_FILES,
          globalSetup: ['tests/e2e/support/global-setup-nginx.ts'],
          env: { DISCERNE_DIST: process.env.DISCERNE_NGINX_DIST ?? 'dist' },
        },
      },
    ],
  },
});
