// Model-based tests generated from the wizard machine (xstate/graph): every path the traversal
// finds is replayed, each state's invariants are checked, and the transitions the paths take
// are compared with every transition the machine declares. Answers come from walking the
// engine, so the test follows the content as it changes.
import { describe, expect, it } from 'vitest';
import { createActor, type AnyTransitionDefinition, type SnapshotFrom } from 'xstate';
import { createTestModel } from 'xstate/graph';
import { POSTURES, type PostureId } from '../../src/domain/content/types';
import { evaluate, walkPath } from '../../src/domain/engine';
import {
  canVisit,
  furthestStep,
  isPostureStep,
  progress,
  showsCountry,
  STEPS,
  stepOf,
  wizardMachine,
  type CaseData,
  emptyCase,
  type Step,
  type WizardEvent,
} from '../../src/domain/wizard';
import { answeredCase } from '../support/cases';
import { realContent } from '../support/content';

const content = realContent();
type Snap = SnapshotFrom<typeof wizardMachine>;

/** Two ways of answering, so conditional questions appear on some paths and not others. */
const PICKS = [
  (options: string[]) => options[0]!,
  (options: string[]) => options[options.length - 1]!,
];

/** The answers a user gives on a posture's page: every question its path shows, one pick. */
function postureAnswers(data: CaseData, posture: PostureId, pick: (o: string[]) => string) {
  const answers = { ...data.answers };
  for (;;) {
    const open = walkPath(content, { ...data, answers }).find(
      (s) => s.posture === posture && s.answer === undefined,
    );
    if (!open) break;
    answers[open.question.id] = [pick(open.question.options.map((o) => o.id))];
  }
  const mine = new Set(content.postures[posture].questions.map((q) => q.id));
  return Object.fromEntries(Object.entries(answers).filter(([id]) => mine.has(id)));
}

const situations = content.situations.situations.map((s) => s.id);
const jurisdictions = content.jurisdictions.jurisdictions.map((j) => j.id);
const complete = answeredCase(content, situations[0]!);
/** A case answered up to (not including) a step: restoring it on that step is allowed. */
function answeredUpTo(step: Step): CaseData {
  if (step === 'start' || step === 'country' || step === 'situation') return emptyCase(content);
  if (!isPostureStep(step)) return complete;
  let data: CaseData = { ...complete, answers: {} };
  for (const p of POSTURES.slice(0, POSTURES.indexOf(step)))
    data = { ...data, answers: { ...data.answers, ...postureAnswers(data, p, PICKS[0]!) } };
  return data;
}
const restores: WizardEvent[] = STEPS.map((step) => ({
  type: 'RESTORE',
  data: answeredUpTo(step),
  step,
}));

function events(snap: Snap): WizardEvent[] {
  const { data } = snap.context;
  const list: WizardEvent[] = [
    { type: 'BEGIN' },
    { type: 'BACK' },
    { type: 'CONFIRM' },
    { type: 'RESET' },
    { type: 'UPDATE_SHEET', sheet: { reference: 'R-1' } },
    // Every country, tried everywhere: the machine takes it on the country step only, where a
    // case with answers keeps them (new questions are asked next); the invariants below hold.
    ...jurisdictions.map((jurisdiction) => ({ type: 'CHOOSE_COUNTRY' as const, jurisdiction })),
    { type: 'CHANGE_COUNTRY' },
    ...STEPS.map((step) => ({ type: 'GO_TO' as const, step })),
    ...(['situation', ...POSTURES] as const).map((step) => ({ type: 'CHANGE' as const, step })),
    ...situations.map((situation) => ({
      type: 'CHOOSE_SITUATION' as const,
      situation,
      description: '',
    })),
    ...restores,
    // A case that cannot show the step asked for: refused.
    { type: 'RESTORE', data: answeredUpTo('know'), step: 'review' },
  ];
  const step = stepOf(snap);
  if (isPostureStep(step))
    for (const pick of PICKS)
      list.push({ type: 'SUBMIT_ANSWERS', answers: postureAnswers(data, step, pick) });
  return list;
}

/**
 * What distinguishes two states for routing: the step, the "back to the check page" flag, the
 * country's state (chosen, shown in this walk, where its step leads back to), the case's
 * country and the furthest step the case can show. Finer (every answer) would multiply the states by the
 * content's combinations without adding a route. Called by the traversal for every event tried
 * in every state, it also records the transition each one took.
 */
function serializeState(snap: Snap, event?: WizardEvent, previous?: Snap): string {
  if (event && previous) record(previous, event, snap);
  const { data, returnToReview, countryChosen, countryStep, countryFrom } = snap.context;
  return JSON.stringify([
    snap.value,
    returnToReview,
    countryChosen,
    countryStep,
    countryFrom,
    data.jurisdiction,
    furthest(data),
  ]);
}

const furthestCache = new WeakMap<CaseData, Step>();
function furthest(data: CaseData): Step {
  let step = furthestCache.get(data);
  if (step === undefined) furthestCache.set(data, (step = furthestStep(content, data)));
  return step;
}

/** Transitions the traversal took: the one chosen for an event, then an eventless one. */
const taken = new Set<AnyTransitionDefinition>();
function record(previous: Snap, event: WizardEvent, next: Snap): void {
  const [chosen] = wizardMachine.getTransitionData(previous, event);
  if (!chosen) return;
  taken.add(chosen);
  const landed = chosen.target?.[0]?.key;
  // Landing on the check page with an open question moves on at once (its "always").
  if (landed !== undefined && landed !== next.value)
    for (const t of wizardMachine.root.states[landed]?.always ?? [])
      if (t.target?.[0]?.key === next.value) taken.add(t);
}

const model = createTestModel(wizardMachine, {
  input: { content },
  events,
  serializeState,
  serializeEvent: (event) => JSON.stringify(event),
});

/** Every transition the machine declares, by identity: root, per state and eventless. */
function declaredTransitions(): Set<AnyTransitionDefinition> {
  const all = new Set<AnyTransitionDefinition>();
  const nodes = [wizardMachine.root, ...Object.values(wizardMachine.root.states)];
  for (const node of nodes) {
    for (const list of node.transitions.values()) for (const t of list) all.add(t);
    for (const t of node.always ?? []) all.add(t);
  }
  return all;
}

const describeTransition = (t: AnyTransitionDefinition) =>
  `${t.source.key} ${t.eventType || '(always)'} → ${t.target?.map((n) => n.key).join(',') ?? '(none)'}`;

/** What must hold in every state the machine can reach. */
function checkInvariants(snap: Snap): void {
  const { data, returnToReview, evaluation, countryChosen, countryStep, countryFrom, country } =
    snap.context;
  const step = stepOf(snap);
  // The evaluation the guards and screens read is the case's own, never a stale one.
  expect(evaluation).toEqual(evaluate(content, data));
  // A step is only ever shown when the case has what it needs for it.
  if (step !== 'start') expect(canVisit(content, data, step, countryChosen)).toBe(true);
  // No case is walked under a country nobody chose (ADR 0023): past the country step, the
  // country was chosen; before it is, the case has no situation.
  if (showsCountry(step)) expect(countryChosen).toBe(true);
  if (!countryChosen) expect(data.situation).toBeNull();
  // A country the device remembers is the new case's, chosen.
  if (country !== null) expect(countryChosen).toBe(true);
  // The country step leads back to a step, never to itself.
  expect(countryFrom).not.toBe('country');
  // Every step of the walk has its number, the country step when this walk shows it.
  if (step !== 'start' && step !== 'result' && (step !== 'country' || countryStep))
    expect(progress(step, countryStep)).not.toBeNull();
  // The check page and the result only show a complete case.
  if (step === 'review' || step === 'result') expect(evaluation.complete).toBe(true);
  // "Return to the check page" is never pending on the check page, the result, or once the
  // worker has gone back to the start.
  if (returnToReview) expect(['start', 'review', 'result']).not.toContain(step);
  // A step always has a situation past the situation page.
  if (isPostureStep(step)) expect(data.situation).not.toBeNull();
}

/**
 * Opening the machine on a step (a reload of `#/know`, a shared case): on that step when the
 * case can show it, otherwise on the furthest it can, the check page rather than the result.
 * Records the opening transitions taken, for the last test.
 */
function checkOpenings(): void {
  const opening = wizardMachine.root.states.opening!.always ?? [];
  // A fresh case, with no country remembered: the start page, or the country step for any
  // step asked; with one remembered, as an empty case whose country is chosen.
  for (const country of [undefined, jurisdictions[1]!])
    for (const asked of STEPS) {
      const snap = createActor(wizardMachine, { input: { content, step: asked, country } })
        .start()
        .getSnapshot();
      const expected =
        asked === 'start' || asked === 'country' ? asked : country ? 'situation' : 'country';
      expect(stepOf(snap), `fresh case, ${country ?? 'no country'}, on ${asked}`).toBe(expected);
      expect(snap.context.data.jurisdiction).toBe(country ?? content.jurisdictions.default);
      expect(snap.context.countryChosen).toBe(country !== undefined);
      checkInvariants(snap);
    }
  for (const upTo of STEPS) {
    const data = answeredUpTo(upTo);
    for (const asked of STEPS) {
      const snap = createActor(wizardMachine, { input: { content, data, step: asked } })
        .start()
        .getSnapshot();
      const opened = stepOf(snap);
      const furthest = furthestStep(content, data);
      const expected = canVisit(content, data, asked)
        ? asked
        : furthest === 'result'
          ? 'review'
          : furthest;
      expect(opened, `case answered up to ${upTo}, opened on ${asked}`).toBe(expected);
      checkInvariants(snap);
      for (const t of opening) if (t.target?.[0]?.key === opened) taken.add(t);
    }
  }
}

describe('wizard machine, model-based', () => {
  // One path to every state the traversal tells apart.
  // One path to every state the traversal tells apart; the traversal tries every event in
  // every state and records the transitions it takes (see serializeState).
  const shortest = model.getShortestPaths({ allowDuplicatePaths: true });

  it('reaches every state of the machine', () => {
    const reached = new Set(shortest.map((p) => stepOf(p.state)));
    expect([...reached].sort()).toEqual([...STEPS].sort());
  });

  it('keeps its invariants on every shortest path, replayed step by step', async () => {
    for (const path of shortest) {
      await path.test({
        states: Object.fromEntries(STEPS.map((s) => [s, (snap: Snap) => checkInvariants(snap)])),
      });
      checkInvariants(path.state);
    }
  });

  it('opens on the step of its input when the case can show it, else the furthest it can', () => {
    checkOpenings();
  });

  it('takes every transition the machine declares', () => {
    const missing = [...declaredTransitions()].filter((t) => !taken.has(t)).map(describeTransition);
    expect(missing).toEqual([]);
  });
});
