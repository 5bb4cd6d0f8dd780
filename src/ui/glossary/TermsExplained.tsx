// The terms of art a question (or any text) uses, explained right there: a native <details>,
// which a keyboard, a screen reader and a touch screen all open, never a tooltip that needs a
// mouse. Each definition links to its entry in the glossary page.
import { useTranslation } from 'react-i18next';
import { findTerms } from './findTerms';
import { useTermWords } from './useTermWords';
import './glossary.css';

interface Props {
  /** The texts shown together (a question's label, help and answers). */
  texts: readonly string[];
  /** The case's country: its own words (ROI in Belgium, règlement intérieur in France). */
  jurisdiction: string | null;
}

export function glossaryHash(term: string, jurisdiction: string | null): string {
  const params = new URLSearchParams({ term });
  if (jurisdiction) params.set('jurisdiction', jurisdiction);
  return `#/glossary?${params.toString()}`;
}

export function TermsExplained({ texts, jurisdiction }: Props) {
  const { t } = useTranslation(['screens', 'glossary']);
  const { words, formsIn } = useTermWords();
  // Only the terms found get their name and definition read.
  const found = findTerms(texts, formsIn(jurisdiction)).map(({ term }) =>
    words(term, jurisdiction),
  );
  if (found.length === 0) return null;
  return (
    <details className="terms-explained">
      <summary>{t('glossary.explained', { terms: found.map((w) => w.name).join(', ') })}</summary>
      <dl>
        {found.map((w) => (
          <div key={w.id}>
            <dt>{w.name}</dt>
            <dd>
              {w.definition}{' '}
              <a href={glossaryHash(w.id, jurisdiction)}>
                {t('glossary.seeEntry')} <span className="visually-hidden">({w.name})</span>
              </a>
            </dd>
          </div>
        ))}
      </dl>
    </details>
  );
}
