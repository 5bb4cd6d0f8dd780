// Workshop mode for trainers: case studies, a projector view, the case-study sheet and the
// comparison of the groups' answers. Its own chunk, with the `workshop` text namespace loaded
// only when a trainer opens it. Sub-routes: `#/workshop`, `#/workshop/case/<id>`,
// `#/workshop/sheet/<id>`, `#/workshop/compare`.
import { useTranslation } from 'react-i18next';
import { useContent } from '../ContentContext';
import type { ScreenProps } from '../host/screens';
import { CaseSheet } from './CaseSheet';
import { Compare } from './Compare';
import { Projector } from './Projector';
import { routeFromRest } from './routes';
import { WorkshopIndex } from './WorkshopIndex';
import './workshop.css';

export default function WorkshopPage({ rest }: ScreenProps) {
  const content = useContent();
  // The screens' words, then the shell's ("Loading…") for what `screens` does not hold.
  const { t, ready } = useTranslation(['screens', 'ui', 'workshop', 'content'], {
    nsMode: 'fallback',
  });
  if (!ready) return <p role="status">{t('app.loading')}</p>;
  const route = routeFromRest(rest);
  if (route.view === 'compare') return <Compare />;
  if (route.view === 'index') return <WorkshopIndex />;
  const study = content.workshop.cases.find((c) => c.id === route.id);
  if (!study)
    return (
      <div>
        <h1>{t('workshop.notFound')}</h1>
        <p>
          <a href="#/workshop">{t('workshop.back')}</a>
        </p>
      </div>
    );
  // A key per case: moving to another case starts its projector afresh.
  return route.view === 'case' ? (
    <Projector key={study.id} study={study} />
  ) : (
    <CaseSheet key={study.id} study={study} />
  );
}
