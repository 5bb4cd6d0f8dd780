// The offline app: vite-plugin-pwa generates a Workbox service worker that precaches every
// built file — the app, its lazy pages and both languages' locale chunks — so a worker who
// opened Discerne once can use it without a network (a visit in a basement office, a train).
// registerType 'prompt': a new version waits until the user accepts it (UpdatePrompt), never
// replacing the app in the middle of a case. The registration is a module import
// (virtual:pwa-register/react), not an inline script, so the CSP needs no 'unsafe-inline'.
import { VitePWA } from 'vite-plugin-pwa';

export function discernePwa() {
  return VitePWA({
    registerType: 'prompt',
    injectRegister: false,
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
    workbox: {
      // Everything the app can show offline, both languages included (locale files are JS chunks).
      globPatterns: ['**/*.{js,css,html,svg,png,webmanifest}'],
      navigateFallback: 'index.html',
      cleanupOutdatedCaches: true,
      // No runtime caching: the app never fetches anything but its own precached files.
      runtimeCaching: [],
    },
  });
}
