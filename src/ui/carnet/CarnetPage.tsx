// The carnet de cyber-discernement: resources and field practices for Belgium and France,
// filterable by posture, country and kind. Filters live in the URL so links can point at them.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { key } from '../../domain/content/keys';
import type { PostureId, Resource } from '../../domain/content/types';
import { POSTURES } from '../../domain/content/types';
import { useContent } from '../ContentContext';
import { useScreenHeading } from '../host/arrival';
import type { ScreenProps } from '../host/screens';
import { TermsExplained } from '../glossary/TermsExplained';
import { filterCarnet, filtersFromRest, hashForFilters, type CarnetFilters } from './filters';
import './carnet.css';
import { Button } from '../components/Button';
import { dateFormat, formatDate } from '../dateFormat';

/** A publication date as precise as its publisher gave it: "2019", "January 2019", a day. */
function formatPublished(date: string, language: string): string {
  const [year, month] = date.split('-');
  if (month === undefined) return year!;
  if (date.length === 'YYYY-MM'.length)
    return dateFormat(language, {
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    }).format(new Date(`${date}-01T00:00:00Z`));
  return formatDate(date, language);
}

export default function CarnetPage({ rest }: ScreenProps) {
  const content = useContent();
  // The screens' words, then the shell's (the app's name) for what `screens` does not hold.
  const { t, i18n } = useTranslation(['screens', 'ui', 'carnet', 'content'], {
    nsMode: 'fallback',
  });
  const carnet = content.carnet;
  const jurisdictions = content.jurisdictions.jurisdictions.map((j) => j.id);
  const known = { jurisdictions, kinds: carnet.resourceKinds };
  const [filters, setFilters] = useState<CarnetFilters>(() => filtersFromRest(rest, known));
  // A link to other filters while the carnet is open changes `rest`: follow it.
  const [shownRest, setShownRest] = useState(rest);
  if (shownRest !== rest) {
    setShownRest(rest);
    setFilters(filtersFromRest(rest, known));
  }
  const ids = useId();
  const heading = useScreenHeading(t('carnet.title'));

  const update = (change: Partial<CarnetFilters>) => {
    const next = { ...filters, ...change };
    setFilters(next);
    // replaceState: a filter change is not a page of its own in the history, and fires no
    // hashchange, so the page is not remounted.
    window.history.replaceState(window.history.state, '', hashForFilters(next));
  };

  const { resources, articles, practices } = filterCarnet(carnet, filters);
  const tc = (k: string) => t(k, { ns: 'carnet' });
  const postureName = (p: PostureId) => t(key.postureTitle(p), { ns: 'content' });
  const scopeName = (s: string) => t(`carnet.scope.${s}`);
  // Where a resource applies: its country, narrowed to a region when it says so (CABAN).
  const whereName = (r: Resource) =>
    r.area === undefined
      ? scopeName(r.jurisdiction)
      : t('carnet.whereArea', { country: scopeName(r.jurisdiction), area: tc(key.area(r.area)) });

  const resourceItem = (r: Resource) => {
    const title = tc(key.resourceTitle(r.id));
    return (
      <li key={r.id} id={`resource-${r.id}`} className="carnet-item">
        <h3>{title}</h3>
        <p>{tc(key.resourceDescription(r.id))}</p>
        <dl className="carnet-facts">
          <div>
            <dt>{t('carnet.publisher')}</dt>
            <dd>{tc(key.resourcePublisher(r.id))}</dd>
          </div>
          {r.published !== undefined && (
            <div>
              <dt>{t('carnet.published')}</dt>
              <dd>
                <time dateTime={r.published}>{formatPublished(r.published, i18n.language)}</time>
              </dd>
            </div>
          )}
          <div>
            <dt>{t('carnet.kindLabel')}</dt>
            <dd>{tc(key.resourceKind(r.kind))}</dd>
          </div>
          <div>
            <dt>{t('carnet.where')}</dt>
            <dd>{whereName(r)}</dd>
          </div>
          <div>
            <dt>{t('carnet.postures')}</dt>
            <dd>{r.postures.map(postureName).join(', ')}</dd>
          </div>
          <div>
            <dt>{t('carnet.reviewed')}</dt>
            <dd>
              <time dateTime={r.reviewed}>{formatDate(r.reviewed, i18n.language)}</time>
            </dd>
          </div>
          {r.language !== i18n.language && (
            <div>
              <dt>{t('carnet.language')}</dt>
              <dd>{t(`carnet.languages.${r.language}`)}</dd>
            </div>
          )}
        </dl>
        <p>
          <a href={r.url} rel="noreferrer noopener" hrefLang={r.language}>
            {t(r.published === undefined ? 'carnet.open' : 'carnet.read')}{' '}
            <span className="visually-hidden">({title})</span>
          </a>{' '}
          <span className="carnet-url">{new URL(r.url).hostname}</span>
        </p>
      </li>
    );
  };

  const select = (
    name: keyof CarnetFilters,
    label: string,
    any: string,
    options: { value: string; label: string }[],
  ) => (
    <div className="carnet-filter">
      <label htmlFor={`${ids}-${name}`}>{label}</label>
      <select
        id={`${ids}-${name}`}
        value={filters[name] ?? ''}
        onChange={(e) => update({ [name]: e.target.value || null })}
      >
        <option value="">{any}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );

  return (
    <div className="carnet">
      <h1 ref={heading} tabIndex={-1}>
        {t('carnet.title')}
      </h1>
      <p className="lead">{t('carnet.intro')}</p>
      <p className="no-print">
        <a href="#/glossary">{t('carnet.glossary')}</a>
      </p>
      <form
        className="carnet-filters no-print"
        aria-label={t('carnet.filters')}
        onSubmit={(e) => e.preventDefault()}
      >
        {select(
          'posture',
          t('carnet.posture'),
          t('carnet.anyPosture'),
          POSTURES.map((p) => ({ value: p, label: postureName(p) })),
        )}
        {select(
          'jurisdiction',
          t('carnet.jurisdiction'),
          t('carnet.anyJurisdiction'),
          jurisdictions.map((j) => ({ value: j, label: scopeName(j) })),
        )}
        {select(
          'kind',
          t('carnet.kind'),
          t('carnet.anyKind'),
          carnet.resourceKinds.map((k) => ({ value: k, label: tc(key.resourceKind(k)) })),
        )}
        <Button
          variant="secondary"
          onClick={() => update({ posture: null, jurisdiction: null, kind: null })}
        >
          {t('carnet.clear')}
        </Button>
      </form>
      <p role="status" className="carnet-count">
        {t('carnet.count', {
          count: resources.length,
          articles: articles.length,
          practices: practices.length,
        })}
      </p>

      {/* The terms of art the cards shown use (EPN, MyMinfin, RGPD…), explained once. */}
      <TermsExplained
        texts={[
          ...[...resources, ...articles].flatMap((r) => [
            tc(key.resourceTitle(r.id)),
            tc(key.resourceDescription(r.id)),
          ]),
          ...practices.flatMap((p) => [tc(key.practiceTitle(p.id)), tc(key.practiceText(p.id))]),
        ]}
        jurisdiction={filters.jurisdiction}
      />

      <section aria-labelledby={`${ids}-resources`}>
        <h2 id={`${ids}-resources`}>{t('carnet.resources')}</h2>
        {resources.length === 0 ? (
          <p className="carnet-empty">{t('carnet.noResources')}</p>
        ) : (
          <ul className="carnet-list">{resources.map(resourceItem)}</ul>
        )}
      </section>

      <section aria-labelledby={`${ids}-articles`}>
        <h2 id={`${ids}-articles`}>{t('carnet.articles')}</h2>
        {articles.length === 0 ? (
          <p className="carnet-empty">{t('carnet.noArticles')}</p>
        ) : (
          <ul className="carnet-list">{articles.map(resourceItem)}</ul>
        )}
      </section>

      <section aria-labelledby={`${ids}-practices`}>
        <h2 id={`${ids}-practices`}>{t('carnet.practices')}</h2>
        {practices.length === 0 ? (
          <p className="carnet-empty">{t('carnet.noPractices')}</p>
        ) : (
          <ul className="carnet-list">
            {practices.map((p) => (
              <li key={p.id} id={`practice-${p.id}`} className="carnet-item">
                <h3>{tc(key.practiceTitle(p.id))}</h3>
                <p>{tc(key.practiceText(p.id))}</p>
                <p className="carnet-meta">
                  {scopeName(p.jurisdiction)} · {p.postures.map(postureName).join(', ')}
                </p>
              </li>
            ))}
          </ul>
        )}
      </section>
      <p className="no-print">
        <a href="#/">{t('carnet.home')}</a>
      </p>
    </div>
  );
}
