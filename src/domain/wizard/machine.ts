// The wizard machine: it routes between steps and keeps the case. It never decides an outcome;
// the guards only ask the engine whether a step has what it needs.
import { assign, setup } from 'xstate';
import type { Content } from '../content/types.ts';
import type { Answers } from '../engine/types.ts';
import { canVisit, emptyCase, furthestStep, STEPS, type CaseData, type Step } from './steps.ts';

export interface WizardContext {
  content: Content;
  data: CaseData;
  /** Set by "Change" on the check page: the next submit returns there. */
  returnToReview: boolean;
}

export type WizardEvent =
  | { type: 'BEGIN' }
  | {
      type: 'CHOOSE_SITUATION';
      situation: string;
      description: string;
      jurisdiction?: CaseData['jurisdiction'];
    }
  | { type: 'SUBMIT_ANSWERS'; answers: Answers }
  | { type: 'BACK' }
  | { type: 'CHANGE'; step: Step }
  | { type: 'CONFIRM' }
  | { type: 'GO_TO'; step: Step }
  | { type: 'RESTORE'; data: CaseData; step: Step }
  | { type: 'SET_JURISDICTION'; jurisdiction: CaseData['jurisdiction'] }
  | { type: 'UPDATE_SHEET'; sheet: Partial<CaseData['sheet']> }
  | { type: 'RESET' };

const stepGuard = (step: Step) => ({ type: 'canGoTo', params: { step } }) as const;

export const wizardMachine = setup({
  types: {
    context: {} as WizardContext,
    events: {} as WizardEvent,
    input: {} as { content: Content; data?: CaseData; step?: Step },
  },
  guards: {
    /** GO_TO / RESTORE / CHANGE towards `step`, allowed only if the case can show it. */
    canGoTo: ({ context, event }, params: { step: Step }) => {
      if (event.type === 'RESTORE')
        return event.step === params.step && canVisit(context.content, event.data, params.step);
      if (event.type !== 'GO_TO' && event.type !== 'CHANGE') return false;
      return event.step === params.step && canVisit(context.content, context.data, params.step);
    },
    returningToReview: ({ context }) => context.returnToReview,
    firstOpenStepIs: ({ context }, params: { step: Step }) =>
      furthestStep(context.content, context.data) === params.step,
    caseComplete: ({ context }) => canVisit(context.content, context.data, 'result'),
  },
  actions: {
    chooseSituation: assign(({ context, event }) => {
      if (event.type !== 'CHOOSE_SITUATION') return {};
      return {
        data: {
          ...context.data,
          situation: event.situation,
          description: event.description,
          jurisdiction: event.jurisdiction ?? context.data.jurisdiction,
        },
      };
    }),
    // Answers are merged, never replaced: answers off the current path are kept for going back.
    mergeAnswers: assign(({ context, event }) => {
      if (event.type !== 'SUBMIT_ANSWERS') return {};
      return { data: { ...context.data, answers: { ...context.data.answers, ...event.answers } } };
    }),
    setJurisdiction: assign(({ context, event }) =>
      event.type === 'SET_JURISDICTION'
        ? { data: { ...context.data, jurisdiction: event.jurisdiction } }
        : {},
    ),
    updateSheet: assign(({ context, event }) =>
      event.type === 'UPDATE_SHEET'
        ? { data: { ...context.data, sheet: { ...context.data.sheet, ...event.sheet } } }
        : {},
    ),
    restore: assign(({ event }) =>
      event.type === 'RESTORE' ? { data: event.data, returnToReview: false } : {},
    ),
    markReturnToReview: assign({ returnToReview: true }),
    clearReturnToReview: assign({ returnToReview: false }),
    resetCase: assign(({ context }) => ({
      data: emptyCase(context.content),
      returnToReview: false,
    })),
  },
}).createMachine({
  id: 'wizard',
  context: ({ input }) => ({
    content: input.content,
    data: input.data ?? emptyCase(input.content),
    returnToReview: false,
  }),
  initial: 'start',
  on: {
    GO_TO: STEPS.map((step) => ({
      guard: stepGuard(step),
      target: `.${step}`,
      actions: 'clearReturnToReview',
    })),
    RESTORE: STEPS.map((step) => ({
      guard: stepGuard(step),
      target: `.${step}`,
      actions: 'restore',
    })),
    UPDATE_SHEET: { actions: 'updateSheet' },
    RESET: { target: '.start', actions: 'resetCase' },
  },
  states: {
    // The jurisdiction changes which questions are asked: it can only change before any is.
    start: { on: { BEGIN: 'situation', SET_JURISDICTION: { actions: 'setJurisdiction' } } },
    situation: {
      on: {
        CHOOSE_SITUATION: [
          {
            guard: 'returningToReview',
            target: 'review',
            actions: ['chooseSituation', 'clearReturnToReview'],
          },
          { target: 'know', actions: 'chooseSituation' },
        ],
        SET_JURISDICTION: { actions: 'setJurisdiction' },
        BACK: { target: 'start', actions: 'clearReturnToReview' },
      },
    },
    know: {
      on: {
        SUBMIT_ANSWERS: [
          {
            guard: 'returningToReview',
            target: 'review',
            actions: ['mergeAnswers', 'clearReturnToReview'],
          },
          { target: 'want', actions: 'mergeAnswers' },
        ],
        BACK: 'situation',
      },
    },
    want: {
      on: {
        SUBMIT_ANSWERS: [
          {
            guard: 'returningToReview',
            target: 'review',
            actions: ['mergeAnswers', 'clearReturnToReview'],
          },
          { target: 'can', actions: 'mergeAnswers' },
        ],
        BACK: 'know',
      },
    },
    can: {
      on: {
        SUBMIT_ANSWERS: [
          {
            guard: 'returningToReview',
            target: 'review',
            actions: ['mergeAnswers', 'clearReturnToReview'],
          },
          { target: 'review', actions: 'mergeAnswers' },
        ],
        BACK: 'want',
      },
    },
    review: {
      // An edit may add questions to a later posture: the case goes to the first step with an
      // open question, then comes back here.
      // (Never the situation page: a case reaches this page only with a situation.)
      always: (['know', 'want', 'can'] as const).map((step) => ({
        guard: { type: 'firstOpenStepIs', params: { step } } as const,
        target: step,
        actions: 'markReturnToReview',
      })),
      on: {
        CHANGE: (['situation', 'know', 'want', 'can'] as const).map((step) => ({
          guard: stepGuard(step),
          target: step,
          actions: 'markReturnToReview',
        })),
        CONFIRM: { guard: 'caseComplete', target: 'result' },
        BACK: 'can',
      },
    },
    result: {
      on: { BACK: 'review' },
    },
  },
});
