// The wizard machine for the screens: one actor for the app, read through selectors so a screen
// re-renders only when what it reads changes (XState's createActorContext, as in its own
// examples). The machine keeps the case and its evaluation (computed once per change).
import { createActorContext } from '@xstate/react';
import { useCallback } from 'react';
import type { Evaluation } from '../../domain/engine/types';
import { stepOf, wizardMachine, type WizardEvent } from '../../domain/wizard/machine';
import type { CaseData, Step } from '../../domain/wizard/steps';

export const Wizard = createActorContext(wizardMachine);

export const useStep = (): Step => Wizard.useSelector(stepOf);
export const useCase = (): CaseData => Wizard.useSelector((s) => s.context.data);
export const useEvaluation = (): Evaluation => Wizard.useSelector((s) => s.context.evaluation);
/** Sends an event to the wizard (stable across renders). */
export function useWizardSend(): (event: WizardEvent) => void {
  const actor = Wizard.useActorRef();
  return useCallback((event: WizardEvent) => actor.send(event), [actor]);
}
