// The offline app: vite-plugin-pwa builds the service worker (src/sw.ts, Workbox precaching)
// and injects the list of every built file — the app, its lazy pages, both languages' locale
// chunks and start pages — so a worker who opened Discerne once can use it without a network
// (a visit in a basement office, a train). injectManifest rather than a generated worker: the
// worker chooses the start page by language (ADR 0012), which generateSW cannot express.
// registerType 'prompt': a new version waits until the user accepts it (UpdatePrompt), never
// replacing the app in the middle of a case. The registration is a module import
// (virtual:pwa-register/react), not an inline script, so the CSP needs no 'unsafe-inline'.
import { VitePWA } from 'vite-plugin-pwa';

export function discernePwa() {
  return VitePWA({
    registerType: 'prompt',
    injectRegister: false,
    strategies: 'injectManifest',
    srcDir: 'src',
    filename: 'sw.ts',
    // The manifest is product metadata, French first like the app's reference language.
    manifest: {
      id: './',
      name: 'Discerne',
      short_name: 'Discerne',
      description:
        'Face au numérique : est-ce que je sais, je veux, je peux ? Un appui à la réflexion pour les travailleurs sociaux. Rien ne quitte cet appareil.',
      lang: 'fr',
      dir: 'ltr',
      start_url: './',
      scope: './',
      display: 'standalone',
      background_color: '#ffffff',
      theme_color: '#1d4f91',
      icons: [
        { src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
        { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
        { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
        {
          src: 'icons/icon-maskable-512.png',
          sizes: '512x512',
          type: 'image/png',
          purpose: 'maskable',
        },
      ],
    },
    // globPatterns already lists every icon: no second entry for the same file.
    includeManifestIcons: false,
    injectManifest: {
      // Everything the app can show offline, both languages included (locale files are JS
      // chunks, start pages HTML). No runtime caching: the app fetches nothing else but a
      // service's framework.json, which is deliberately never cached (ADR 0019).
      globPatterns: ['**/*.{js,css,html,svg,png,webmanifest}'],
    },
  });
}
