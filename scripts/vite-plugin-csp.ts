// Vite plugin: the essentials of the Content-Security-Policy in a <meta http-equiv> of every
// built page, for hosts that serve Discerne without our headers (a static host, an intranet
// share). deploy/nginx.conf keeps sending the full policy as a header; a browser applies both,
// so the stricter wins everywhere. A meta policy cannot carry frame-ancestors (ignored there:
// framing is refused by the header and X-Frame-Options only), report-uri or sandbox. Build only:
// the dev server injects an inline script (React refresh) that this policy would block.
import type { Plugin } from 'vite';

/** What the meta carries: no script but our own files, no plugins, no <base> rewriting. */
export const META_CSP = "script-src 'self'; object-src 'none'; base-uri 'none'";

export function withCspMeta(html: string): string {
  const charset = /<meta charset="[^"]*"\s*\/?>/i;
  if (!charset.test(html)) throw new Error('csp: index.html has no <meta charset> to follow');
  // Right after the charset: before any script or link the policy must govern.
  return html.replace(
    charset,
    (m) => `${m}\n    <meta http-equiv="Content-Security-Policy" content="${META_CSP}" />`,
  );
}

export function discerneCspMeta(): Plugin {
  return {
    name: 'discerne-csp-meta',
    apply: 'build',
    transformIndexHtml: { order: 'pre', handler: withCspMeta },
  };
}
