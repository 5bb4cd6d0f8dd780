// Finding the terms of art a text uses, so each is explained where it appears. Pure: the words to
// look for come from the glossary's `forms` texts (per language and country), never from code.

export interface TermWords {
  id: string;
  name: string;
  definition: string;
  /** The ways the term is written in texts: "DPO|délégué à la protection des données". */
  forms: readonly string[];
}

/** Splits a `forms` text ("DPO|délégué…") into its forms, blanks dropped. */
export function splitForms(forms: string): string[] {
  return forms
    .split('|')
    .map((f) => f.trim())
    .filter((f) => f !== '');
}

/** A letter or a digit of any script: what a whole word must not touch on either side. */
const WORD_CHAR = /[\p{L}\p{N}]/u;

/** The character (code point) that ends just before index `i`, or '' at the start. */
const charBefore = (s: string, i: number) => {
  if (i === 0) return '';
  const low = s.charCodeAt(i - 1);
  return low >= 0xdc00 && low <= 0xdfff && i >= 2 ? s.slice(i - 2, i) : s.slice(i - 1, i);
};
/** The character (code point) that starts at index `i`, or '' at the end. */
const charAt = (s: string, i: number) =>
  i < s.length ? String.fromCodePoint(s.codePointAt(i)!) : '';

/**
 * Whether `form` occurs in `text` as a whole word or phrase: not inside a longer word ("EPN" is
 * not found in "EPNS", "mandat" not in "mandater"). An acronym (all capitals) must match its
 * case, so "ROI" is not found in "roi" (a king); other forms ignore case. `lowered` is
 * `text.toLowerCase()`, computed once per text. Plain `indexOf` with a look at the characters
 * around each hit: a regular expression per form with Unicode look-arounds took 0.3 s on a
 * posture page at CPU ×4 (ADR 0027), most of it compiling the letter classes.
 */
export function occursIn(form: string, text: string, lowered = text.toLowerCase()): boolean {
  const acronym = form === form.toUpperCase() && form !== form.toLowerCase();
  const hay = acronym ? text : lowered;
  const needle = acronym ? form : form.toLowerCase();
  if (needle === '') return false;
  for (let i = hay.indexOf(needle); i !== -1; i = hay.indexOf(needle, i + 1))
    if (!WORD_CHAR.test(charBefore(hay, i)) && !WORD_CHAR.test(charAt(hay, i + needle.length)))
      return true;
  return false;
}

/** The terms the texts use, each once, in the glossary's order. */
export function findTerms<T extends Pick<TermWords, 'forms'>>(
  texts: readonly string[],
  terms: readonly T[],
): T[] {
  const text = texts.join('\n');
  const lowered = text.toLowerCase();
  return terms.filter((term) => term.forms.some((form) => occursIn(form, text, lowered)));
}
