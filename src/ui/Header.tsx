import { useTranslation } from 'react-i18next';
import { LANGUAGES } from '../i18n/manifest';

interface Props {
  /** Clears the case and storage, then leaves for a neutral page (shared screens). */
  onQuickExit?: () => void;
}

export function Header({ onQuickExit }: Props) {
  const { t, i18n } = useTranslation('ui');
  const switchTo = (lng: string) => {
    void i18n.changeLanguage(lng);
    const url = new URL(window.location.href);
    url.searchParams.set('lng', lng);
    window.history.replaceState(window.history.state, '', url);
  };
  return (
    <header className="app-header no-print">
      <p className="app-name">{t('app.name')}</p>
      <nav aria-label={t('app.languageNav')}>
        <ul className="languages">
          {LANGUAGES.map((lng) => (
            <li key={lng}>
              <button
                type="button"
                lang={lng}
                aria-pressed={i18n.language === lng}
                onClick={() => switchTo(lng)}
              >
                {t(`languages.${lng}`)}
              </button>
            </li>
          ))}
        </ul>
      </nav>
      {onQuickExit && (
        <div className="quick-exit-bar">
          <button
            type="button"
            className="button quick-exit"
            aria-describedby="quick-exit-hint"
            onClick={onQuickExit}
          >
            {t('quickExit.button')}
          </button>
          {/* Said on screen, not only to screen readers: the button erases at once. */}
          <p id="quick-exit-hint" className="quick-exit-hint">
            {t('quickExit.hint')}
          </p>
        </div>
      )}
    </header>
  );
}
