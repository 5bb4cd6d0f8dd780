// The workshop's start: the case studies, each with its projector, its sheet and the blank
// worksheet of its situation, and the way to the groups' comparison.
import { useTranslation } from 'react-i18next';
import { key } from '../../domain/content/keys';
import { useContent } from '../ContentContext';
import { mapHref } from '../map/mapLink';
import { caseHref, useViewHeading } from './routes';

export function WorkshopIndex() {
  const content = useContent();
  const { t } = useTranslation(['screens', 'workshop', 'content']);
  const heading = useViewHeading(t('workshop.title'));
  return (
    <div className="workshop">
      <h1 ref={heading} tabIndex={-1}>
        {t('workshop.title')}
      </h1>
      <p className="lead">{t('workshop.intro')}</p>
      <h2>{t('workshop.cases')}</h2>
      <ul className="workshop-cases">
        {content.workshop.cases.map((c) => {
          const title = t(key.caseTitle(c.id), { ns: 'workshop' });
          return (
            <li key={c.id} className="workshop-case">
              <h3>{title}</h3>
              <p className="workshop-meta">
                {t(key.situationTitle(c.situation), { ns: 'content' })} ·{' '}
                {t(key.jurisdictionName(c.jurisdiction), { ns: 'content' })}
              </p>
              <ul className="workshop-links">
                <li>
                  <a href={caseHref('case', c.id)}>
                    {t('workshop.project')}
                    <span className="visually-hidden"> ({title})</span>
                  </a>
                </li>
                <li>
                  <a href={caseHref('sheet', c.id)}>
                    {t('workshop.sheet')}
                    <span className="visually-hidden"> ({title})</span>
                  </a>
                </li>
                <li>
                  <a href={`#/worksheet/${encodeURIComponent(c.situation)}`}>
                    {t('workshop.worksheet')}
                    <span className="visually-hidden"> ({title})</span>
                  </a>
                </li>
                <li>
                  <a href={mapHref(c)}>
                    {t('workshop.map')}
                    <span className="visually-hidden"> ({title})</span>
                  </a>
                </li>
              </ul>
            </li>
          );
        })}
      </ul>
      <h2>{t('workshop.compare')}</h2>
      <p>{t('workshop.compareIntro')}</p>
      <p>
        <a className="button button--primary" href="#/workshop/compare">
          {t('workshop.compare')}
        </a>
      </p>
      <p>
        <a href="#/">{t('workshop.home')}</a>
      </p>
    </div>
  );
}
