import { createContext, useContext } from 'react';
import type { CaseData } from '../domain/wizard/steps';

// The case the app holds (or offers to resume), for pages outside the wizard that place it,
// such as the decision map's "Where does my case sit?". A context rather than a reader of the
// saved case: the page sees a shared case too, and imports nothing that would split the
// first visit's chunk.
const CurrentCaseContext = createContext<CaseData | null>(null);
export const CurrentCaseProvider = CurrentCaseContext.Provider;

/** The current case once it has a situation, else null. */
export function useCurrentCase(): CaseData | null {
  return useContext(CurrentCaseContext);
}
