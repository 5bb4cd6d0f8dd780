// The whole tree the browser renders, shared with the build-time pre-render of the start page
// (src/prerender.tsx) so both produce the same markup and the browser can hydrate it.
import { StrictMode, useEffect, type ReactNode } from 'react';
import type { i18n } from 'i18next';
import { I18nextProvider } from 'react-i18next';
import { AppGate } from './AppGate';
import type { Boot } from './case/boot';
import type { LoadedApp } from './loadApp';

interface Props {
  i18n: i18n;
  boot: Boot;
  /** The app, loaded before the first render; null: the start frame first (ADR 0022). */
  loaded: LoadedApp | null;
  /** The update prompt: the service worker's in the browser, an empty region when pre-rendered. */
  updates: ReactNode;
  /** Called once the app has taken over the page (effects never run in a pre-render). */
  onReady?: () => void;
}

export function Root({ i18n, boot, loaded, updates, onReady }: Props) {
  useEffect(() => onReady?.(), [onReady]);
  return (
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <AppGate boot={boot} loaded={loaded} />
        {updates}
      </I18nextProvider>
    </StrictMode>
  );
}
