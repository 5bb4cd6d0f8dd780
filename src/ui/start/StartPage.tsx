import { useTranslation } from 'react-i18next';

export function StartPage({ onBegin }: { onBegin: () => void }) {
  const { t } = useTranslation('ui');
  return (
    <div className="start">
      <p className="lead">{t('start.purpose')}</p>
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
      <div className="actions">
        <button type="button" className="button button--primary" onClick={onBegin}>
          {t('start.begin')}
        </button>
      </div>
    </div>
  );
}
