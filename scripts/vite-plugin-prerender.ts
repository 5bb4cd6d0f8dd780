// Vite plugin: puts the start page, rendered by the app's own components (src/prerender.tsx),
// into the built index.html, and writes the same page in each other language beside it
// (index.en.html: the server and the service worker choose, ADR 0012). A visitor then sees
// the start page as soon as the HTML and the CSS arrive, instead of a blank page until the
// entry script has run and fetched its words; main.tsx hydrates it (ADR 0011). Plain markup, no inline script or style: the strict CSP of
// deploy/nginx.conf holds. It runs before the service worker is generated, so the precached
// index.html is this one with its true revision.
import react from '@vitejs/plugin-react';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createServer, type Plugin } from 'vite';
import { startPageFile } from '../src/i18n/startPage.ts';
import type { Prerendered } from '../src/prerender.tsx';
import { PRERENDERED_ATTRIBUTE } from '../src/ui/prerenderMarker.ts';
import { discerneContent } from './vite-plugin-content.ts';

const EMPTY_ROOT = '<div id="root"></div>';

/** index.html with the pre-rendered start page in #root, its title and its language. */
export function injectPrerendered(html: string, page: Prerendered): string {
  const missing = [EMPTY_ROOT, '<title>', '<html lang="'].filter((m) => !html.includes(m));
  if (missing.length > 0)
    throw new Error(`pre-render: index.html has no ${missing.join(', ')} to fill`);
  const escape = (s: string) =>
    s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  return html
    .replace(/<html lang="[^"]*"/, `<html lang="${escape(page.language)}"`)
    .replace(/<title>[^<]*<\/title>/, `<title>${escape(page.title)}</title>`)
    .replace(
      EMPTY_ROOT,
      // Busy until main.tsx has taken the page over: a click before then does nothing. The
      // repair offer comes first, outside the root React takes over (public/watchdog.js).
      `${page.repair ?? ''}<div id="root" ${PRERENDERED_ATTRIBUTE}="${escape(page.language)}" aria-busy="true">${page.html}</div>`,
    );
}

/**
 * The app's scripts fetched at low priority: with the start page already in the HTML, the
 * first paint needs the HTML and the CSS only, and the browser (and Lighthouse's model of it)
 * should not hold the paint for the scripts. They still load at once, in order.
 */
export function scriptsAfterPaint(html: string): string {
  if (!html.includes('<script type="module"'))
    throw new Error('pre-render: index.html loads no module script');
  return html.replace(
    /<(script type="module"|link rel="modulepreload")(?![^>]*fetchpriority)/g,
    '<$1 fetchpriority="low"',
  );
}

type StartPages = { reference: string; pages: Prerendered[] };

async function renderStartPages(root: string): Promise<StartPages> {
  // A throwaway server loads the app's modules in node, with the same content plugin as the build.
  const server = await createServer({
    configFile: false,
    root,
    logLevel: 'error',
    plugins: [react(), discerneContent()],
    server: { middlewareMode: true, hmr: false, ws: false, watch: null },
    appType: 'custom',
    optimizeDeps: { noDiscovery: true, include: [] },
  });
  try {
    const mod = (await server.ssrLoadModule('/src/prerender.tsx')) as {
      renderStartPages: () => StartPages;
    };
    return mod.renderStartPages();
  } finally {
    await server.close();
  }
}

/**
 * Every start page from the built index.html: file name → HTML, `index.html` first (the
 * reference language), then `index.<lang>.html` for each other language.
 */
export function startPageFiles(
  html: string,
  { reference, pages }: StartPages,
): Map<string, string> {
  return new Map(
    pages.map((page) => [
      startPageFile(page.language, reference),
      scriptsAfterPaint(injectPrerendered(html, page)),
    ]),
  );
}

export function discernePrerender(): Plugin {
  let root = process.cwd();
  let outDir = 'dist';
  // The other languages' pages, written next to index.html once the bundle is on disk — before
  // the service worker is generated (vite-plugin-pwa's closeBundle), so it precaches them too.
  let others = new Map<string, string>();
  return {
    name: 'discerne-prerender',
    apply: 'build',
    configResolved(config) {
      root = config.root;
      outDir = config.build.outDir;
    },
    transformIndexHtml: {
      order: 'post',
      async handler(html) {
        others = startPageFiles(html, await renderStartPages(root));
        const reference = others.get('index.html');
        others.delete('index.html');
        if (reference === undefined)
          throw new Error('pre-render: no page in the reference language');
        return reference;
      },
    },
    writeBundle(options) {
      const dir = options.dir ?? join(root, outDir);
      for (const [file, html] of others) writeFileSync(join(dir, file), html);
    },
  };
}
