import { createContext, useContext } from 'react';
import type { Content } from '../domain/content/types';

const ContentContext = createContext<Content | null>(null);
export const ContentProvider = ContentContext.Provider;

export function useContent(): Content {
  const content = useContext(ContentContext);
  if (!content) throw new Error('useContent outside ContentProvider');
  return content;
}

/** The content when the app holds it; null on the first visit's start frame (ADR 0022). */
export function useContentIfLoaded(): Content | null {
  return useContext(ContentContext);
}
