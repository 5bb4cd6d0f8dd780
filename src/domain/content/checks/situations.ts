// Each question declares the situations it is shown on ("all" or a list), so a trainer reads on
// the question itself where it appears. The declaration must match what the engine really does:
// a question is shown on a situation when it is common or one of the situation's extraQuestions,
// and its condition can hold there. Answers and the jurisdiction are unknown here, so a condition
// is read in three values (true, false, unknown) and "unknown" counts as "may be shown".
import { extraQuestionIds } from '../../engine/path.ts';
import type { Problem } from '../problem.ts';
import type { Condition, Content } from '../types.ts';
import { POSTURES } from '../types.ts';
import { postureFile } from './locate.ts';

type Maybe = boolean | undefined;

function mayHold(condition: Condition, situation: string): Maybe {
  if ('situation' in condition) return condition.situation.includes(situation);
  if ('answer' in condition || 'jurisdiction' in condition) return undefined;
  if ('not' in condition) {
    const inner = mayHold(condition.not, situation);
    return inner === undefined ? undefined : !inner;
  }
  const parts = ('all' in condition ? condition.all : condition.any).map((c) =>
    mayHold(c, situation),
  );
  if ('all' in condition) {
    if (parts.includes(false)) return false;
    return parts.every((p) => p === true) ? true : undefined;
  }
  if (parts.includes(true)) return true;
  return parts.every((p) => p === false) ? false : undefined;
}

/** The situations a question may be shown on, as the engine's path would ask it. */
export function shownOn(content: Content, questionId: string): string[] {
  const extras = extraQuestionIds(content);
  const question = POSTURES.flatMap((p) => content.postures[p].questions).find(
    (q) => q.id === questionId,
  );
  if (!question) return [];
  return content.situations.situations
    .filter((s) => !extras.has(question.id) || s.extraQuestions.includes(question.id))
    .filter((s) => !question.condition || mayHold(question.condition, s.id) !== false)
    .map((s) => s.id);
}

export function checkQuestionSituations(content: Content): Problem[] {
  const problems: Problem[] = [];
  const all = content.situations.situations.map((s) => s.id);
  for (const p of POSTURES)
    content.postures[p].questions.forEach((q, i) => {
      const declared = q.situations === 'all' ? all : q.situations;
      const shown = shownOn(content, q.id);
      const path = `questions[${i}].situations`;
      const undeclared = shown.filter((s) => !declared.includes(s));
      const never = declared.filter((s) => all.includes(s) && !shown.includes(s));
      if (undeclared.length > 0)
        problems.push({
          file: postureFile(p),
          path,
          message: `"${q.id}" is shown on situations it does not declare: ${undeclared.join(', ')}`,
        });
      if (never.length > 0)
        problems.push({
          file: postureFile(p),
          path,
          message: `"${q.id}" declares situations it is never shown on: ${never.join(', ')}`,
        });
    });
  return problems;
}

/** "I don't know" is always the last option, so a worker finds it in the same place everywhere. */
export const UNSURE = 'unsure';

export function checkUnsureLast(content: Content): Problem[] {
  const problems: Problem[] = [];
  for (const p of POSTURES)
    content.postures[p].questions.forEach((q, i) => {
      const at = q.options.findIndex((o) => o.id === UNSURE);
      if (at >= 0 && at !== q.options.length - 1)
        problems.push({
          file: postureFile(p),
          path: `questions[${i}].options[${at}]`,
          message: `"${UNSURE}" ("I don't know") must be the last option of "${q.id}"`,
        });
    });
  return problems;
}
