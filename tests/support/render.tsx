// Renders the app in jsdom with the real locale files, synchronously initialised.
import { render, screen } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import i18next from 'i18next';
import type { ReactElement } from 'react';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { NAMESPACES } from '../../src/i18n/namespaces';
import { i18nOptions } from '../../src/i18n/options';
import { bootCase, type Boot } from '../../src/ui/case/boot';
import { browserStores } from '../../src/ui/case/keeping';
import { realContent, realLocales } from './content';

export function testI18n(lng = 'fr') {
  const instance = i18next.createInstance();
  // The app's own options (src/i18n/options.ts), every namespace loaded up front.
  void instance.use(initReactI18next).init({
    ...i18nOptions(lng, realContent().manifest.languages),
    resources: realLocales() as Record<string, Record<string, object>>,
    ns: [...NAMESPACES],
    initAsync: false,
  });
  return instance;
}

/**
 * The interface's words as the screens read them: `screens` (the screens after the start page)
 * first, then `ui` (the start page and the shell). `content:`, `carnet:`… prefixes still work.
 */
export function interfaceText(lng = 'fr') {
  return testI18n(lng).getFixedT(lng, ['screens', 'ui']);
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
  return bootCase(content, browserStores(), window.location);
}

/**
 * The country step a fresh device meets after "Begin" (ADR 0023): ticks `country` and goes on
 * to the situation step. The choice is remembered in jsdom's localStorage like in a browser.
 */
export async function chooseCountry(user: UserEvent, country = 'BE', lng = 'fr'): Promise<void> {
  const t = interfaceText(lng);
  await user.click(
    await screen.findByRole('radio', { name: t(`content:jurisdiction.${country}.name`) }),
  );
  await user.click(screen.getByRole('button', { name: t('actions.next') }));
  await screen.findByRole('heading', { level: 1, name: t('steps.situation') });
}
