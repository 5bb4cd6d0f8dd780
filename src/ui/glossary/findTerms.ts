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

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A form as a whole word or phrase: not inside a longer word ("EPN" is not found in "EPNS",
 * "mandat" not in "mandater"). An acronym (all capitals) must match its case, so "ROI" is not
 * found in "roi" (a king); other forms ignore case.
 */
export function formPattern(form: string): RegExp {
  const acronym = form === form.toUpperCase() && form !== form.toLowerCase();
  return new RegExp(`(?<![\\p{L}\\p{N}])${escape(form)}(?![\\p{L}\\p{N}])`, acronym ? 'u' : 'iu');
}

/** The terms the texts use, each once, in the glossary's order. */
export function findTerms(texts: readonly string[], terms: readonly TermWords[]): TermWords[] {
  const text = texts.join('\n');
  return terms.filter((term) => term.forms.some((form) => formPattern(form).test(text)));
}
