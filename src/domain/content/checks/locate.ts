// Where things live in a content folder, so that every check names the file and JSON path of
// what it reports. Questions are indexed once, in the order the diagnostic asks them.
import type { Condition, Content, PostureId, Question } from '../types.ts';
import { POSTURES } from '../types.ts';

export const postureFile = (p: PostureId) => `postures/${p}.json`;

export interface QuestionPlace {
  question: Question;
  posture: PostureId;
  file: string;
  /** JSON path of the question in its file: "questions[2]". */
  path: string;
  /** Position in the whole diagnostic: know's questions, then want's, then can's. */
  order: number;
}

/** Every question by id (the first one when an id is duplicated: ids.ts reports the others). */
export function questionPlaces(content: Content): Map<string, QuestionPlace> {
  const out = new Map<string, QuestionPlace>();
  let order = 0;
  for (const posture of POSTURES)
    content.postures[posture].questions.forEach((question, i) => {
      if (!out.has(question.id))
        out.set(question.id, {
          question,
          posture,
          file: postureFile(posture),
          path: `questions[${i}]`,
          order,
        });
      order += 1;
    });
  return out;
}

/** Calls visit on every leaf of a condition with its JSON path ("condition.all[1]"). */
export function eachLeaf(
  condition: Condition,
  path: string,
  visit: (leaf: Condition, path: string) => void,
): void {
  if ('all' in condition) condition.all.forEach((c, i) => eachLeaf(c, `${path}.all[${i}]`, visit));
  else if ('any' in condition)
    condition.any.forEach((c, i) => eachLeaf(c, `${path}.any[${i}]`, visit));
  else if ('not' in condition) eachLeaf(condition.not, `${path}.not`, visit);
  else visit(condition, path);
}
