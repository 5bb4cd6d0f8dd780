// The service's framework on the decision sheet (ADR 0019): which framework the case was
// answered under, the answers the worker changed from it, and the partners nearby — on paper,
// each partner's address written out, since a link cannot be clicked there.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { key } from '../../domain/content/keys';
import type { Framework } from '../../domain/framework/model';
import type { ChangedAnswer } from '../../domain/framework/prefill';
import { formatDate } from '../dateFormat';
import './framework.css';

interface Props {
  framework: Framework;
  changed: readonly ChangedAnswer[];
  /** The case's situation: a question reads in its words (ADR 0025). */
  situation: string | null;
  /** False where the page lists the partners already (the result's next steps). */
  partners?: boolean;
}

export function FrameworkOnSheet({ framework, changed, situation, partners = true }: Props) {
  const { t, i18n } = useTranslation(['framework', 'content']);
  const id = useId();
  const option = (question: string, ids: readonly string[]) =>
    ids.map((o) => t(key.option(question, o), { ns: 'content' })).join(', ');
  return (
    <section className="framework-sheet" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('sheet.heading', { service: framework.service })}</h2>
      <p>{t('adopted', { date: formatDate(framework.adoptedOn, i18n.language) })}</p>
      {changed.length > 0 && (
        <>
          <h3>{t('sheet.changed')}</h3>
          <ul>
            {changed.map((c) => {
              const question = t(key.questionLabel(c.question, situation), { ns: 'content' });
              const said = option(c.question, c.framework);
              const kept = option(c.question, c.worker);
              return (
                <li key={c.question}>
                  {t('sheet.changedItem', { question, framework: said, worker: kept })}
                </li>
              );
            })}
          </ul>
        </>
      )}
      {partners && framework.partners.length > 0 && (
        <>
          <h3>{t('summary.partners')}</h3>
          <ul>
            {framework.partners.map((p, i) => (
              <li key={i}>
                <a href={p.url} rel="noopener noreferrer">
                  {p.name}
                </a>{' '}
                <span className="framework-sheet-url">{p.url}</span>
              </li>
            ))}
          </ul>
        </>
      )}
      {framework.dpo && <p>{t('sheet.dpo', { dpo: framework.dpo })}</p>}
    </section>
  );
}
