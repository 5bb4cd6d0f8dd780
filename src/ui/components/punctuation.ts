// Punctuation between words is the language's, so it lives in the locale files (`ui`,
// `punctuation.*`), never in code or CSS: French puts a space before a colon ("Date : …"),
// English does not ("Date: …"). Every screen joins a label to its value, or two texts, here.
import type { TFunction } from 'i18next';

/** "Date" → "Date :" in French, "Date:" in English. */
export const labelled = (t: TFunction, label: string): string =>
  t('punctuation.label', { ns: 'ui', label });

/** Two texts side by side: "Title — summary". */
export const paired = (t: TFunction, first: string, second: string): string =>
  t('punctuation.pair', { ns: 'ui', first, second });

/** A question before its answers, in a list of answers: "Question —". */
export const termed = (t: TFunction, term: string): string =>
  t('punctuation.term', { ns: 'ui', term });
