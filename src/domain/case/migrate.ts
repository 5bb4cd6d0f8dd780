// A case given under other content, opened under this one: what still means something is kept,
// the rest is dropped, and the worker is told. Shared by the saved case and the exported file
// (share links are tied to the content's exact structure and are refused instead, ADR 0010).
// Pure: the readers validate the shape first; this only weighs ids against the content.
import type { Content } from '../content/types.ts';
import { POSTURES } from '../content/types.ts';
import { validAnswer } from '../engine/path.ts';
import type { Answers } from '../engine/types.ts';
import type { CaseData } from '../wizard/steps.ts';
import { knownJurisdiction, knownSituation } from './known.ts';

export interface Migrated {
  data: CaseData;
  /** Something was dropped or replaced: the screen says the answers need checking. */
  changed: boolean;
}

/**
 * Keeps each answer whose question still exists, without the options that no longer do, when
 * what is left is still a valid answer (a single choice whose option is gone is asked again).
 * An unknown situation is asked again (and its description, written for it, goes with it); an
 * unknown jurisdiction becomes the content's default. The sheet's fields are the worker's own
 * words and are kept.
 */
export function migrateCase(content: Content, data: CaseData): Migrated {
  const questions = new Map(
    POSTURES.flatMap((p) => content.postures[p].questions).map((q) => [q.id, q]),
  );
  const answers: Answers = {};
  for (const [questionId, given] of Object.entries(data.answers)) {
    const question = questions.get(questionId);
    if (!question) continue;
    const kept = given.filter((id) => question.options.some((o) => o.id === id));
    if (validAnswer(question, kept)) answers[questionId] = kept;
  }
  const situation =
    data.situation !== null && knownSituation(content, data.situation) ? data.situation : null;
  const migrated: CaseData = {
    jurisdiction: knownJurisdiction(content, data.jurisdiction)
      ? data.jurisdiction
      : content.jurisdictions.default,
    situation,
    description: situation === null ? '' : data.description,
    answers,
    sheet: { ...data.sheet },
  };
  return { data: migrated, changed: !sameCase(migrated, data) };
}

function sameCase(a: CaseData, b: CaseData): boolean {
  const answers = (x: Answers) =>
    JSON.stringify(Object.entries(x).sort(([p], [q]) => (p < q ? -1 : p > q ? 1 : 0)));
  return (
    a.jurisdiction === b.jurisdiction &&
    a.situation === b.situation &&
    a.description === b.description &&
    answers(a.answers) === answers(b.answers)
  );
}
