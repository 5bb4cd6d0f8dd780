// The start page rendered to HTML at build time (scripts/vite-plugin-prerender.ts puts it into
// index.html), so a visitor sees it after one round trip instead of after the whole entry
// script and its words have arrived (ADR 0011). It renders the browser's own tree (Root) for a
// fresh visit in each language — index.html in the reference language, index.en.html and so
// on for the others, chosen by the server and the service worker (ADR 0012). main.tsx hydrates
// it when the visit is exactly that, and renders afresh otherwise. Runs in node only.
import i18next from 'i18next';
import { renderToString } from 'react-dom/server';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import content from 'virtual:discerne-content';
import { INITIAL_NAMESPACES } from './i18n/namespaces';
import { i18nOptions } from './i18n/options';
import { RepairOffer } from './ui/case/RepairOffer';
import { FRESH_BOOT } from './ui/case/startBoot';
import { Root } from './ui/Root';
import { documentTitle } from './ui/title';
import { UpdateNotice } from './ui/UpdateNotice';

const locales = import.meta.glob<Record<string, unknown>>('../content/locales/*/*.json', {
  eager: true,
  import: 'default',
});

export interface Prerendered {
  /** The markup inside #root. */
  html: string;
  /** The hidden repair offer public/watchdog.js shows if the app does not start (before #root). */
  repair?: string;
  /** The document's title, as the app would set it. */
  title: string;
  language: string;
}

/** The start page in every language of the content, the reference language first. */
export function renderStartPages(): { reference: string; pages: Prerendered[] } {
  const { reference, languages } = content.manifest;
  const others = languages.filter((l) => l !== reference);
  return { reference, pages: [reference, ...others].map((l) => renderStart(l)) };
}

export function renderStart(language = content.manifest.reference): Prerendered {
  const resources = Object.fromEntries(
    INITIAL_NAMESPACES.map((ns) => {
      const words = locales[`../content/locales/${language}/${ns}.json`];
      if (!words) throw new Error(`pre-render: no locale file ${language}/${ns}.json`);
      return [ns, words];
    }),
  );
  const i18n = i18next.createInstance();
  void i18n.use(initReactI18next).init({
    ...i18nOptions(language, content.manifest.languages),
    ns: [...INITIAL_NAMESPACES],
    resources: { [language]: resources },
    initAsync: false,
  });
  const html = renderToString(
    <Root
      i18n={i18n}
      boot={FRESH_BOOT}
      loaded={null}
      updates={<UpdateNotice needRefresh={false} />}
    />,
  );
  const repair = renderToString(
    <I18nextProvider i18n={i18n}>
      <RepairOffer />
    </I18nextProvider>,
  );
  const t = i18n.getFixedT(language, 'ui');
  return { html, repair, title: documentTitle(t('steps.start'), t('app.name')), language };
}
