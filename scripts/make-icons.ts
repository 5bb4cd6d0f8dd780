// Renders the app's PNG icons (manifest, apple-touch-icon) from public/favicon.svg and
// scripts/icons/icon-maskable.svg with the same Chromium the end-to-end tests use: no
// download, no image library. Run it after changing an SVG and commit the PNGs:
// `npx tsx scripts/make-icons.ts`.
import { readFileSync, writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';

const ICONS = [
  { svg: 'public/favicon.svg', png: 'icon-192.png', size: 192 },
  { svg: 'public/favicon.svg', png: 'icon-512.png', size: 512 },
  // Maskable: full-bleed background, the glyph inside the central safe zone.
  { svg: 'scripts/icons/icon-maskable.svg', png: 'icon-maskable-512.png', size: 512 },
  { svg: 'scripts/icons/icon-maskable.svg', png: 'apple-touch-icon.png', size: 180 },
];

const browser = await chromium.launch({
  executablePath: process.env.DISCERNE_BROWSER ?? process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
try {
  for (const { svg, png, size } of ICONS) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    const markup = readFileSync(svg, 'utf8');
    await page.setContent(
      `<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${markup}`,
    );
    writeFileSync(`public/icons/${png}`, await page.screenshot({ omitBackground: true }));
    await page.close();
    console.log(`public/icons/${png} (${size}×${size})`);
  }
} finally {
  await browser.close();
}
