// Which locale namespaces a first visit downloads, and which come with the screens that use
// them. No imports: the size check (scripts/size-check.ts) reads this file under node.

/** Loaded before the first paint: the start page needs the interface's words only. */
export const INITIAL_NAMESPACES = ['ui'] as const;

/**
 * Loaded with the lazy screens that need them: the content's words with the wizard's steps
 * (warmed while the worker reads the start page), the carnet's with the result and the
 * carnet, the workshop's with workshop mode. `screens` holds the interface's words of the
 * screens after the start page (steps, result and sheet, worksheet, carnet, workshop): about
 * half of the interface's words, which the start page never shows, so they stay off the first
 * visit. Those screens read it before `ui` (react-i18next's `nsMode: 'fallback'`) for the
 * few shell words they share with the start page. `glossary` holds the terms of art, explained on
 * the glossary page and under the questions that use them (ADR 0015).
 */
export const LAZY_NAMESPACES = [
  'content',
  'screens',
  'carnet',
  'workshop',
  'glossary',
  'framework',
] as const;

export const NAMESPACES = [...INITIAL_NAMESPACES, ...LAZY_NAMESPACES] as const;
export type NamespaceName = (typeof NAMESPACES)[number];
