// What was decided, written by hand on the paper sheet: the decision, who takes it (a role —
// the sheet never carries a name), by when, and when to look at it again. Paper only: the
// decision is taken after the tool has spoken, often in a meeting, and it is the paper that
// is kept in the file.
import { useTranslation } from 'react-i18next';
import { Box } from './Box';

export function DecisionBlock() {
  const { t } = useTranslation('screens');
  const label = (k: string) => t('punctuation.label', { label: t(k) });
  return (
    <section className="decision-block print-only" aria-label={t('sheet.decision.title')}>
      <p className="decision-line">
        <strong>{label('sheet.decision.taken')}</strong>{' '}
        <span className="boxed">
          <Box /> {t('sheet.decision.asRecommended')}
        </span>
        <span className="boxed">
          <Box /> {label('sheet.decision.other')}
        </span>
        <span className="blank-line blank-line--long" />
      </p>
      <p className="decision-line">
        <strong>{label('sheet.decision.byWhom')}</strong> <span className="blank-line" />
      </p>
      <p className="decision-line decision-line--dates">
        <span>
          <strong>{label('sheet.decision.byWhen')}</strong> <span className="blank-line" />
        </span>
        <span>
          <strong>{label('sheet.decision.review')}</strong> <span className="blank-line" />
        </span>
      </p>
    </section>
  );
}
