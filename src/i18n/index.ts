// i18next set-up. Each locale file is its own chunk, loaded on demand: a first visit downloads
// one language only.
import i18next, { type BackendModule, type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { pickLanguage } from './languages';
import { LANGUAGES, REFERENCE_LANGUAGE } from './manifest';
import { setLazyNamespaceInstance } from './lazyNamespaces';
import { INITIAL_NAMESPACES } from './namespaces';
import { i18nOptions } from './options';

type LocaleModule = { default: Record<string, unknown> };
const loaders = import.meta.glob<LocaleModule>('../../content/locales/*/*.json');

const backend: BackendModule = {
  type: 'backend',
  init: () => undefined,
  read(language, namespace, callback) {
    const load = loaders[`../../content/locales/${language}/${namespace}.json`];
    if (!load) {
      callback(new Error(`no locale file ${language}/${namespace}`), false);
      return;
    }
    load().then(
      (m) => callback(null, m.default),
      (error: unknown) =>
        callback(error instanceof Error ? error : new Error(String(error)), false),
    );
  },
};

export { NAMESPACES } from './namespaces';
export { withNamespaces } from './lazyNamespaces';

export async function setupI18n(language?: string): Promise<i18n> {
  const lng =
    language ??
    pickLanguage(LANGUAGES, REFERENCE_LANGUAGE, window.location.search, navigator.languages);
  const instance = i18next.createInstance();
  await instance
    .use(backend)
    .use(initReactI18next)
    .init({ ...i18nOptions(lng, LANGUAGES), ns: [...INITIAL_NAMESPACES] });
  setLazyNamespaceInstance(instance);
  document.documentElement.lang = instance.language;
  instance.on('languageChanged', (l) => {
    document.documentElement.lang = l;
  });
  return instance;
}
