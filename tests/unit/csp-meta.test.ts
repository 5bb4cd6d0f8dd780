// The CSP essentials in a meta of built pages (issue 18, point 13): right after the charset,
// before anything the policy must govern, and never looser than the header nginx sends.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { META_CSP, withCspMeta } from '../../scripts/vite-plugin-csp';

const directives = (policy: string) =>
  new Map(
    policy
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...values]) => [name!, values.join(' ')]),
  );

describe('the CSP meta of built pages', () => {
  const html = '<html><head>\n    <meta charset="UTF-8" />\n    <script src="./a.js"></script>';

  it('comes right after the charset, before any script', () => {
    const out = withCspMeta(html);
    const meta = out.indexOf('http-equiv="Content-Security-Policy"');
    expect(meta).toBeGreaterThan(out.indexOf('charset'));
    expect(meta).toBeLessThan(out.indexOf('<script'));
    expect(out).toContain(`content="${META_CSP}"`);
  });

  it('fails the build when the page has no charset to follow', () => {
    expect(() => withCspMeta('<html><head></head></html>')).toThrow(/charset/);
  });

  it('holds script-src, object-src and base-uri as the header does, and nothing a meta ignores', () => {
    const meta = directives(META_CSP);
    expect([...meta.keys()].sort()).toEqual(['base-uri', 'object-src', 'script-src']);
    const header = /add_header Content-Security-Policy "([^"]+)"/.exec(
      readFileSync('deploy/nginx.conf', 'utf8'),
    )?.[1];
    expect(header).toBeDefined();
    const full = directives(header!);
    for (const [name, value] of meta) expect(full.get(name), name).toBe(value);
    expect(meta.has('frame-ancestors')).toBe(false);
  });

  it('is in the neutral page too (a static file, written by hand)', () => {
    expect(readFileSync('public/neutral.html', 'utf8')).toContain(`content="${META_CSP}"`);
  });
});
