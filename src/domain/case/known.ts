// Checks a case's ids against the content it is opened under. Share links, exported files and
// the case saved in this browser all carry ids given under some content version: they are only
// trusted when every id still means something here.
import type { Content, Question } from '../content/types.ts';
import { POSTURES } from '../content/types.ts';
import { validAnswer } from '../engine/path.ts';
import type { Answers } from '../engine/types.ts';

/** Content versions share a major number when their ids mean the same things. */
export const contentMajor = (version: string): string => version.split('.')[0] ?? '';

/** Whether ids given under `version` can be read under this content. */
export const sameMajor = (content: Content, version: string): boolean =>
  contentMajor(version) === contentMajor(content.manifest.version);

function questionsById(content: Content): Map<string, Question> {
  return new Map(POSTURES.flatMap((p) => content.postures[p].questions).map((q) => [q.id, q]));
}

export const knownSituation = (content: Content, situation: string): boolean =>
  content.situations.situations.some((s) => s.id === situation);

export const knownJurisdiction = (content: Content, jurisdiction: string): boolean =>
  content.jurisdictions.jurisdictions.some((j) => j.id === jurisdiction);

/** Every answer names an existing question and a valid combination of its options. */
export function answersKnown(content: Content, answers: Answers): boolean {
  const questions = questionsById(content);
  return Object.entries(answers).every(([qid, given]) => {
    const q = questions.get(qid);
    return q !== undefined && validAnswer(q, given);
  });
}

/** A copy of answers, so a decoded payload never aliases the caller's objects. */
export const copyAnswers = (answers: Answers): Answers =>
  Object.fromEntries(Object.entries(answers).map(([k, v]) => [k, [...v]]));
