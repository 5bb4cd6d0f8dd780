// Which locale namespaces a first visit downloads, and which come with the screens that use
// them. No imports: the size check (scripts/size-check.ts) reads this file under node.

/** Loaded before the first paint: the interface and the wizard's content. */
export const INITIAL_NAMESPACES = ['ui', 'content'] as const;

/** Loaded with the lazy screens that need them (the result, the carnet, the workshop). */
export const LAZY_NAMESPACES = ['carnet', 'workshop'] as const;

export const NAMESPACES = [...INITIAL_NAMESPACES, ...LAZY_NAMESPACES] as const;
export type NamespaceName = (typeof NAMESPACES)[number];
