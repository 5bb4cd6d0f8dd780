// Vite plugin: puts the start page, rendered by the app's own components (src/prerender.tsx),
// into the built index.html, and writes the same page in each other language beside it
// (index.en.html: the server and the service worker choose, ADR 0012). A visitor then sees
// the start page as soon as the HTML and the CSS arrive, instead of a blank page until the
// entry script has run and fetched its words; main.tsx hydrates it (ADR 0011). Plain markup, no inline script or style: the strict CSP of
// deploy/nginx.conf holds. It runs before the service worker is generated, so the precached
// index.html is this one with its true revision.
import react from '@vitejs/plugin-react';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createServer, type Plugin } from 'vite';
import { INITIAL_NAMESPACES } from '../src/i18n/namespaces.ts';
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

/** The file that loads the app once the start page is painted, from public/. */
export const APP_LOADER = 'load-app.js';
/** The page's classic scripts (public/*.js, deferred) and the app loader, as one file. */
export const BOOT_SCRIPT = 'boot.js';

/**
 * The app's scripts loaded once the start page has been painted (ADR 0011, "After the first
 * paint"): the entry script and its preloads leave the HTML for the data attributes of the
 * app loader (public/load-app.js), which adds them, with the page's own locale chunks, when
 * the first contentful paint is reported. With the start page in the HTML the first paint
 * needs the HTML and the CSS only, and Lighthouse's model charges to the largest paint every
 * script that finished loading before it, even a module script that never blocks rendering.
 */
export function appAfterFirstPaint(html: string, localeChunks: readonly string[]): string {
  const entries = [...html.matchAll(/<script type="module"[^>]*\ssrc="([^"]+)"[^>]*><\/script>/g)];
  if (entries.length !== 1)
    throw new Error(`pre-render: index.html loads ${entries.length} module scripts, expected 1`);
  const [tag, entry] = [entries[0]![0], entries[0]![1]!];
  const preloads: string[] = [];
  const withoutPreloads = html.replace(
    /[ \t]*<link rel="modulepreload"[^>]*\shref="([^"]+)"[^>]*>\n?/g,
    (_, href: string) => {
      preloads.push(href);
      return '';
    },
  );
  const all = [...preloads, ...localeChunks.map((f) => `./${f}`)];
  return withoutPreloads.replace(
    tag,
    `<script src="./${APP_LOADER}" defer data-entry="${entry}" data-preload="${all.join(' ')}"></script>`,
  );
}

/**
 * The page's deferred classic scripts (early clicks, quick exit, watchdog, app loader) joined
 * into one file, in their order: one request before the first paint instead of four. The
 * sources stay separate in public/ (the dev server and the tests use them one by one); each
 * is an ES5 function expression run at once, so joining them changes nothing else. The joined
 * tag keeps the loader's data attributes: the loader reads them from `document.currentScript`.
 */
export function joinClassicScripts(
  html: string,
  read: (file: string) => string,
): { html: string; files: string[]; source: string } {
  const tags = [
    ...html.matchAll(/[ \t]*<script src="\.\/([\w.-]+\.js)" defer([^>]*)><\/script>\n?/g),
  ];
  if (!tags.some((t) => t[1] === APP_LOADER))
    throw new Error(`pre-render: no ${APP_LOADER} tag to join the page's scripts into`);
  const files = tags.map((t) => t[1]!);
  const source = files.map((f) => `// ${f}\n${read(f).trim()}\n`).join('');
  const data = tags.map((t) => t[2]!).join('');
  let out = html;
  tags.forEach((t, i) => {
    out = out.replace(
      t[0],
      i === tags.length - 1 ? `    <script src="./${BOOT_SCRIPT}" defer${data}></script>\n` : '',
    );
  });
  return { html: out, files, source };
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

/** What the start pages take from the build besides its index.html. */
export interface BuildFiles {
  /** The chunks of a language's first-visit locale files (e.g. assets/ui-x.js for `fr`). */
  localeChunks: (language: string) => string[];
  /** A file of public/, by name. */
  readPublic: (file: string) => string;
}

/**
 * Every start page from the built index.html: file name → HTML, `index.html` first (the
 * reference language), then `index.<lang>.html` for each other language; and the one classic
 * script they all load (BOOT_SCRIPT), with the public files it replaces.
 */
export function startPageFiles(
  html: string,
  { reference, pages }: StartPages,
  build: BuildFiles,
): { pages: Map<string, string>; boot: { files: string[]; source: string } } {
  const joined = pages.map((page) =>
    joinClassicScripts(
      appAfterFirstPaint(injectPrerendered(html, page), build.localeChunks(page.language)),
      build.readPublic,
    ),
  );
  // Every page names the same classic scripts: one joined file serves them all.
  const { files, source } = joined[0] ?? { files: [], source: '' };
  return {
    pages: new Map(
      pages.map((page, i) => [startPageFile(page.language, reference), joined[i]!.html]),
    ),
    boot: { files, source },
  };
}

export function discernePrerender(): Plugin {
  let root = process.cwd();
  let outDir = 'dist';
  let publicDir = 'public';
  // The other languages' pages and the joined classic script, written once the bundle is on
  // disk — before the service worker is generated (vite-plugin-pwa's closeBundle), so it
  // precaches them, and not the public files the joined script replaces.
  let others = new Map<string, string>();
  let boot = { files: [] as string[], source: '' };
  return {
    name: 'discerne-prerender',
    apply: 'build',
    configResolved(config) {
      root = config.root;
      outDir = config.build.outDir;
      publicDir = config.publicDir;
    },
    transformIndexHtml: {
      order: 'post',
      async handler(html, ctx) {
        const chunks = Object.values(ctx.bundle ?? {});
        const built = startPageFiles(html, await renderStartPages(root), {
          localeChunks: (language) =>
            INITIAL_NAMESPACES.map((ns) => {
              const src = `/content/locales/${language}/${ns}.json`;
              const chunk = chunks.find(
                (c) => c.type === 'chunk' && c.facadeModuleId?.endsWith(src),
              );
              if (!chunk) throw new Error(`pre-render: no chunk for ${src}`);
              return chunk.fileName;
            }),
          readPublic: (file) => readFileSync(join(publicDir, file), 'utf8'),
        });
        others = built.pages;
        boot = built.boot;
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
      writeFileSync(join(dir, BOOT_SCRIPT), boot.source);
      for (const file of boot.files) rmSync(join(dir, file));
    },
  };
}
