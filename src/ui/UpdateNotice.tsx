// What the update prompt shows: a live region, empty until a new version waits. Apart from the
// service worker's hook (UpdatePrompt.tsx) so the build-time pre-render of the start page can
// render the same empty region without registering anything.
import { useTranslation } from 'react-i18next';
import './UpdatePrompt.css';

interface Props {
  needRefresh: boolean;
  onReload?: () => void;
  onLater?: () => void;
}

export function UpdateNotice({ needRefresh, onReload, onLater }: Props) {
  const { t } = useTranslation('ui');
  // The live region exists before its message so screen readers announce the message.
  return (
    <div className="update-prompt" role="status">
      {needRefresh && (
        <>
          <p>{t('update.available')}</p>
          <div className="actions">
            <button type="button" className="button button--primary" onClick={onReload}>
              {t('update.reload')}
            </button>
            <button type="button" className="button button--secondary" onClick={onLater}>
              {t('update.later')}
            </button>
          </div>
        </>
      )}
    </div>
  );
}
