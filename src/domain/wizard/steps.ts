// The wizard's steps and which ones a case may visit. The machine routes with these; the engine
// (walkPath/evaluate) says what is answered. Nothing here decides an outcome.
import type { Content, JurisdictionId, PostureId } from '../content/types.ts';
import { POSTURES } from '../content/types.ts';
import { evaluate } from '../engine/evaluate.ts';
import type { Answers, Evaluation } from '../engine/types.ts';

export const STEPS = [
  'start',
  'country',
  'situation',
  'know',
  'want',
  'can',
  'review',
  'result',
] as const;
export type Step = (typeof STEPS)[number];

export function isStep(value: unknown): value is Step {
  return typeof value === 'string' && (STEPS as readonly string[]).includes(value);
}

/** The steps that show the case's country with "Change" beside it: all after the country step. */
export function showsCountry(step: Step): boolean {
  return step !== 'start' && step !== 'country';
}

export function isPostureStep(step: Step): step is PostureId {
  return (POSTURES as readonly string[]).includes(step);
}

/** What the user has told the wizard so far: the case, without any person's name. */
export interface CaseData {
  jurisdiction: JurisdictionId;
  situation: string | null;
  /** "Other situation" only: a few words, never a name (the screen says so). */
  description: string;
  answers: Answers;
  /** What the worker adds on the decision sheet. Free text: never put in a share link. */
  sheet: SheetData;
}

export const CONSENT = ['asked', 'obtained', 'refused', 'not-applicable'] as const;
export type Consent = (typeof CONSENT)[number];

export interface SheetData {
  /** A case reference of the worker's own (the screen warns: never a name). */
  reference: string;
  notes: string;
  consent: Consent | null;
}

export const emptySheet = (): SheetData => ({ reference: '', notes: '', consent: null });

/**
 * A new case. Its country is the worker's remembered one (`country`, a preference of this
 * device) or, until the worker chooses one, the content's default as a placeholder only: the
 * machine keeps such a case on the country step (its `countryChosen` is false), whose radios
 * show nothing ticked, so no case is ever walked under a country nobody chose (ADR 0023).
 */
export function emptyCase(content: Content, country: JurisdictionId | null = null): CaseData {
  return {
    jurisdiction: country ?? content.jurisdictions.default,
    situation: null,
    description: '',
    answers: {},
    sheet: emptySheet(),
  };
}

/**
 * The furthest step this case can show: every step before it has what it needs. A case whose
 * country nobody chose yet (`countryChosen` false: a fresh case on a device with no remembered
 * country) goes no further than the country step; a case opened from a file, a link or this
 * browser has its country.
 */
export function furthestStep(content: Content, data: CaseData, countryChosen = true): Step {
  return furthestStepOf(data, evaluate(content, data), countryChosen);
}

/** furthestStep, from an evaluation of the case already at hand (the machine keeps one). */
export function furthestStepOf(data: CaseData, evaluation: Evaluation, countryChosen = true): Step {
  if (!countryChosen) return 'country';
  if (data.situation === null) return 'situation';
  for (const p of POSTURES)
    if (evaluation.path[p].some((q) => evaluation.missing.includes(q))) return p;
  return 'result';
}

export function canVisit(
  content: Content,
  data: CaseData,
  step: Step,
  countryChosen = true,
): boolean {
  return visitable(data, evaluate(content, data), step, countryChosen);
}

/** canVisit, from an evaluation of the case already at hand. */
export function visitable(
  data: CaseData,
  evaluation: Evaluation,
  step: Step,
  countryChosen = true,
): boolean {
  const furthest = furthestStepOf(data, evaluation, countryChosen);
  // "review" and "result" are reached together: once everything is answered.
  const order = (s: Step) => (s === 'result' ? STEPS.indexOf('review') : STEPS.indexOf(s));
  return order(step) <= order(furthest);
}

/**
 * The step asked for if the case can show it, otherwise the furthest one it can (the check
 * page rather than the result: a case reopened elsewhere is checked before it is concluded).
 */
export function reachableStep(
  data: CaseData,
  evaluation: Evaluation,
  step: Step,
  countryChosen = true,
): Step {
  if (visitable(data, evaluation, step, countryChosen)) return step;
  const furthest = furthestStepOf(data, evaluation, countryChosen);
  return furthest === 'result' ? 'review' : furthest;
}

/**
 * Step number and count for "Étape X sur Y", from the steps the case walks: the country step
 * counts when this case's walk shows it (`withCountry`: no country was remembered when it
 * began). Reached otherwise (its "Change" link), the country step is an aside: no number.
 */
export function progress(
  step: Step,
  withCountry = false,
): { current: number; total: number } | null {
  const walked: Step[] = [
    ...(withCountry ? (['country'] as const) : []),
    'situation',
    ...POSTURES,
    'review',
  ];
  const i = walked.indexOf(step);
  return i < 0 ? null : { current: i + 1, total: walked.length };
}
