// The registry's loaders turned into components: each screen's code and words fetched once,
// warmed ahead of need, and rendered without a flash of the placeholder once fetched
// (lazyStep). The start page is in the entry chunk: it is pre-rendered and hydrated (ADR 0011).
import type { ComponentType } from 'react';
import type { Step } from '../../domain/wizard/steps';
import { withNamespaces } from '../../i18n/lazyNamespaces';
import { lazyStep, type PreloadableComponent } from '../lazyStep';
import StartScreen from '../start/StartScreen';
import NotFoundPage from './NotFoundPage';
import { SCREENS, screenForStep, type Screen, type ScreenInput, type ScreenProps } from './screens';

/** The components of the screens the registry says are in the entry chunk. */
const EAGER: Record<string, ComponentType<ScreenProps>> = {
  start: StartScreen,
  'not-found': NotFoundPage,
};

const lazyScreens = new Map<string, PreloadableComponent<ScreenProps>>();

function lazyScreen(screen: Screen): PreloadableComponent<ScreenProps> {
  let component = lazyScreens.get(screen.id);
  if (!component) {
    const { load } = screen;
    if (load === 'entry') throw new Error(`screen "${screen.id}": no component in the entry`);
    component = lazyStep(withNamespaces(() => load().then((m) => m.default), screen.namespaces));
    lazyScreens.set(screen.id, component);
  }
  return component;
}

export function screenComponent(screen: Screen): ComponentType<ScreenProps> {
  return EAGER[screen.id] ?? lazyScreen(screen);
}

/** Warms the code and words of the steps that can follow `step`; failures surface when shown. */
export function preloadFollowing(step: Step): void {
  for (const next of screenForStep(step).next)
    if (!EAGER[next])
      lazyScreen(screenForStep(next))
        .preload()
        .catch(() => undefined);
}

/**
 * Lets the steps that can follow `step` work out what they will show of this case (their
 * registry's `prepare`). Failures are let go: the screen computes on arrival what is missing.
 */
export function prepareFollowing(step: Step, input: ScreenInput): Promise<void> {
  const preparing = screenForStep(step).next.flatMap((next) => {
    const { prepare } = screenForStep(next);
    return prepare ? [prepare().then((m) => void m.prepare(input))] : [];
  });
  return Promise.all(preparing).then(
    () => undefined,
    () => undefined,
  );
}

/** Loads every screen: component tests render synchronously after this. */
export function preloadAllScreens(): Promise<unknown> {
  return Promise.all(SCREENS.filter((s) => !EAGER[s.id]).map((s) => lazyScreen(s).preload()));
}
