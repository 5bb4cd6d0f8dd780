// An address that names no screen (`#/constructor`, a mistyped link, a malformed escape): said
// plainly, with the way back, instead of a crash. The case is untouched.
import { useTranslation } from 'react-i18next';

export default function NotFoundPage() {
  const { t } = useTranslation('ui');
  return (
    <div className="not-found">
      <p>{t('notFound.text')}</p>
      <p>
        <a href="#/">{t('notFound.back')}</a>
      </p>
    </div>
  );
}
