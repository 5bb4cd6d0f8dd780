import { useTranslation } from 'react-i18next';

export function StepActions({ onBack, nextLabel }: { onBack?: () => void; nextLabel?: string }) {
  // Only the lazy step screens show it: its words come with them, in `screens`.
  const { t } = useTranslation('screens');
  return (
    <div className="actions">
      <button type="submit" className="button button--primary">
        {nextLabel ?? t('actions.next')}
      </button>
      {onBack && (
        <button type="button" className="button button--secondary" onClick={onBack}>
          {t('actions.back')}
        </button>
      )}
    </div>
  );
}
