// Renders the app in jsdom with the real locale files, synchronously initialised.
import { render } from '@testing-library/react';
import i18next from 'i18next';
import type { ReactElement } from 'react';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { browserStore } from '../../src/domain/case/savedCase';
import { bootCase, type Boot } from '../../src/ui/case/boot';
import { realContent, realLocales } from './content';

export function testI18n(lng = 'fr') {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    lng,
    fallbackLng: false,
    resources: realLocales() as Record<string, Record<string, object>>,
    ns: ['ui', 'content', 'carnet', 'workshop'],
    defaultNS: 'ui',
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  return instance;
}

export function renderWithI18n(ui: ReactElement, lng = 'fr') {
  const i18n = testI18n(lng);
  return {
    i18n,
    content: realContent(),
    ...render(<I18nextProvider i18n={i18n}>{ui}</I18nextProvider>),
  };
}

/**
 * What main.tsx's startBoot gives the app, computed at once: the saved case and the share link
 * in jsdom's storage and address are read as in the browser.
 */
export function bootNow(content = realContent()): Boot {
  return bootCase(content, browserStore(), window.location);
}
