// The case's country on every step after the country step, with "Change" (ADR 0023): the
// country is asked once per device, so it must stay in sight — a worker who moved, or who is
// helping in the other country, sees it and changes it in one click. Rendered by the app
// above the screen, beside the progress; its words are `ui`'s, the country's name the
// content's, which comes with every step (shown once it is there, never as a raw key).
import { useTranslation } from 'react-i18next';
import { key } from '../../domain/content/keys';
import type { JurisdictionId } from '../../domain/content/types';
import { labelled } from './punctuation';

export function CountryLine({
  country,
  onChange,
}: {
  country: JurisdictionId;
  onChange: () => void;
}) {
  const { t, ready } = useTranslation(['ui', 'content']);
  if (!ready) return null;
  return (
    <p className="country-line">
      <span>
        {labelled(t, t('country.label'))}{' '}
        <strong>{t(key.jurisdictionName(country), { ns: 'content' })}</strong>
      </span>
      <button type="button" className="link-button" onClick={onChange}>
        {t('country.change')}
        <span className="visually-hidden"> {t('country.changeWhat')}</span>
      </button>
    </p>
  );
}
