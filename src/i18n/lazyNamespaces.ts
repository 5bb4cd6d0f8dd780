// Locale namespaces that come with the lazy screens using them. Kept apart from index.ts (which
// reads the inlined content) so screens can import it without pulling the set-up along.
import type { i18n } from 'i18next';
import type { NamespaceName } from './namespaces';

/** The instance the app runs with; set by setupI18n (tests build their own, fully loaded). */
let current: i18n | undefined;

export function setLazyNamespaceInstance(instance: i18n): void {
  current = instance;
}

/**
 * Wraps a lazy screen's loader so its locale namespaces arrive with its code: the screen never
 * renders raw keys, and a first visit downloads only INITIAL_NAMESPACES. A language switch
 * later reloads every namespace loaded so far (i18next adds them to its `ns` option).
 */
export function withNamespaces<T>(
  load: () => Promise<T>,
  namespaces: readonly NamespaceName[],
): () => Promise<T> {
  return () =>
    Promise.all([load(), current?.loadNamespaces([...namespaces])]).then(([loaded]) => loaded);
}
