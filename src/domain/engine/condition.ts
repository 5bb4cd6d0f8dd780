import type { Condition } from '../content/types.ts';
import type { Answers } from './types.ts';

export interface ConditionScope {
  /** Only the answers to questions already on the path: later or skipped ones never count. */
  answers: Answers;
  situation: string | null;
  jurisdiction: string;
}

export function holds(condition: Condition, scope: ConditionScope): boolean {
  if ('answer' in condition) {
    const given = scope.answers[condition.answer] ?? [];
    return given.some((o) => condition.anyOf.includes(o));
  }
  if ('situation' in condition)
    return scope.situation !== null && condition.situation.includes(scope.situation);
  if ('jurisdiction' in condition) return condition.jurisdiction.includes(scope.jurisdiction);
  if ('all' in condition) return condition.all.every((c) => holds(c, scope));
  if ('any' in condition) return condition.any.some((c) => holds(c, scope));
  return !holds(condition.not, scope);
}

/** The question ids a condition reads, for content:check. */
export function questionsRead(condition: Condition): string[] {
  if ('answer' in condition) return [condition.answer];
  if ('all' in condition) return condition.all.flatMap(questionsRead);
  if ('any' in condition) return condition.any.flatMap(questionsRead);
  if ('not' in condition) return questionsRead(condition.not);
  return [];
}
