// The wizard machine of the app: one actor, created by Wizard.Provider with the boot's case and
// step as input (XState's createActorContext, as in its own examples), read through selectors.
// Screens in lazy chunks read it through wizardHooks.ts, which the provider below feeds.
import { createActorContext } from '@xstate/react';
import { createElement, type ReactNode } from 'react';
import { stepOf, wizardMachine } from '../../domain/wizard/machine';
import type { Step } from '../../domain/wizard/steps';
import { WizardActorContext } from './wizardHooks';

export const Wizard = createActorContext(wizardMachine);

export const useStep = (): Step => Wizard.useSelector(stepOf);

/** Hands the app's actor to the screens (wizardHooks.ts). Inside Wizard.Provider. */
export function WizardForScreens({ children }: { children: ReactNode }) {
  return createElement(WizardActorContext.Provider, { value: Wizard.useActorRef() }, children);
}
