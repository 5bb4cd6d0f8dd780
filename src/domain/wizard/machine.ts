// The wizard machine: it routes between steps and keeps the case. It never decides an outcome;
// the guards only ask the engine's evaluation whether a step has what it needs. The evaluation
// is computed once per change of the case (here, in the context) and read by every guard and
// every screen, instead of each of them running the engine again.
import { assertEvent, assign, setup } from 'xstate';
import type { Content, JurisdictionId, PostureId } from '../content/types.ts';
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
  /**
   * The country this device remembers (input, then each choice on the country step): a new
   * case starts with it. The machine reads no storage; the app reads and writes it (ADR 0023).
   */
  country: JurisdictionId | null;
  /** Whether `data.jurisdiction` was chosen (remembered, on the country step, or an opened case). */
  countryChosen: boolean;
  /** This case's walk shows the country step (none was remembered when it began): progress counts it. */
  countryStep: boolean;
  /** Where the country step leads back to: 'start' when met on the way in (then on to the situation). */
  countryFrom: Step;
}

export interface WizardInput {
  content: Content;
  data?: CaseData;
  /** The step to open on (a reload of `#/know`); the case must be able to show it. */
  step?: Step;
  /** The country this device remembers, if any (read and validated by the app). */
  country?: JurisdictionId | null;
}

export type WizardEvent =
  | { type: 'BEGIN' }
  | {
      type: 'CHOOSE_COUNTRY';
      jurisdiction: JurisdictionId;
      /** As for CHOOSE_SITUATION, when the case has a situation already (answersAtCaseStart). */
      answers?: Answers;
    }
  /** "Change" beside the country shown on every step: the country step, then back here. */
  | { type: 'CHANGE_COUNTRY' }
  | {
      type: 'CHOOSE_SITUATION';
      situation: string;
      description: string;
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

/** Where the country step leads: back where the worker was, or on to the situation. */
const countryTarget = (from: Step): Step => (from === 'start' ? 'situation' : from);

const changeCountry = (from: Step) =>
  ({ target: 'country', actions: { type: 'openCountry', params: { from } } }) as const;

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
      return (
        reachableStep(context.data, context.evaluation, asked, context.countryChosen) ===
        params.step
      );
    },
    /** GO_TO / RESTORE / CHANGE towards `step`, allowed only if the case can show it. */
    canGoTo: ({ context, event }, params: { step: Step }) => {
      assertEvent(event, ['GO_TO', 'CHANGE', 'RESTORE']);
      if (event.step !== params.step) return false;
      if (event.type === 'RESTORE')
        return visitable(event.data, evaluate(context.content, event.data), params.step);
      return visitable(context.data, context.evaluation, params.step, context.countryChosen);
    },
    returningToReview: ({ context }) => context.returnToReview,
    countryChosen: ({ context }) => context.countryChosen,
    countryInWalk: ({ context }) => context.countryStep,
    /**
     * Leaving the country step (chosen, or "Back"): where it was opened from if the case can
     * still show it, else the furthest it can (a new country may ask new questions).
     */
    leavesCountryFor: ({ context }, params: { step: Step }) =>
      reachableStep(
        context.data,
        context.evaluation,
        context.countryFrom,
        context.countryChosen,
      ) === params.step,
    firstOpenStepIs: ({ context }, params: { step: Step }) =>
      furthestStepOf(context.data, context.evaluation, context.countryChosen) === params.step,
    caseComplete: ({ context }) => visitable(context.data, context.evaluation, 'result'),
  },
  actions: {
    chooseSituation: assign(({ context, event }) => {
      assertEvent(event, 'CHOOSE_SITUATION');
      return withCase(context.content, {
        ...context.data,
        situation: event.situation,
        description: event.description,
        answers: event.answers ?? context.data.answers,
      });
    }),
    // A new country keeps every answer: those still on the path apply, the others stay off it
    // and are ignored (as for a changed situation), and the questions it adds are asked next.
    chooseCountry: assign(({ context, event }) => {
      assertEvent(event, 'CHOOSE_COUNTRY');
      return {
        ...withCase(context.content, {
          ...context.data,
          jurisdiction: event.jurisdiction,
          answers: event.answers ?? context.data.answers,
        }),
        country: event.jurisdiction,
        countryChosen: true,
        countryFrom: countryTarget(context.countryFrom),
      };
    }),
    openCountry: assign((_, params: { from: Step }) => ({ countryFrom: params.from })),
    countryOnTheWayIn: assign({ countryFrom: 'start' as Step }),
    beginWithCountry: assign({ countryFrom: 'start' as Step, countryStep: true }),
    // Answers are merged, never replaced: answers off the current path are kept for going back.
    mergeAnswers: assign(({ context, event }) => {
      assertEvent(event, 'SUBMIT_ANSWERS');
      return withCase(context.content, {
        ...context.data,
        answers: { ...context.data.answers, ...event.answers },
      });
    }),
    // The sheet (reference, notes, consent) changes no answer: the evaluation stays.
    updateSheet: assign(({ context, event }) => {
      assertEvent(event, 'UPDATE_SHEET');
      return { data: { ...context.data, sheet: { ...context.data.sheet, ...event.sheet } } };
    }),
    restore: assign(({ context, event }) => {
      assertEvent(event, 'RESTORE');
      // An opened case has its country; its walk did not show the country step here.
      return {
        ...withCase(context.content, event.data),
        returnToReview: false,
        countryChosen: true,
        countryStep: false,
        countryFrom: 'start',
      };
    }),
    markReturnToReview: assign({ returnToReview: true }),
    clearReturnToReview: assign({ returnToReview: false }),
    resetCase: assign(({ context }) => ({
      ...withCase(context.content, emptyCase(context.content, context.country)),
      returnToReview: false,
      countryChosen: context.country !== null,
      countryStep: false,
      countryFrom: 'start',
    })),
  },
}).createMachine({
  id: 'wizard',
  context: ({ input }) => {
    const country = input.country ?? null;
    const countryChosen = input.data !== undefined || country !== null;
    return {
      content: input.content,
      ...withCase(input.content, input.data ?? emptyCase(input.content, country)),
      returnToReview: false,
      country,
      countryChosen,
      countryStep: !countryChosen,
      countryFrom: 'start',
    };
  },
  // Never seen from outside: it moves at once to the step of the input.
  initial: 'opening',
  on: {
    // The browser's back and forward: the country step so reached leads on to the situation.
    GO_TO: STEPS.map((step) => ({
      guard: stepGuard(step),
      target: `.${step}`,
      actions:
        step === 'country'
          ? (['clearReturnToReview', 'countryOnTheWayIn'] as const)
          : (['clearReturnToReview'] as const),
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
    // The country step comes first unless this device remembers a country (ADR 0023).
    start: {
      on: {
        BEGIN: [
          { guard: 'countryChosen', target: 'situation' },
          { target: 'country', actions: 'beginWithCountry' },
        ],
      },
    },
    country: {
      on: {
        CHOOSE_COUNTRY: { target: 'leavingCountry', actions: 'chooseCountry' },
        BACK: 'leavingCountry',
      },
    },
    // Never seen from outside: the country step's way out (see leavesCountryFor). A target
    // the country step cannot lead to ('country' itself) is left out.
    leavingCountry: {
      always: STEPS.filter((step) => step !== 'country').map((step) => ({
        guard: { type: 'leavesCountryFor', params: { step } } as const,
        target: step,
      })),
    },
    situation: {
      on: {
        CHANGE_COUNTRY: changeCountry('situation'),
        CHOOSE_SITUATION: [
          {
            guard: 'returningToReview',
            target: 'review',
            actions: ['chooseSituation', 'clearReturnToReview'],
          },
          { target: POSTURES[0]!, actions: 'chooseSituation' },
        ],
        BACK: [
          {
            guard: 'countryInWalk',
            target: 'country',
            actions: ['clearReturnToReview', 'countryOnTheWayIn'],
          },
          { target: 'start', actions: 'clearReturnToReview' },
        ],
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
            CHANGE_COUNTRY: changeCountry(p),
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
          CHANGE_COUNTRY: ReturnType<typeof changeCountry>;
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
        CHANGE_COUNTRY: changeCountry('review'),
      },
    },
    result: {
      on: { BACK: 'review', CHANGE_COUNTRY: changeCountry('result') },
    },
  },
});

/**
 * The step a snapshot shows: "opening" and "leavingCountry" are left in the same macrostep and
 * never seen.
 */
export function stepOf(snapshot: { value: string }): Step {
  if (snapshot.value === 'opening' || snapshot.value === 'leavingCountry')
    throw new Error(`the wizard is still in "${snapshot.value}"`);
  return snapshot.value as Step;
}
