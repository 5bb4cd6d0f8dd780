// The recommendation with its reasons. It renders the engine's evaluation and decides nothing.
import { useTranslation } from 'react-i18next';
import { key } from '../../domain/content/keys';
import { POSTURES } from '../../domain/content/types';
import { evaluate } from '../../domain/engine/evaluate';
import type { CaseData } from '../../domain/wizard/steps';
import { useContent } from '../ContentContext';

const VERDICT_SYMBOL = { clear: '✓', conditions: '!', blocked: '✕' } as const;

export function ResultPage({ data, onBack }: { data: CaseData; onBack: () => void }) {
  const content = useContent();
  const { t, i18n } = useTranslation(['ui', 'content', 'carnet']);
  const tc = (k: string) => t(k, { ns: 'content', context: data.jurisdiction });
  const tk = (k: string) => t(k, { ns: 'carnet' });
  const evaluation = evaluate(content, data);
  const resourceById = new Map(content.carnet.resources.map((r) => [r.id, r]));
  const outcome = evaluation.outcome;
  const today = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'long' }).format(new Date());

  return (
    <div className="result">
      <p className="sheet-meta">
        {t('result.date')} : {today} · {tc(key.jurisdictionName(data.jurisdiction))} ·{' '}
        {data.situation && tc(key.situationTitle(data.situation))}
        {data.description && <span className="free-text"> — {data.description}</span>}
      </p>
      {outcome && (
        <section className={`outcome outcome--${outcome.id}`} aria-labelledby="outcome-title">
          <h2 id="outcome-title">
            <span className="label">{t('result.recommendation')} : </span>
            {tc(key.outcomeTitle(outcome.id))}
          </h2>
          <p>{tc(key.outcomeSummary(outcome.id))}</p>
        </section>
      )}
      <section aria-labelledby="verdicts-title">
        <h2 id="verdicts-title">{t('result.postures')}</h2>
        <ul className="verdicts">
          {POSTURES.map((p) => {
            const r = evaluation.postures[p];
            return (
              <li key={p} className={`verdict verdict--${r.verdict}`}>
                <span aria-hidden="true" className="verdict-symbol">
                  {VERDICT_SYMBOL[r.verdict]}
                </span>{' '}
                <strong>{tc(key.postureQuestion(p))}</strong> {tc(key.verdict(r.verdict))}
                {r.unsure > 0 && <span> · {t('result.unsure', { count: r.unsure })}</span>}
              </li>
            );
          })}
        </ul>
      </section>
      {evaluation.reasons.length > 0 && (
        <section aria-labelledby="reasons-title">
          <h2 id="reasons-title">{t('result.reasons')}</h2>
          <ol className="reasons">
            {evaluation.reasons.map((r) => (
              <li key={r.reason}>
                <span className="source">{tc(key.source(r.source))}</span>{' '}
                {tc(key.reasonText(r.reason))}{' '}
                <span className="reference">({tc(key.reasonRef(r.reason))})</span>
                <ul className="because">
                  {r.answers.map((a) => (
                    <li key={`${a.question}:${a.option}`}>
                      {t('result.because', {
                        question: tc(key.questionLabel(a.question)),
                        answer: tc(key.option(a.question, a.option)),
                      })}
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ol>
        </section>
      )}
      {evaluation.nextSteps.length + evaluation.advice.length > 0 && (
        <section aria-labelledby="steps-title">
          <h2 id="steps-title">{t('result.nextSteps')}</h2>
          <ul className="checklist">
            {[...evaluation.nextSteps, ...evaluation.advice].map((id) => (
              <li key={id}>
                <span aria-hidden="true">☐ </span>
                {tc(key.advice(id))}
              </li>
            ))}
          </ul>
        </section>
      )}
      {evaluation.resources.length > 0 && (
        <section aria-labelledby="resources-title">
          <h2 id="resources-title">{t('result.resources')}</h2>
          <ul className="resources">
            {evaluation.resources.map((id) => (
              <li key={id}>
                <a href={resourceById.get(id)?.url} rel="noreferrer noopener" target="_blank">
                  {tk(key.resourceTitle(id))}
                </a>{' '}
                — {tk(key.resourcePublisher(id))}
                <span className="url"> {resourceById.get(id)?.url}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
      <div className="actions no-print">
        <button type="button" className="button button--primary" onClick={() => window.print()}>
          {t('result.print')}
        </button>
        <button type="button" className="button button--secondary" onClick={onBack}>
          {t('actions.back')}
        </button>
      </div>
    </div>
  );
}
