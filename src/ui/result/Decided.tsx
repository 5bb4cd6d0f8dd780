// "What decided it": the 1–3 reasons that set the outcome (the engine's decisiveReasons,
// highest norm first), each with the answer it came from (folded with its reference: a native
// <details>, open on paper). Right below the outcome.
import { useTranslation } from 'react-i18next';
import { key } from '../../domain/content/keys';
import type { ReasonResult } from '../../domain/engine/types';

interface Props {
  reasons: readonly ReasonResult[];
  tc: (k: string | string[]) => string;
  /** The case's situation: a question reads in its words (ADR 0025). */
  situation: string | null;
  /** The service's own rule a reason rests on ("internal rule of the service: …"), if any. */
  cite?: (reason: ReasonResult) => string | null;
}

export function Decided({ reasons, tc, situation, cite }: Props) {
  const { t } = useTranslation('screens');
  if (reasons.length === 0) return null;
  return (
    <section className="decided" aria-labelledby="decided-title">
      <h2 id="decided-title">{t('result.decided')}</h2>
      <ul className="decided-list">
        {reasons.map((r) => {
          const rule = cite?.(r) ?? null;
          return (
            <li key={r.reason}>
              <p className="decided-reason">
                <span className="source">{tc(key.source(r.source))}</span>{' '}
                {tc(key.reasonText(r.reason))}
              </p>
              {/* Its legal reference and the answer it came from, folded: on a phone they were
                  up to ten lines per reason above the priority actions (ADR 0024). Paper
                  unfolds them on the reason's line, as before. */}
              <details className="decided-why">
                <summary>{t('result.decidedWhy')}</summary>{' '}
                <span className="reference">
                  {t('punctuation.aside', { text: tc(key.reasonRef(r.reason)) })}
                </span>
                {rule && (
                  <>
                    {' '}
                    <span className="reference service-rule">
                      {t('punctuation.aside', { text: rule })}
                    </span>
                  </>
                )}
                <ul className="because">
                  {r.answers.map((a) => (
                    <li key={`${a.question}:${a.option}`}>
                      {t('result.decidedBecause', {
                        question: tc(key.questionLabel(a.question, situation)),
                        answer: tc(key.option(a.question, a.option)),
                      })}
                    </li>
                  ))}
                </ul>
              </details>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
