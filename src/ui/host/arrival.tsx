// What a screen shares with the host that shows it (ScreenHost.tsx): readiness, and the heading
// that takes focus on arrival and names the tab. No i18n import here, on purpose: lazy pages
// import this module from the entry, and an entry module they import that also imports
// react-i18next made the bundler split React and i18next out of the entry (a heavier first
// visit, ADR 0014); the host hands over the app's name instead.
import { createContext, useContext, useEffect, useRef } from 'react';
import { documentTitle } from '../title';

export interface HostState {
  /** Called by the screen's last element once it has rendered. */
  markReady: (key: string) => void;
  /** False for the first screen of the visit: focus stays at the top of the page. */
  focusOnArrival: boolean;
  /** The app's name, in the language shown: the tab reads "<screen> — <app>". */
  appName: string;
}

export const HostContext = createContext<HostState>({
  markReady: () => undefined,
  focusOnArrival: false,
  appName: '',
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
  const { focusOnArrival, appName } = useContext(HostContext);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = documentTitle(title, appName);
  }, [title, appName]);
  // On arrival only: words arriving later (a language switch) never move focus.
  const focus = useRef(focusOnArrival);
  useEffect(() => {
    if (focus.current) heading.current?.focus();
  }, []);
  return heading;
}
