import react from '@vitejs/plugin-react';
import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import { discerneContent } from './scripts/vite-plugin-content.ts';

export default defineConfig({
  plugins: [react(), discerneContent()],
  test: {
    setupFiles: ['tests/setup.ts'],
    restoreMocks: true,
    unstubGlobals: true,
    // The files of a worker share its modules and its jsdom instead of getting fresh ones each:
    // that set-up was more than half of the unit and component time (143 CPU-seconds → 74).
    // tests/setup.ts resets what a file can leave in the browser globals (storage, URL, title)
    // before the next one, and the suite passes with its files in any order (ADR 0026).
    isolate: false,
    // One worker per core: vitest's default keeps a core for itself (cores − 1), which on a
    // 2-core machine ran every file on one worker while its own process mostly waited.
    maxWorkers: availableParallelism(),
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node' },
      },
      {
        extends: true,
        test: {
          name: 'component',
          include: ['tests/component/**/*.test.tsx'],
          environment: 'jsdom',
        },
      },
    ],
  },
});
