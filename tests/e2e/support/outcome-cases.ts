// One whole case per outcome, found with the engine rather than written by hand: the content is
// data and changes. No test runner here, so the benchmark scripts can use it too.
import type { Content, JurisdictionId, PostureId } from '../../../src/domain/content/types';
import { evaluate, walkPath, type Answers } from '../../../src/domain/engine';
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

/**
 * One case per outcome of the decision table: a depth-first search over the situations,
 * jurisdictions and the options of the questions on the path (single options only). Every
 * outcome must be reachable, or the content is broken and the suite says so.
 */
export function casesByOutcome(c: Content = content): Map<string, WalkCase> {
  const wanted = new Set(c.outcomes.outcomes.map((o) => o.id));
  const found = new Map<string, WalkCase>();
  let budget = 200_000;
  const search = (situation: string, jurisdiction: JurisdictionId, answers: Answers) => {
    if (found.size === wanted.size || budget-- <= 0) return;
    const input = { situation, jurisdiction, answers };
    const next = walkPath(c, input).find((s) => !s.answer);
    if (!next) {
      const evaluation = evaluate(c, input);
      const outcome = evaluation.outcome?.id;
      if (outcome && !found.has(outcome))
        found.set(outcome, { outcome, situation, jurisdiction, answers, path: evaluation.path });
      return;
    }
    for (const option of next.question.options)
      search(situation, jurisdiction, { ...answers, [next.question.id]: [option.id] });
  };
  for (const s of c.situations.situations.filter((x) => !x.freeText))
    for (const j of c.jurisdictions.jurisdictions) search(s.id, j.id, {});
  const missing = [...wanted].filter((o) => !found.has(o));
  if (missing.length > 0)
    throw new Error(`no answer set reaches the outcome(s) ${missing.join(', ')}`);
  return found;
}
