// A question's condition told in words, for paper: "If you answered “No” or “I don't know” to
// question 3". Every word comes from the locale files through `words`; this only assembles them.
import type { Condition } from '../../domain/content/types';

export interface ConditionWords {
  quote: (text: string) => string;
  or: string;
  and: string;
  answer: (answers: string, question: string) => string;
  situation: (situations: string) => string;
  jurisdiction: (jurisdictions: string) => string;
  not: (condition: string) => string;
  /** How the worksheet refers to a question: its number, or its label when not on the sheet. */
  question: (id: string) => string;
  option: (questionId: string, optionId: string) => string;
  situationTitle: (id: string) => string;
  jurisdictionName: (id: string) => string;
}

export function conditionInWords(condition: Condition, w: ConditionWords, nested = false): string {
  const list = (items: string[], sep: string) => items.join(sep);
  if ('answer' in condition)
    return w.answer(
      list(
        condition.anyOf.map((o) => w.quote(w.option(condition.answer, o))),
        w.or,
      ),
      w.question(condition.answer),
    );
  if ('situation' in condition)
    return w.situation(
      list(
        condition.situation.map((s) => w.quote(w.situationTitle(s))),
        w.or,
      ),
    );
  if ('jurisdiction' in condition)
    return w.jurisdiction(list(condition.jurisdiction.map(w.jurisdictionName), w.or));
  if ('not' in condition) return w.not(conditionInWords(condition.not, w, true));
  const [parts, sep] =
    'all' in condition ? [condition.all, w.and] : ([condition.any, w.or] as const);
  const text = list(
    parts.map((c) => conditionInWords(c, w, true)),
    sep,
  );
  // A group inside another group keeps its brackets, so "a and (b or c)" stays unambiguous.
  return nested && parts.length > 1 ? `(${text})` : text;
}
