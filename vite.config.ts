import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { discerneContent } from './scripts/vite-plugin-content.ts';
import { discerneCspMeta } from './scripts/vite-plugin-csp.ts';
import { discernePwa } from './scripts/pwa.ts';
import { discernePrerender } from './scripts/vite-plugin-prerender.ts';

export default defineConfig({
  plugins: [react(), discerneContent(), discerneCspMeta(), discernePrerender(), discernePwa()],
  // Relative asset URLs: dist/ works from any folder of any static host or intranet share.
  base: './',
  build: { target: 'es2020', sourcemap: false, manifest: true },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1', port: 4173, strictPort: false },
});
