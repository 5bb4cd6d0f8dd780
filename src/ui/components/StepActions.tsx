import { useTranslation } from 'react-i18next';

export function StepActions({ onBack, nextLabel }: { onBack?: () => void; nextLabel?: string }) {
  const { t } = useTranslation('ui');
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
