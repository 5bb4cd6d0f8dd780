// The printable case-study sheet: the narrative and the questions to discuss with their
// prompts, with room for the group's notes. One A4 page or two; the app's chrome is not printed.
import { useTranslation } from 'react-i18next';
import { key } from '../../domain/content/keys';
import type { WorkshopCase } from '../../domain/content/types';
import { projectorSteps } from '../../domain/workshop/projector';
import { useContent } from '../ContentContext';
import { PlayCase } from './PlayCase';
import { caseHref, useViewHeading } from './routes';
import { Button } from '../components/Button';

export function CaseSheet({ study }: { study: WorkshopCase }) {
  const content = useContent();
  const { t } = useTranslation(['screens', 'workshop', 'content']);
  const tw = (k: string) => t(k, { ns: 'workshop' });
  const tc = (k: string | string[]) => t(k, { ns: 'content' });
  const title = tw(key.caseTitle(study.id));
  const heading = useViewHeading(title);
  const steps = projectorSteps(content, study);
  return (
    <article className="case-sheet">
      <p className="no-print">
        <a href="#/workshop">{t('workshop.back')}</a>
      </p>
      <h1 ref={heading} tabIndex={-1}>
        {title}
      </h1>
      <dl className="case-sheet-facts">
        <div>
          <dt>{t('workshop.situation')}</dt>
          <dd>{tc(key.situationTitle(study.situation))}</dd>
        </div>
        <div>
          <dt>{t('workshop.where')}</dt>
          <dd>{tc(key.jurisdictionName(study.jurisdiction))}</dd>
        </div>
      </dl>
      <p className="case-sheet-narrative">{tw(key.caseNarrative(study.id))}</p>
      <h2>{t('workshop.print.questions')}</h2>
      <ol className="case-sheet-questions">
        {steps.map((s) => (
          <li key={s.question.id}>
            <h3>
              <span className="case-sheet-posture">{tc(key.postureQuestion(s.posture))}</span>{' '}
              {tc(key.questionLabel(s.question.id, study.situation))}
            </h3>
            <ul>
              {s.prompts.map((p) => (
                <li key={p}>{tw(p)}</li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
      <PlayCase study={study} size="sheet" />
      <h2>{t('workshop.print.notes')}</h2>
      <div className="case-sheet-notes" aria-hidden="true" />
      <div className="actions no-print">
        <Button variant="primary" onClick={() => window.print()}>
          {t('workshop.print.print')}
        </Button>
        <a className="button button--secondary" href={caseHref('case', study.id)}>
          {t('workshop.project')}
        </a>
        <a
          className="button button--secondary"
          href={`#/worksheet/${encodeURIComponent(study.situation)}`}
        >
          {t('workshop.worksheet')}
        </a>
      </div>
    </article>
  );
}
