// What a screen shares with the host that shows it (ScreenHost.tsx): readiness, and the heading
// that takes focus on arrival and names the tab.
import { createContext, useContext, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { documentTitle } from '../title';

export interface HostState {
  /** Called by the screen's last element once it has rendered. */
  markReady: (key: string) => void;
  /** False for the first screen of the visit: focus stays at the top of the page. */
  focusOnArrival: boolean;
}

export const HostContext = createContext<HostState>({
  markReady: () => undefined,
  focusOnArrival: false,
});

/** Marks the screen ready once it has rendered (its effects run after Suspense resolved). */
export function ScreenReady({ name }: { name: string }) {
  const { markReady } = useContext(HostContext);
  useEffect(() => markReady(name), [markReady, name]);
  return null;
}

/**
 * A screen's main heading: sets the tab's title and takes focus when the screen is reached by
 * moving in the app, so screen readers announce it. For screens that render their own `<h1>`.
 */
export function useScreenHeading(title: string) {
  const { t } = useTranslation('ui');
  const { focusOnArrival } = useContext(HostContext);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = documentTitle(title, t('app.name'));
  }, [title, t]);
  // On arrival only: words arriving later (a language switch) never move focus.
  const focus = useRef(focusOnArrival);
  useEffect(() => {
    if (focus.current) heading.current?.focus();
  }, []);
  return heading;
}
