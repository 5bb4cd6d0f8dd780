import { useTranslation } from 'react-i18next';
import { Button } from './Button';

export function StepActions({ onBack, nextLabel }: { onBack?: () => void; nextLabel?: string }) {
  // Only the lazy step screens show it: its words come with them, in `screens`.
  const { t } = useTranslation('screens');
  return (
    <div className="actions">
      <Button variant="primary" type="submit">
        {nextLabel ?? t('actions.next')}
      </Button>
      {onBack && (
        <Button variant="secondary" onClick={onBack}>
          {t('actions.back')}
        </Button>
      )}
    </div>
  );
}
