// The start page pre-rendered at build time (ADR 0011): the real start page in each language,
// with no raw key, and put into index.html without breaking it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  appAfterFirstPaint,
  BOOT_SCRIPT,
  injectPrerendered,
  joinClassicScripts,
  startPageFiles,
} from '../../scripts/vite-plugin-prerender';
import { renderStart, renderStartPages } from '../../src/prerender';
import { realLocales } from '../support/content';

type Tree = { [k: string]: string | Tree };
const ui = (lng: string) => (realLocales() as Record<string, { ui: Tree }>)[lng]!.ui;
const word = (lng: string, path: string) =>
  path.split('.').reduce<string | Tree>((t, k) => (t as Tree)[k]!, ui(lng)) as string;
const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/'/g, '&#x27;');

describe.each(['fr', 'en'])('the start page pre-rendered in %s', (lng) => {
  const page = renderStart(lng);

  it('is the start page in that language', () => {
    expect(page.language).toBe(lng);
    expect(page.html).toContain(`>${escapeHtml(word(lng, 'steps.start'))}</h1>`);
    expect(page.html).toContain(`>${escapeHtml(word(lng, 'start.begin'))}</button>`);
    expect(page.title).toBe(`${word(lng, 'steps.start')} — ${word(lng, 'app.name')}`);
  });

  it('shows no raw key and needs no inline style or script (CSP)', () => {
    const text = page.html.replace(/<[^>]+>/g, ' ');
    expect(text).not.toMatch(/\b(app|start|steps|startMore|quickExit|case|resume)\.[a-zA-Z]/);
    expect(page.html).not.toMatch(/<script|<style|\sstyle=|\son[a-z]+=/i);
  });

  it('carries a hidden repair offer in that language, for public/watchdog.js', () => {
    expect(page.repair).toMatch(/^<div id="repair"[^>]* hidden=""/);
    expect(page.repair).toContain(`>${escapeHtml(word(lng, 'repair.button'))}</button>`);
    expect(page.repair).not.toMatch(/<script|<style|\sstyle=|\son[a-z]+=/i);
  });
});

describe('index.html with the pre-rendered page', () => {
  const html = [
    '<html lang="fr"><head><title>Discerne</title>',
    '<script type="module" crossorigin src="./assets/index.js"></script>',
    '<link rel="modulepreload" crossorigin href="./assets/path.js">',
    '</head><body><div id="root"></div></body></html>',
  ].join('');
  const page = { html: '<h1>Start</h1>', title: 'Start & "go" — Discerne', language: 'en' };

  it('fills the root, marked busy, the title and the language', () => {
    const out = injectPrerendered(html, page);
    expect(out).toContain(
      '<div id="root" data-prerendered="en" aria-busy="true"><h1>Start</h1></div>',
    );
    expect(out).toContain('<title>Start &amp; &quot;go&quot; — Discerne</title>');
    expect(out).toContain('<html lang="en">');
    // The repair offer, outside the root React takes over.
    expect(
      injectPrerendered(html, { ...page, repair: '<div id="repair" hidden></div>' }),
    ).toContain('<div id="repair" hidden></div><div id="root"');
  });

  it('fails the build when index.html has nowhere to put it', () => {
    expect(() => injectPrerendered(html.replace('<div id="root"></div>', ''), page)).toThrow(
      /no <div id="root"><\/div>/,
    );
  });

  it('loads the app after the first paint: entry, preloads and locale chunks as data', () => {
    const out = appAfterFirstPaint(html, ['assets/ui-fr.js']);
    expect(out).not.toMatch(/type="module"|modulepreload/);
    expect(out).toContain(
      '<script src="./load-app.js" defer data-entry="./assets/index.js" ' +
        'data-preload="./assets/path.js ./assets/ui-fr.js"></script>',
    );
    expect(() => appAfterFirstPaint('<html></html>', [])).toThrow(/0 module scripts/);
  });
});

describe('the classic scripts of the page', () => {
  const html = [
    '<head>',
    '    <script src="./a.js" defer></script>',
    '    <script src="./load-app.js" defer data-entry="./e.js" data-preload=""></script>',
    '    <link rel="stylesheet" href="./s.css">',
    '</head>',
  ].join('\n');
  const read = (file: string) => `(function () { /* ${file} */ })();\n`;

  it('are joined into one file, in their order, keeping the loader data', () => {
    const out = joinClassicScripts(html, read);
    expect(out.files).toEqual(['a.js', 'load-app.js']);
    expect(out.source.indexOf('/* a.js */')).toBeLessThan(out.source.indexOf('/* load-app.js */'));
    expect(out.html).toBe(
      [
        '<head>',
        `    <script src="./${BOOT_SCRIPT}" defer data-entry="./e.js" data-preload=""></script>`,
        '    <link rel="stylesheet" href="./s.css">',
        '</head>',
      ].join('\n'),
    );
  });

  it('fail the build without the app loader', () => {
    expect(() => joinClassicScripts('<script src="./a.js" defer></script>', read)).toThrow(
      /no load-app.js/,
    );
  });
});

describe('the start pages of the build', () => {
  const html = [
    '<html lang="fr"><head><title>Discerne</title>',
    '<script src="./early-clicks.js" defer></script>',
    '<script type="module" crossorigin src="./assets/index.js"></script>',
    '</head><body><div id="root"></div></body></html>',
  ].join('');
  const { pages: files, boot } = startPageFiles(html, renderStartPages(), {
    localeChunks: (lng) => [`assets/ui-${lng}.js`],
    readPublic: (file) => readFileSync(join('public', file), 'utf8'),
  });

  it('are index.html in French, then one file per other language', () => {
    expect([...files.keys()]).toEqual(['index.html', 'index.en.html']);
    expect(files.get('index.html')).toContain('<html lang="fr">');
    expect(files.get('index.html')).toContain('data-prerendered="fr"');
    expect(files.get('index.en.html')).toContain('<html lang="en">');
    expect(files.get('index.en.html')).toContain('data-prerendered="en"');
  });

  it('load one classic script, which loads the app and the words of the page', () => {
    for (const [file, lng] of [
      ['index.html', 'fr'],
      ['index.en.html', 'en'],
    ] as const)
      expect(files.get(file)).toContain(
        `<script src="./boot.js" defer data-entry="./assets/index.js" data-preload="./assets/ui-${lng}.js"></script>`,
      );
    expect(boot.files).toEqual(['early-clicks.js', 'load-app.js']);
    expect(boot.source).toContain(readFileSync('public/load-app.js', 'utf8').trim());
  });
});
