// The shipped deploy/nginx.conf, served by real nginx: its headers on every kind of file, a
// CSP strict enough to stop injected script and framing, and a CSP detector that does fire
// (tests/e2e/support/setup.ts relies on it to fail any test the policy would break).
import type { Browser } from 'playwright-core';
import { expect, test } from 'vitest';
import type { RunningNginx } from '../../scripts/nginx';
import { serveDist } from './support/server';
import { appReady, launchForFile, newContext, takeCspViolations } from './support/browser';
import { nginxForFile } from './support/nginx';
import { expectScreen } from './support/cases';
import { texts } from './support/texts';

const fr = texts('fr');
const dist = process.env.DISCERNE_DIST ?? 'dist';
let nginx: RunningNginx;
let browser: Browser;
nginxForFile((n) => (nginx = n));
launchForFile((b) => (browser = b));

function directives(csp: string): Map<string, string[]> {
  return new Map(
    csp
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...values]) => [name!, values]),
  );
}

test('every response carries the security headers, errors included', async () => {
  const paths = ['', 'index.html', 'sw.js', 'manifest.webmanifest', 'favicon.svg', 'missing'];
  for (const path of paths) {
    const res = await fetch(nginx.url + path);
    const h = res.headers;
    expect(h.get('x-content-type-options'), path).toBe('nosniff');
    expect(h.get('referrer-policy'), path).toBe('no-referrer');
    // The camera for this origin only (the workshop's comparison reads groups' QR codes, and
    // only once the trainer presses its button); the microphone and the rest for nobody.
    expect(h.get('permissions-policy'), path).toMatch(/camera=\(self\).*microphone=\(\)/);
    expect(h.get('content-security-policy'), path).toBeTruthy();
  }
});

test('the CSP forbids inline and eval script, third parties and framing', async () => {
  const csp = directives((await fetch(nginx.url)).headers.get('content-security-policy')!);
  expect(csp.get('default-src')).toEqual(["'self'"]);
  expect(csp.get('script-src')).toEqual(["'self'"]);
  expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
  expect(csp.get('object-src')).toEqual(["'none'"]);
  expect(csp.get('base-uri')).toEqual(["'none'"]);
  for (const [name, values] of csp) {
    expect(values, name).not.toContain("'unsafe-inline'");
    expect(values, name).not.toContain("'unsafe-eval'");
    expect(
      values.filter((v) => /^https?:|^\*$/.test(v)),
      name,
    ).toEqual([]);
  }
});

test('cache headers: hashed assets for a year, the HTML, manifest and service worker revalidated', async () => {
  const html = await (await fetch(nginx.url)).text();
  const assets = [...html.matchAll(/\.\/(assets\/[^"]+)"/g)].map((m) => m[1]!);
  expect(assets.length).toBeGreaterThan(0);
  for (const asset of assets)
    expect((await fetch(nginx.url + asset)).headers.get('cache-control'), asset).toBe(
      'public, max-age=31536000, immutable',
    );
  for (const path of ['', 'index.html', 'sw.js', 'manifest.webmanifest'])
    expect((await fetch(nginx.url + path)).headers.get('cache-control'), path || '/').toBe(
      'no-cache',
    );
  const manifest = await fetch(nginx.url + 'manifest.webmanifest');
  expect(manifest.headers.get('content-type')).toMatch(/^application\/manifest\+json/);
  // Build leftovers are not published.
  expect((await fetch(nginx.url + '.vite/manifest.json')).status).toBe(404);
});

test('under the shipped CSP the app runs, and injected script is refused and reported', async () => {
  const context = await newContext(browser);
  // This test opens nginx itself, whatever base URL the rest of the suite uses.
  const page = await context.newPage();
  await page.goto(nginx.url);
  await appReady(page);
  await page.getByRole('button', { name: fr('start.begin') }).click();
  await expectScreen(page, fr('steps.country'));
  expect(takeCspViolations()).toEqual([]);

  // An inline script and an inline event handler, as an injection would add them.
  await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.__pwned = 1';
    document.body.append(script);
    const img = document.createElement('img');
    img.setAttribute('src', 'data:,x');
    img.setAttribute('onerror', 'window.__pwned = 2');
    img.setAttribute('onload', 'window.__pwned = 3');
    document.body.append(img);
  });
  const seen: string[] = [];
  const reported = (directive: string) => {
    seen.push(...takeCspViolations());
    return seen.some((v) => v.includes(`${directive} blocked`));
  };
  await expect.poll(() => reported('script-src-elem')).toBe(true);
  await expect.poll(() => reported('script-src-attr')).toBe(true);
  await page.waitForTimeout(300);
  takeCspViolations(); // the ones this test provoked on purpose
  expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
  await context.close();
});

test('another site cannot frame the app (frame-ancestors none)', async () => {
  // A page on another origin (the plain static server, no headers) frames two apps: its own
  // copy, which loads (the check can see a framed app), and the nginx one, which is refused.
  const other = await serveDist(dist);
  try {
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto(other.url);
    const frame = (src: string) =>
      page.evaluate(async (url) => {
        const iframe = document.createElement('iframe');
        iframe.src = url;
        document.body.append(iframe);
        await new Promise((ok) => iframe.addEventListener('load', ok));
      }, src);
    const framedApp = (origin: string) =>
      page.frames().find((f) => f !== page.mainFrame() && f.url().startsWith(origin));

    await frame(other.url + 'index.html');
    await expect
      .poll(() => framedApp(other.url)?.locator('#root > *').count() ?? 0)
      .toBeGreaterThan(0);

    await frame(nginx.url);
    await new Promise((ok) => setTimeout(ok, 500));
    expect(framedApp(nginx.url)).toBeUndefined();
    takeCspViolations(); // the refusal is reported to the framing page: expected here
    await context.close();
  } finally {
    await other.close();
  }
});
