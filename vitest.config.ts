import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { discerneContent } from './scripts/vite-plugin-content.ts';

export default defineConfig({
  plugins: [react(), discerneContent()],
  test: {
    setupFiles: ['tests/setup.ts'],
    restoreMocks: true,
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
