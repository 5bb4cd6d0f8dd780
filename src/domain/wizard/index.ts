export { wizardMachine, type WizardContext, type WizardEvent } from './machine.ts';
export * from './steps.ts';
