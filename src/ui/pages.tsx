// Pages outside the wizard (the carnet, the blank worksheet, workshop mode), each in its own
// lazily loaded chunk so the first visit does not download them. A page registers here with
// its hash route: `#/<name>`.
import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
// A page's locale namespaces (screens, carnet, workshop) come with its chunk, not on the first
// visit.
import { withNamespaces } from '../i18n/lazyNamespaces';

export interface PageProps {
  /** The part of the hash after `#/<name>`, for a page's own sub-routes. */
  rest: string;
}

export const PAGES: Record<string, LazyExoticComponent<ComponentType<PageProps>>> = {
  carnet: lazy(
    withNamespaces(
      () => import('./carnet/CarnetPage'),
      ['content', 'screens', 'carnet', 'glossary'],
    ),
  ),
  workshop: lazy(
    withNamespaces(() => import('./workshop/WorkshopPage'), ['content', 'screens', 'workshop']),
  ),
  worksheet: lazy(
    withNamespaces(() => import('./worksheet/WorksheetPage'), ['content', 'screens']),
  ),
  // The glossary page is self-contained in ./glossary (ADR 0015): one entry to move.
  glossary: lazy(
    withNamespaces(() => import('./glossary/GlossaryPage'), ['screens', 'carnet', 'glossary']),
  ),
  // The decision map is self-contained in ./map (ADR 0018): one entry to move.
  map: lazy(withNamespaces(() => import('./map/MapPage'), ['content', 'screens'])),
  framework: lazy(
    withNamespaces(() => import('./framework/FrameworkPage'), ['content', 'ui', 'framework']),
  ),
};

export function pageFromHash(hash: string): { name: string; rest: string } | null {
  const m = /^#\/([a-z][a-z-]*)(.*)$/.exec(hash);
  if (!m || !(m[1]! in PAGES)) return null;
  return { name: m[1]!, rest: m[2] ?? '' };
}
