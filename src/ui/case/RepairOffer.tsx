// The repair offer of the pre-rendered page (ADR 0016): rendered at build time outside the
// app's root, hidden, and shown by public/watchdog.js only if the app has not started a few
// seconds after the page was parsed. Its button is wired by that script, not by React: it must
// work precisely when the app's scripts do not.
import { useTranslation } from 'react-i18next';

/** The id public/watchdog.js looks for. */
export const REPAIR_ID = 'repair';

export function RepairOffer() {
  const { t } = useTranslation('ui');
  return (
    <div id={REPAIR_ID} className="notice notice--error repair" role="alert" hidden>
      <h2>{t('repair.title')}</h2>
      <p>{t('repair.text')}</p>
      <button type="button" className="button button--primary">
        {t('repair.button')}
      </button>
    </div>
  );
}
