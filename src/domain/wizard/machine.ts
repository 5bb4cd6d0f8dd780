// The wizard machine: it routes between steps and keeps the case. It never decides an outcome;
// the guards only ask the engine's evaluation whether a step has what it needs. The evaluation
// is computed once per change of the case (here, in the context) and read by every guard and
// every screen, instead of each of them running the engine again.
import { assertEvent, assign, setup } from 'xstate';
import type { Content, PostureId } from '../content/types.ts';
import { POSTURES } from '../content/types.ts';
import { evaluate } from '../engine/evaluate.ts';
import type { Answers, Evaluation } from '../engine/types.ts';
import {
  emptyCase,
  furthestStepOf,
  reachableStep,
  STEPS,
  visitable,
  type CaseData,
  type Step,
} from './steps.ts';

export interface WizardContext {
  content: Content;
  data: CaseData;
  /** The engine's reading of `data`, recomputed whenever the answers, situation or country change. */
  evaluation: Evaluation;
  /** Set by "Change" on the check page: the next submit returns there. */
  returnToReview: boolean;
}

export interface WizardInput {
  content: Content;
  data?: CaseData;
  /** The step to open on (a reload of `#/know`); the case must be able to show it. */
  step?: Step;
}

export type WizardEvent =
  | { type: 'BEGIN' }
  | {
      type: 'CHOOSE_SITUATION';
      situation: string;
      description: string;
      jurisdiction?: CaseData['jurisdiction'];
      /**
       * The case's answers with those the service's framework settles for this situation and
       * country (answersAtCaseStart, computed by the screen): the machine reads no framework.
       */
      answers?: Answers;
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

/** The case and its evaluation, always together. */
const withCase = (content: Content, data: CaseData) => ({
  data,
  evaluation: evaluate(content, data),
});

const stepGuard = (step: Step) => ({ type: 'canGoTo', params: { step } }) as const;

/** Where a posture's page leads: the next posture, the check page after the last. */
const after = (p: PostureId): Step => POSTURES[POSTURES.indexOf(p) + 1] ?? 'review';
const before = (p: PostureId): Step => POSTURES[POSTURES.indexOf(p) - 1] ?? 'situation';

export const wizardMachine = setup({
  types: {
    context: {} as WizardContext,
    events: {} as WizardEvent,
    input: {} as WizardInput,
  },
  guards: {
    /**
     * The step the machine opens on: the one asked for if the case can show it, or the
     * furthest it can (the input arrives with XState's init event).
     */
    opensAt: ({ context, event }, params: { step: Step }) => {
      const { input } = event as unknown as { input?: WizardInput };
      const asked = input?.step ?? 'start';
      return reachableStep(context.data, context.evaluation, asked) === params.step;
    },
    /** GO_TO / RESTORE / CHANGE towards `step`, allowed only if the case can show it. */
    canGoTo: ({ context, event }, params: { step: Step }) => {
      assertEvent(event, ['GO_TO', 'CHANGE', 'RESTORE']);
      if (event.step !== params.step) return false;
      if (event.type === 'RESTORE')
        return visitable(event.data, evaluate(context.content, event.data), params.step);
      return visitable(context.data, context.evaluation, params.step);
    },
    returningToReview: ({ context }) => context.returnToReview,
    firstOpenStepIs: ({ context }, params: { step: Step }) =>
      furthestStepOf(context.data, context.evaluation) === params.step,
    caseComplete: ({ context }) => visitable(context.data, context.evaluation, 'result'),
  },
  actions: {
    chooseSituation: assign(({ context, event }) => {
      assertEvent(event, 'CHOOSE_SITUATION');
      return withCase(context.content, {
        ...context.data,
        situation: event.situation,
        description: event.description,
        jurisdiction: event.jurisdiction ?? context.data.jurisdiction,
        answers: event.answers ?? context.data.answers,
      });
    }),
    // Answers are merged, never replaced: answers off the current path are kept for going back.
    mergeAnswers: assign(({ context, event }) => {
      assertEvent(event, 'SUBMIT_ANSWERS');
      return withCase(context.content, {
        ...context.data,
        answers: { ...context.data.answers, ...event.answers },
      });
    }),
    setJurisdiction: assign(({ context, event }) => {
      assertEvent(event, 'SET_JURISDICTION');
      return withCase(context.content, { ...context.data, jurisdiction: event.jurisdiction });
    }),
    // The sheet (reference, notes, consent) changes no answer: the evaluation stays.
    updateSheet: assign(({ context, event }) => {
      assertEvent(event, 'UPDATE_SHEET');
      return { data: { ...context.data, sheet: { ...context.data.sheet, ...event.sheet } } };
    }),
    restore: assign(({ context, event }) => {
      assertEvent(event, 'RESTORE');
      return { ...withCase(context.content, event.data), returnToReview: false };
    }),
    markReturnToReview: assign({ returnToReview: true }),
    clearReturnToReview: assign({ returnToReview: false }),
    resetCase: assign(({ context }) => ({
      ...withCase(context.content, emptyCase(context.content)),
      returnToReview: false,
    })),
  },
}).createMachine({
  id: 'wizard',
  context: ({ input }) => ({
    content: input.content,
    ...withCase(input.content, input.data ?? emptyCase(input.content)),
    returnToReview: false,
  }),
  // Never seen from outside: it moves at once to the step of the input.
  initial: 'opening',
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
    opening: {
      always: STEPS.map((step) => ({
        guard: { type: 'opensAt', params: { step } } as const,
        target: step,
      })),
    },
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
          { target: POSTURES[0]!, actions: 'chooseSituation' },
        ],
        SET_JURISDICTION: { actions: 'setJurisdiction' },
        BACK: { target: 'start', actions: 'clearReturnToReview' },
      },
    },
    // One state per posture, from the content's list: each leads to the next, the last to the
    // check page, or straight back there after a change made from it.
    ...(Object.fromEntries(
      POSTURES.map((p) => [
        p,
        {
          on: {
            SUBMIT_ANSWERS: [
              {
                guard: 'returningToReview',
                target: 'review',
                actions: ['mergeAnswers', 'clearReturnToReview'],
              },
              { target: after(p), actions: 'mergeAnswers' },
            ],
            BACK: before(p),
          },
        },
      ]),
    ) as Record<
      PostureId,
      {
        on: {
          SUBMIT_ANSWERS: [
            {
              guard: 'returningToReview';
              target: 'review';
              actions: ['mergeAnswers', 'clearReturnToReview'];
            },
            { target: Step; actions: 'mergeAnswers' },
          ];
          BACK: Step;
        };
      }
    >),
    review: {
      // An edit may add questions to a later posture: the case goes to the first step with an
      // open question, then comes back here.
      // (Never the situation page: a case reaches this page only with a situation.)
      always: POSTURES.map((step) => ({
        guard: { type: 'firstOpenStepIs', params: { step } } as const,
        target: step,
        actions: 'markReturnToReview',
      })),
      on: {
        CHANGE: (['situation', ...POSTURES] as const).map((step) => ({
          guard: stepGuard(step),
          target: step,
          actions: 'markReturnToReview',
        })),
        CONFIRM: { guard: 'caseComplete', target: 'result' },
        BACK: POSTURES[POSTURES.length - 1]!,
      },
    },
    result: {
      on: { BACK: 'review' },
    },
  },
});

/** The step a snapshot shows: "opening" is left in the same macrostep and never seen. */
export function stepOf(snapshot: { value: string }): Step {
  if (snapshot.value === 'opening') throw new Error('the wizard is still opening');
  return snapshot.value as Step;
}
