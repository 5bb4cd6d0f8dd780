// Registers the service worker and offers a new version when one is waiting. The new version
// never replaces the running app by itself (registerType 'prompt'): a worker in the middle of
// a case keeps the version they started with until they choose to reload, or until the next
// visit. Loaded from main.tsx only, so component tests never meet the virtual module.
import { useRegisterSW } from 'virtual:pwa-register/react';
import { useTranslation } from 'react-i18next';
import './UpdatePrompt.css';

export function UpdatePrompt() {
  const { t } = useTranslation('ui');
  const {
    needRefresh: [needRefresh, setNeedRefresh],
    updateServiceWorker,
  } = useRegisterSW({
    // No service worker (file:// share, old browser, private mode): the app simply stays online-only.
    onRegisterError: () => undefined,
  });

  // The live region exists before its message so screen readers announce the message.
  return (
    <div className="update-prompt" role="status">
      {needRefresh && (
        <>
          <p>{t('update.available')}</p>
          <div className="actions">
            <button
              type="button"
              className="button button--primary"
              onClick={() => void updateServiceWorker(true)}
            >
              {t('update.reload')}
            </button>
            <button
              type="button"
              className="button button--secondary"
              onClick={() => setNeedRefresh(false)}
            >
              {t('update.later')}
            </button>
          </div>
        </>
      )}
    </div>
  );
}
