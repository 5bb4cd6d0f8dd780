// Rebuilds the path of questions from the answers, the way smart-answers and GC Forms do:
// answers are stored per question, and the path is recomputed, so an early change never
// forces re-answering the rest and answers that fall off the path are kept for going back.
import type { Content, PostureId, Question } from '../content/types.ts';
import { POSTURES } from '../content/types.ts';
import { holds } from './condition.ts';
import type { Answers, CaseInput } from './types.ts';

/** Question ids that only some situations bring. */
export function extraQuestionIds(content: Content): Set<string> {
  return new Set(content.situations.situations.flatMap((s) => s.extraQuestions));
}

/** Whether a question declares a situation among those it is shown on. */
export function declaresSituation(question: Question, situation: string | null): boolean {
  return (
    question.situations === 'all' || (situation !== null && question.situations.includes(situation))
  );
}

/** The questions of a posture for a situation, before conditions: those that declare it (common
 *  ones declare "all"), extra questions only for the situations that list them. */
export function postureQuestions(
  content: Content,
  posture: PostureId,
  situation: string | null,
): Question[] {
  const extras = extraQuestionIds(content);
  const mine = new Set(
    content.situations.situations.find((s) => s.id === situation)?.extraQuestions ?? [],
  );
  return content.postures[posture].questions.filter(
    (q) => declaresSituation(q, situation) && (!extras.has(q.id) || mine.has(q.id)),
  );
}

/** An answer is valid when every option exists and the combination is allowed. */
export function validAnswer(question: Question, given: string[] | undefined): given is string[] {
  if (!given || given.length === 0) return false;
  if (new Set(given).size !== given.length) return false;
  const options = given.map((id) => question.options.find((o) => o.id === id));
  if (options.some((o) => o === undefined)) return false;
  if (question.kind !== 'multiple') return given.length === 1;
  return given.length === 1 || !options.some((o) => o?.exclusive);
}

export interface PathStep {
  posture: PostureId;
  question: Question;
  /** The valid answer on the path, or undefined while unanswered. */
  answer: string[] | undefined;
}

/** The questions asked, in order, with their answers, conditions applied. */
export function walkPath(content: Content, input: CaseInput): PathStep[] {
  const onPath: Answers = {};
  const steps: PathStep[] = [];
  for (const posture of POSTURES) {
    for (const question of postureQuestions(content, posture, input.situation)) {
      const scope = {
        answers: onPath,
        situation: input.situation,
        jurisdiction: input.jurisdiction,
      };
      if (question.condition && !holds(question.condition, scope)) continue;
      const given = input.answers[question.id];
      const answer = validAnswer(question, given) ? given : undefined;
      if (answer) onPath[question.id] = answer;
      steps.push({ posture, question, answer });
    }
  }
  return steps;
}
