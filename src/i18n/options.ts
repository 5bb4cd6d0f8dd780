// The i18next options the app runs with, shared by the browser set-up (index.ts) and the
// build-time pre-render of the start page (src/prerender.tsx): the pre-rendered HTML must be
// what the browser would render, word for word, or hydration would throw it away.
import type { InitOptions } from 'i18next';

export function i18nOptions(lng: string, languages: readonly string[]): InitOptions {
  return {
    lng,
    // content:check proves every locale complete, so no fallback language is downloaded.
    fallbackLng: false,
    supportedLngs: [...languages],
    defaultNS: 'ui',
    interpolation: { escapeValue: false }, // React escapes.
    returnNull: false,
    // Screens re-render when a lazily loaded namespace arrives (App's step heading does).
    react: { useSuspense: false, bindI18n: 'languageChanged loaded', bindI18nStore: 'added' },
  };
}
