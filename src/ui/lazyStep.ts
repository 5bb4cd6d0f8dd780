// Step screens after the start page live in their own chunks: react-hook-form, zod/mini and the
// forms are not needed for the first paint, so the first visit does not download them (see
// docs/adr, "first-visit budget"). Each step warms the chunks of the steps that can follow it
// while the browser is idle, so a step change does not wait on the network.
import { lazy, type ComponentType, type LazyExoticComponent } from 'react';

export type PreloadableComponent<P> = LazyExoticComponent<ComponentType<P>> & {
  /** Fetches the chunk; resolves when the component can render without suspending. */
  preload: () => Promise<unknown>;
};

export function lazyStep<P extends object>(
  load: () => Promise<ComponentType<P>>,
): PreloadableComponent<P> {
  let loaded: ComponentType<P> | undefined;
  let pending: Promise<ComponentType<P>> | undefined;
  const preload = () =>
    (pending ??= load().then(
      (component) => {
        loaded = component;
        return component;
      },
      (error: unknown) => {
        pending = undefined; // a network hiccup: let the next render try again
        throw error;
      },
    ));
  const component = lazy(() => {
    // Already fetched (warmed while idle, or preloaded by the tests): hand React a thenable that
    // settles synchronously, so the step renders at once instead of flashing the fallback.
    const ready = loaded;
    if (ready)
      return {
        then: (ok: (m: { default: ComponentType<P> }) => void) => ok({ default: ready }),
      } as unknown as Promise<{ default: ComponentType<P> }>;
    return preload().then((c) => ({ default: c }));
  });
  return Object.assign(component, { preload });
}

/**
 * Runs `work` when the browser is idle, or after `timeout` ms at the latest (soon, where
 * requestIdleCallback is missing).
 */
export function whenIdle(work: () => void, timeout = 2000): () => void {
  if (typeof window.requestIdleCallback === 'function') {
    const id = window.requestIdleCallback(work, { timeout });
    return () => window.cancelIdleCallback(id);
  }
  const id = window.setTimeout(work, 200);
  return () => window.clearTimeout(id);
}
