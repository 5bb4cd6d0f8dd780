import { useTranslation } from 'react-i18next';
import { EXPIRY_MS, type SavedCase } from '../../domain/case/savedCase.write';
import type { CaseData } from '../../domain/wizard/steps';
import { ImportCase } from '../case/ImportCase';
import { Button } from '../components/Button';
import { dateFormat } from '../dateFormat';

interface Props {
  onBegin: () => void;
  /** A case saved in this browser, offered rather than opened. */
  resume?: SavedCase | null;
  onResume?: () => void;
  onForget?: () => void;
  onImport?: (data: CaseData, migrated: boolean) => void;
}

export function StartPage({ onBegin, resume, onResume, onForget, onImport }: Props) {
  const { t, i18n } = useTranslation('ui');
  const date = (ms: number) =>
    dateFormat(i18n.language, { dateStyle: 'long', timeStyle: 'short' }).format(ms);
  return (
    <div className="start">
      {resume && (
        <section className="notice resume" aria-labelledby="resume-title">
          <h2 id="resume-title">{t('resume.title')}</h2>
          <p>
            {t('resume.savedOn', {
              date: date(resume.savedAt),
              expires: date(resume.savedAt + EXPIRY_MS),
            })}
          </p>
          <p className="hint">{t('resume.newReplaces')}</p>
          <div className="actions">
            <Button variant="primary" onClick={onResume}>
              {t('resume.resume')}
            </Button>
            <Button variant="secondary" onClick={onForget}>
              {t('resume.forget')}
            </Button>
          </div>
        </section>
      )}
      <p className="lead">{t('start.purpose')}</p>
      {/* How long and what it takes, then the button: inside the first screen of a phone. */}
      <p className="start-duration">{t('start.duration')}</p>
      <div className="actions">
        <Button variant={resume ? 'secondary' : 'primary'} onClick={onBegin}>
          {resume ? t('resume.beginNew') : t('start.begin')}
        </Button>
      </div>
      <ul className="postures-list">
        <li>{t('start.know')}</li>
        <li>{t('start.want')}</li>
        <li>{t('start.can')}</li>
      </ul>
      <div className="notice">
        <h2>{t('start.notTitle')}</h2>
        <p>{t('start.notLegalOpinion')}</p>
        <p>{t('start.privacy')}</p>
      </div>
      <nav className="start-more" aria-label={t('startMore.navLabel')}>
        <ul>
          <li>
            <a href="#/carnet">{t('startMore.carnet')}</a>
          </li>
          <li>
            <a href="#/workshop">{t('startMore.workshop')}</a>
          </li>
          <li>
            <a href="#/worksheet">{t('startMore.worksheet')}</a>
          </li>
          <li>
            <a href="#/framework">{t('startMore.framework')}</a>
          </li>
          <li>
            <a href="#/glossary">{t('startMore.glossary')}</a>
          </li>
          <li>
            <a href="#/map">{t('startMore.map')}</a>
          </li>
        </ul>
      </nav>
      {onImport && (
        <details className="start-import">
          <summary>{t('startMore.openFile')}</summary>
          <ImportCase onImport={onImport} />
        </details>
      )}
    </div>
  );
}
