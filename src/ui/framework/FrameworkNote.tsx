// Beside a question the service's framework answered in advance: where the answer comes from,
// the internal rule it rests on, and whether the worker changed it (ADR 0019). For the posture
// screens; the step screens load the 'framework' namespace with it.
import { useTranslation } from 'react-i18next';
import { key } from '../../domain/content/keys';
import type { SettledAnswer } from '../../domain/framework/prefill';
import { formatDate } from '../dateFormat';
import './framework.css';

interface Props {
  settled: SettledAnswer;
  adoptedOn: string;
  /** The answer the case holds now. */
  current: readonly string[] | undefined;
}

export function FrameworkNote({ settled, adoptedOn, current }: Props) {
  const { t, i18n } = useTranslation(['framework', 'content']);
  const changed = current !== undefined && current.join(',') !== settled.answer.join(',');
  const option = (id: string) => t(key.option(settled.question, id), { ns: 'content' });
  return (
    <div className="framework-note">
      <p>{t('note.from', { date: formatDate(adoptedOn, i18n.language) })}</p>
      {settled.reference && <p>{t('note.rule', { reference: settled.reference })}</p>}
      {changed && <p>{t('note.changed', { answer: settled.answer.map(option).join(', ') })}</p>}
    </div>
  );
}
