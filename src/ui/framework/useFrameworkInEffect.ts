// The service's framework for the wizard's screens (ADR 0019, "In a case"): looked for when the
// screen opens — the deployed file first, then this device's — and never cached, so a framework
// saved, imported or forgotten on the framework page is the one the next screen uses. Only the
// lazy step screens import this (never an entry module: the first visit stays light).
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Content } from '../../domain/content/types';
import type { Framework } from '../../domain/framework/model';
import { frameworkInEffect } from './inEffect';

/** How long a case waits for the framework before it goes on without it (answering is safe). */
const WAIT_MS = 3000;

function lookUp(content: Content): Promise<Framework | null> {
  const timeout = new Promise<null>((resolve) => setTimeout(() => resolve(null), WAIT_MS));
  const found = frameworkInEffect(content).then(
    (f) => f?.framework ?? null,
    () => null,
  );
  return Promise.race([found, timeout]);
}

/** The framework in effect: undefined while it is looked for, null if there is none. */
export function useFrameworkInEffect(content: Content): Framework | null | undefined {
  const [found, setFound] = useState<Framework | null | undefined>(undefined);
  useEffect(() => {
    let live = true;
    void lookUp(content).then((f) => live && setFound(f));
    return () => {
      live = false;
    };
  }, [content]);
  return found;
}

/**
 * The framework in effect as a promise, looked for as the screen opens and awaited when the
 * worker moves on (the situation page: the case takes the framework's answers then).
 */
export function useFrameworkLookup(content: Content): () => Promise<Framework | null> {
  const lookup = useRef<Promise<Framework | null> | null>(null);
  useEffect(() => {
    lookup.current = lookUp(content);
  }, [content]);
  return useCallback(() => (lookup.current ??= lookUp(content)), [content]);
}
