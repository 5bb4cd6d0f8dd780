// One whole case per outcome, found with the engine rather than written by hand: the content is
// data and changes. No test runner here, so the benchmark scripts can use it too.
import type { Content, JurisdictionId, PostureId } from '../../../src/domain/content/types';
import { evaluate, walkPath, type Answers } from '../../../src/domain/engine';
import { emptyCase, type CaseData } from '../../../src/domain/wizard/steps';
import { realContent } from '../../support/content';

export interface WalkCase {
  outcome: string;
  situation: string;
  jurisdiction: JurisdictionId;
  answers: Answers;
  /** The questions asked, per posture, in the order the screens show them. */
  path: Record<PostureId, string[]>;
}

export const content: Content = realContent();

/** Answers every question on the path, in order, with `pick`'s option (the first by default). */
function complete(
  c: Content,
  situation: string,
  jurisdiction: JurisdictionId,
  fixed: Answers,
): Answers {
  const answers: Answers = { ...fixed };
  for (;;) {
    const next = walkPath(c, { situation, jurisdiction, answers }).find((st) => !st.answer);
    if (!next) return answers;
    answers[next.question.id] = [next.question.options[0]!.id];
  }
}

/**
 * One case per outcome of the decision table. For each situation and jurisdiction: the case
 * answered with every question's first option, then each single answer changed to each of its
 * other options (the questions it opens answered with their first option). Changing one answer
 * is how a worker's case differs from another, and it reaches every outcome of the table in a
 * few thousand evaluations, whatever the number of questions (a depth-first search over every
 * combination stopped in the first situation once paths grew to 17 questions). Every outcome
 * must be reachable, or the content is broken and the suite says so.
 */
export function casesByOutcome(c: Content = content): Map<string, WalkCase> {
  const wanted = new Set(c.outcomes.outcomes.map((o) => o.id));
  const found = new Map<string, WalkCase>();
  const consider = (situation: string, jurisdiction: JurisdictionId, answers: Answers) => {
    const evaluation = evaluate(c, { situation, jurisdiction, answers });
    const outcome = evaluation.outcome?.id;
    if (outcome && !found.has(outcome))
      found.set(outcome, { outcome, situation, jurisdiction, answers, path: evaluation.path });
  };
  for (const s of c.situations.situations.filter((x) => !x.freeText))
    for (const j of c.jurisdictions.jurisdictions) {
      const base = complete(c, s.id, j.id, {});
      consider(s.id, j.id, base);
      for (const step of walkPath(c, { situation: s.id, jurisdiction: j.id, answers: base }))
        for (const option of step.question.options.slice(1)) {
          if (found.size === wanted.size) break;
          const changed = { ...base, [step.question.id]: [option.id] };
          // Questions that only the old answer opened are dropped; new ones get a first option.
          const onPath = new Set(
            walkPath(c, { situation: s.id, jurisdiction: j.id, answers: changed }).map(
              (x) => x.question.id,
            ),
          );
          const kept: Answers = Object.fromEntries(
            Object.entries(changed).filter(([q]) => onPath.has(q)),
          );
          consider(s.id, j.id, complete(c, s.id, j.id, kept));
        }
    }
  const missing = [...wanted].filter((o) => !found.has(o));
  if (missing.length > 0)
    throw new Error(`no answer set reaches the outcome(s) ${missing.join(', ')}`);
  return found;
}

/** The case a walk makes, as the app keeps it (no sheet fields filled in). */
export const caseOf = (walk: WalkCase, c: Content = content): CaseData => ({
  ...emptyCase(c),
  situation: walk.situation,
  jurisdiction: walk.jurisdiction,
  answers: walk.answers,
});
