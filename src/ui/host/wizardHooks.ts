// What the screens read from the wizard: selectors on the app's one actor (host/wizard.ts) and
// a way to send it events. Only types of the machine here, on purpose: a lazy screen importing
// the machine itself would make the bundler split the modules it shares with the case readers
// (steps, engine) out of the entry, a heavier first visit (ADR 0014).
import { createContext, useCallback, useContext, useSyncExternalStore } from 'react';
import type { ActorRefFrom, SnapshotFrom } from 'xstate';
import type { Evaluation } from '../../domain/engine/types';
import type { WizardEvent, wizardMachine } from '../../domain/wizard/machine';
import type { CaseData } from '../../domain/wizard/steps';

export type WizardActor = ActorRefFrom<typeof wizardMachine>;

/** The app's actor, provided by the host from Wizard.Provider (host/wizard.ts). */
export const WizardActorContext = createContext<WizardActor | null>(null);

function useWizardActor(): WizardActor {
  const actor = useContext(WizardActorContext);
  if (!actor) throw new Error('a wizard screen outside the wizard');
  return actor;
}

/**
 * A part of the wizard's state; the screen re-renders only when it changes. What XState's
 * useSelector does, on React's own useSyncExternalStore (see the header for why).
 */
function useWizardSelector<T>(select: (snapshot: SnapshotFrom<typeof wizardMachine>) => T): T {
  const actor = useWizardActor();
  const subscribe = useCallback(
    (changed: () => void) => {
      const subscription = actor.subscribe(changed);
      return () => subscription.unsubscribe();
    },
    [actor],
  );
  return useSyncExternalStore(subscribe, () => select(actor.getSnapshot()));
}

export const useCase = (): CaseData => useWizardSelector((s) => s.context.data);
export const useEvaluation = (): Evaluation => useWizardSelector((s) => s.context.evaluation);
/** Whether the case's country was chosen (remembered, on the country step, or an opened case). */
export const useCountryChosen = (): boolean => useWizardSelector((s) => s.context.countryChosen);

/** Sends an event to the wizard (stable across renders). */
export function useWizardSend(): (event: WizardEvent) => void {
  const actor = useWizardActor();
  return useCallback((event: WizardEvent) => actor.send(event), [actor]);
}
