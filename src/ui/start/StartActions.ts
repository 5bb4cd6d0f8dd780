// What the start page can do, whoever provides it: the whole app (the wizard and the case kept
// in this browser) or, on a first visit, the start frame (AppGate.tsx), which loads the wizard
// when the worker asks for something the start page cannot do alone (ADR 0022).
import { createContext, useContext } from 'react';
import type { SavedCase } from '../../domain/case/savedCase.write';
import type { CaseData } from '../../domain/wizard/steps';

export interface StartActions {
  begin: () => void;
  /** A case saved in this browser, offered rather than opened. */
  resume: SavedCase | null;
  onResume?: () => void;
  onForget?: () => void;
  /** `migrated`: the file came from another content version and lost answers on the way. */
  onImport?: (data: CaseData, migrated: boolean) => void;
}

export const StartActionsContext = createContext<StartActions | null>(null);

export function useStartActions(): StartActions {
  const actions = useContext(StartActionsContext);
  if (!actions) throw new Error('the start page outside StartActionsContext');
  return actions;
}
