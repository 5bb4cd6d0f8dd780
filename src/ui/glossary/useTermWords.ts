// The glossary's words for one country (or for both), read from the `glossary` namespace: a
// term with a word of its own in each country (ROI / règlement intérieur) gives that country's.
import glossary from 'virtual:discerne-glossary';
import { useTranslation } from 'react-i18next';
import { appliesIn } from '../../domain/engine/evaluate';
import type { GlossaryTerm } from '../../domain/content/types';
import { splitForms, type TermWords } from './findTerms';

export const termKey = (id: string, text: 'name' | 'definition' | 'forms') => `term.${id}.${text}`;

export function useTermWords() {
  const { t, i18n } = useTranslation('glossary');
  /** A term's words in one jurisdiction (its own variant if it has one). */
  const words = (term: GlossaryTerm, jurisdiction: string | null): TermWords => {
    const options = jurisdiction ? { context: jurisdiction } : {};
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
  return { glossary, words, hasVariants, termsIn };
}
