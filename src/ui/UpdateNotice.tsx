// What the update prompt shows: a live region, empty until a new version waits. Apart from the
// service worker's hook (UpdatePrompt.tsx) so the build-time pre-render of the start page can
// render the same empty region without registering anything.
import { useTranslation } from 'react-i18next';
import './UpdatePrompt.css';
import { Button } from './components/Button';

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
            <Button variant="primary" onClick={onReload}>
              {t('update.reload')}
            </Button>
            <Button variant="secondary" onClick={onLater}>
              {t('update.later')}
            </Button>
          </div>
        </>
      )}
    </div>
  );
}
