// The glossary page (#/glossary): every term of art in plain words, for Belgium, France or both.
// `?jurisdiction=BE` shows one country's words; `?term=dpo` (a link from a question) brings that
// entry into view and focus. Self-contained: the page registry only needs its default export.
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { key } from '../../domain/content/keys';
import type { GlossaryTerm } from '../../domain/content/types';
import { useContent } from '../ContentContext';
import { useScreenHeading } from '../host/arrival';
import type { ScreenProps } from '../host/screens';
import { useTermWords } from './useTermWords';
import './glossary.css';

interface GlossaryQuery {
  jurisdiction: string | null;
  term: string | null;
}

/** Reads the page's query from the part of the hash after `#/glossary`; unknown values are dropped. */
export function glossaryQuery(
  rest: string,
  known: { jurisdictions: readonly string[]; terms: readonly string[] },
): GlossaryQuery {
  const params = new URLSearchParams(rest.includes('?') ? rest.slice(rest.indexOf('?') + 1) : '');
  const pick = (name: string, allowed: readonly string[]) => {
    const v = params.get(name);
    return v !== null && allowed.includes(v) ? v : null;
  };
  return {
    jurisdiction: pick('jurisdiction', known.jurisdictions),
    term: pick('term', known.terms),
  };
}

export default function GlossaryPage({ rest }: ScreenProps) {
  const content = useContent();
  const { t } = useTranslation(['screens', 'ui', 'glossary', 'carnet'], { nsMode: 'fallback' });
  const { glossary, words, hasVariants, termsIn } = useTermWords();
  const jurisdictions = content.jurisdictions.jurisdictions.map((j) => j.id);
  const known = { jurisdictions, terms: glossary.terms.map((term) => term.id) };
  const query = glossaryQuery(rest, known);
  const [jurisdiction, setJurisdiction] = useState(query.jurisdiction);
  const ids = useId();
  // Title and focus on arrival come from the host (heading: 'screen').
  const heading = useScreenHeading(t('glossary.title'));
  // A link to one term then takes the focus to that term's heading (screen readers read it).
  useEffect(() => {
    const target = query.term ? document.getElementById(`term-${query.term}-name`) : null;
    target?.focus();
    target?.scrollIntoView?.({ block: 'start' });
    // Only on arrival: a change of country must not move the focus.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const choose = (value: string | null) => {
    setJurisdiction(value);
    const params = new URLSearchParams();
    if (value) params.set('jurisdiction', value);
    const q = params.toString();
    // No history entry and no hashchange: the page stays mounted, as the carnet's filters do.
    window.history.replaceState(window.history.state, '', q ? `#/glossary?${q}` : '#/glossary');
  };

  const countryName = (j: string) => t(`carnet.scope.${j}`);
  const resourceTitle = (id: string) => t(key.resourceTitle(id), { ns: 'carnet' });

  /** One entry: the country's word, or each country's when none is chosen and they differ. */
  const entry = (term: GlossaryTerm) => {
    const variants = jurisdiction === null && hasVariants(term, jurisdictions);
    const shown = variants
      ? jurisdictions.map((j) => ({ j, w: words(term, j) }))
      : [{ j: null, w: words(term, jurisdiction) }];
    const resources = content.carnet.resources.filter(
      (r) =>
        term.resources.includes(r.id) &&
        (!jurisdiction ||
          r.jurisdiction === 'all' ||
          r.jurisdiction === 'EU' ||
          r.jurisdiction === jurisdiction),
    );
    return (
      <li
        key={term.id}
        id={`term-${term.id}`}
        className={term.id === query.term ? 'glossary-term glossary-term--chosen' : 'glossary-term'}
      >
        <h2 id={`term-${term.id}-name`} tabIndex={-1}>
          {shown.map((s) => s.w.name).join(' / ')}
        </h2>
        <dl className="glossary-list">
          {shown.map(({ j, w }) => (
            <div key={j ?? 'all'}>
              {j && <dt>{t('glossary.inCountry', { country: countryName(j), term: w.name })}</dt>}
              <dd>{w.definition}</dd>
            </div>
          ))}
          {term.jurisdiction !== 'all' && (
            <div>
              <dt>{t('glossary.usedIn')}</dt>
              <dd>{countryName(term.jurisdiction)}</dd>
            </div>
          )}
        </dl>
        {resources.length > 0 && (
          <p>
            {t('glossary.more')}{' '}
            {resources.map((r, i) => (
              <span key={r.id}>
                {i > 0 && ', '}
                <a href={r.url} rel="noreferrer noopener" hrefLang={r.language}>
                  {resourceTitle(r.id)}
                </a>
              </span>
            ))}
          </p>
        )}
      </li>
    );
  };

  const terms = termsIn(jurisdiction);
  return (
    <div className="glossary">
      <h1 ref={heading} tabIndex={-1}>
        {t('glossary.title')}
      </h1>
      <p className="lead">{t('glossary.intro')}</p>
      <form
        className="carnet-filters no-print"
        aria-label={t('glossary.filters')}
        onSubmit={(e) => e.preventDefault()}
      >
        <div className="carnet-filter">
          <label htmlFor={`${ids}-jurisdiction`}>{t('glossary.jurisdiction')}</label>
          <select
            id={`${ids}-jurisdiction`}
            value={jurisdiction ?? ''}
            onChange={(e) => choose(e.target.value || null)}
          >
            <option value="">{t('carnet.anyJurisdiction')}</option>
            {jurisdictions.map((j) => (
              <option key={j} value={j}>
                {countryName(j)}
              </option>
            ))}
          </select>
        </div>
      </form>
      <p role="status" className="carnet-count">
        {t('glossary.count', { count: terms.length })}
      </p>
      <ul className="carnet-list">{terms.map(entry)}</ul>
      <p className="no-print">
        <a href="#/carnet">{t('glossary.carnet')}</a>
      </p>
      <p className="no-print">
        <a href="#/">{t('carnet.home')}</a>
      </p>
    </div>
  );
}
