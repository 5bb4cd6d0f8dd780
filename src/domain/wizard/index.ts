export {
  wizardMachine,
  type WizardContext,
  type WizardEvent,
  type WizardInput,
  stepOf,
} from './machine.ts';
export * from './steps.ts';
