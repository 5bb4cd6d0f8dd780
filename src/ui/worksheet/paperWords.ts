// The words the worksheet and the decision map both use to tell conditions and rules on paper,
// built once from the locale files: `say` reads the screens' words, `sayContent` the content's;
// a question is referred to by its number where the page numbers it, else by its label.
import { key } from '../../domain/content/keys';
import type { ConditionWords } from './conditionWords';
import type { RuleWords } from './ruleWords';

export type Say = (key: string, options?: Record<string, unknown>) => string;

export function paperWords(
  say: Say,
  sayContent: (key: string | string[]) => string,
  numberOf: ReadonlyMap<string, number>,
  /** The page's situation, whose own words a question is quoted in; null for all situations. */
  situation: string | null,
): { condition: ConditionWords; rule: RuleWords } {
  const quote = (text: string) => say('worksheet.quote', { text });
  const or = say('worksheet.or');
  const and = say('worksheet.and');
  return {
    condition: {
      quote,
      or,
      and,
      answer: (answers, question) => say('worksheet.condition.answer', { answers, question }),
      situation: (situations) => say('worksheet.condition.situation', { situations }),
      jurisdiction: (names) => say('worksheet.condition.jurisdiction', { jurisdictions: names }),
      not: (condition) => say('worksheet.condition.not', { condition }),
      question: (id) => {
        const n = numberOf.get(id);
        return n
          ? say('worksheet.questionRef', { n })
          : quote(sayContent(key.questionLabel(id, situation)));
      },
      option: (q, o) => sayContent(key.option(q, o)),
      situationTitle: (id) => sayContent(key.situationTitle(id)),
      jurisdictionName: (id) => sayContent(key.jurisdictionName(id)),
    },
    rule: {
      quote,
      or,
      and,
      posture: (posture, verdicts) => say('worksheet.decision.posture', { posture, verdicts }),
      flag: (flag) => say('worksheet.decision.flag', { flag }),
      notFlag: (flag) => say('worksheet.decision.notFlag', { flag }),
      when: (condition) => say('worksheet.decision.if', { condition }),
      otherwise: say('worksheet.decision.otherwise'),
      postureQuestion: (p) => sayContent(key.postureQuestion(p)),
      verdict: (v) => sayContent(key.verdict(v)),
      flagName: (id) => sayContent(key.flag(id)),
    },
  };
}
