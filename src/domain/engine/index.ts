export {
  evaluate,
  decide,
  ruleMatches,
  appliesIn,
  signalWeight,
  signalVerdict,
} from './evaluate.ts';
export { walkPath, postureQuestions, validAnswer, extraQuestionIds } from './path.ts';
export { holds, questionsRead } from './condition.ts';
export type * from './types.ts';
export { whatWouldChange, applyEdits } from './change.ts';
export type { AnswerEdit, ChangeSuggestion } from './change.ts';
export { decisiveAnswers, decisiveReasons, priorityActions } from './decisive.ts';
export type { DecisiveReason, PriorityAction } from './decisive.ts';
