import { useTranslation } from 'react-i18next';

export function Progress({ current, total }: { current: number; total: number }) {
  const { t } = useTranslation('ui');
  return (
    <p className="progress">
      <span>{t('progress', { current, total })}</span>
      <progress max={total} value={current} aria-hidden="true" />
    </p>
  );
}
