// fast-check arbitraries over a content set: any situation, jurisdiction and a valid answer to
// every question (on the path or not), so every generated case is complete.
import fc from 'fast-check';
import type { Content, Question } from '../../src/domain/content/types';
import { POSTURES } from '../../src/domain/content/types';
import type { Answers, CaseInput } from '../../src/domain/engine/types';

export const allQuestions = (content: Content): Question[] =>
  POSTURES.flatMap((p) => content.postures[p].questions);

export function answerArb(q: Question): fc.Arbitrary<string[]> {
  const ids = q.options.map((o) => o.id);
  if (q.kind !== 'multiple') return fc.constantFrom(...ids).map((id) => [id]);
  const exclusive = q.options.filter((o) => o.exclusive).map((o) => o.id);
  const combinable = ids.filter((id) => !exclusive.includes(id));
  return fc.oneof(
    ...(exclusive.length > 0 ? [fc.constantFrom(...exclusive).map((id) => [id])] : []),
    ...(combinable.length > 0 ? [fc.subarray(combinable, { minLength: 1 })] : []),
  );
}

export function answersArb(content: Content): fc.Arbitrary<Answers> {
  return fc.record(Object.fromEntries(allQuestions(content).map((q) => [q.id, answerArb(q)])));
}

export function caseArb(content: Content): fc.Arbitrary<CaseInput> {
  return fc.record({
    jurisdiction: fc.constantFrom(...content.jurisdictions.jurisdictions.map((j) => j.id)),
    situation: fc.constantFrom(...content.situations.situations.map((s) => s.id)),
    answers: answersArb(content),
  });
}
