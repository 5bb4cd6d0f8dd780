// The case's life outside the machine (useCaseSession: resume, forget, import, notices,
// storage) for the screens that offer it: the start page, the check page and the result.
import { createContext, useContext } from 'react';
import type { useCaseSession } from './useCaseSession';

export type CaseSession = ReturnType<typeof useCaseSession>;

export const CaseSessionContext = createContext<CaseSession | null>(null);

export function useSession(): CaseSession {
  const session = useContext(CaseSessionContext);
  if (!session) throw new Error('useSession outside CaseSessionContext');
  return session;
}
