// The glossary's words for one country (or for both), read from the `glossary` namespace: a
// term with a word of its own in each country (ROI / règlement intérieur) gives that country's.
import glossary from 'virtual:discerne-glossary';
import type { i18n } from 'i18next';
import { useTranslation } from 'react-i18next';
import { appliesIn } from '../../domain/engine/evaluate';
import type { GlossaryTerm } from '../../domain/content/types';
import { splitForms, type TermWords } from './findTerms';

export const termKey = (id: string, text: 'name' | 'definition' | 'forms') => `term.${id}.${text}`;

/** i18next's options for a country's own word (`…_BE`, `…_FR`), or none for both. */
const inCountry = (jurisdiction: string | null) => (jurisdiction ? { context: jurisdiction } : {});

/** A term and the ways it is written in one language and country. */
export interface TermForms {
  term: GlossaryTerm;
  forms: readonly string[];
}

/**
 * The forms of every term, per i18next instance, language and country, read once. A posture
 * page looks for the terms of each of its questions and renders again at every answer: reading
 * 25 terms' words each time was a third of a step's rendering at CPU ×4 (ADR 0027). Kept only
 * once the `glossary` words are loaded, so a read made before them is never remembered.
 */
const formsRead = new WeakMap<i18n, Map<string, readonly TermForms[]>>();

export function useTermWords() {
  const { t, i18n } = useTranslation('glossary');
  /** A term's words in one jurisdiction (its own variant if it has one). */
  const words = (term: GlossaryTerm, jurisdiction: string | null): TermWords => {
    const options = inCountry(jurisdiction);
    return {
      id: term.id,
      name: t(termKey(term.id, 'name'), options),
      definition: t(termKey(term.id, 'definition'), options),
      forms: splitForms(t(termKey(term.id, 'forms'), options)),
    };
  };
  /** Whether each country has its own word for the term. */
  const hasVariants = (term: GlossaryTerm, jurisdictions: readonly string[]) =>
    jurisdictions.some((j) => i18n.exists(`${termKey(term.id, 'name')}_${j}`, { ns: 'glossary' }));
  /** The terms that apply in a jurisdiction (all of them when none is chosen). */
  const termsIn = (jurisdiction: string | null) =>
    glossary.terms.filter((term) => !jurisdiction || appliesIn(term.jurisdiction, jurisdiction));
  /** The forms of the terms that apply in a jurisdiction, to look for them in texts. */
  const formsIn = (jurisdiction: string | null): readonly TermForms[] => {
    const read = () =>
      termsIn(jurisdiction).map((term) => ({
        term,
        forms: splitForms(t(termKey(term.id, 'forms'), inCountry(jurisdiction))),
      }));
    if (!i18n.hasLoadedNamespace('glossary')) return read();
    let byCountry = formsRead.get(i18n);
    if (!byCountry) formsRead.set(i18n, (byCountry = new Map<string, readonly TermForms[]>()));
    const k = `${i18n.language}|${jurisdiction ?? ''}`;
    let forms = byCountry.get(k);
    if (!forms) byCountry.set(k, (forms = read()));
    return forms;
  };
  return { glossary, words, hasVariants, termsIn, formsIn };
}
