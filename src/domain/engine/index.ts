export { evaluate, decide, ruleMatches, appliesIn, signalWeight } from './evaluate.ts';
export { walkPath, postureQuestions, validAnswer, extraQuestionIds } from './path.ts';
export { holds, questionsRead } from './condition.ts';
export type * from './types.ts';
