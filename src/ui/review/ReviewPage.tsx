// "Check your answers": only the questions on the path, grouped by posture, each with a way
// to change it that comes back here.
import { useTranslation } from 'react-i18next';
import { key } from '../../domain/content/keys';
import { POSTURES } from '../../domain/content/types';
import type { Evaluation } from '../../domain/engine/types';
import type { CaseData, Step } from '../../domain/wizard/steps';
import { useContent } from '../ContentContext';
import { fieldName } from '../posture/postureForm';
import { COUNTRY_FIELD } from '../country/field';
import { focusOnChange } from './changeFocus';
import { Button } from '../components/Button';

interface Props {
  data: CaseData;
  /** The machine's evaluation of `data`. */
  evaluation: Evaluation;
  /** 'country': the country step (ADR 0023), as from the line on every step. */
  onChange: (step: Step) => void;
  onConfirm: () => void;
  onBack: () => void;
}

export function ReviewPage({ data, evaluation, onChange, onConfirm, onBack }: Props) {
  const content = useContent();
  const { t } = useTranslation(['screens', 'content']);
  const tc = (k: string | string[]) => t(k, { ns: 'content' });
  const questionById = new Map(
    POSTURES.flatMap((p) => content.postures[p].questions).map((q) => [q.id, q]),
  );
  const changeButton = (step: Step, what: string, inputName: string) => (
    <button
      type="button"
      className="link-button"
      onClick={() => {
        focusOnChange(inputName);
        onChange(step);
      }}
    >
      {t('review.change')}
      <span className="visually-hidden"> {what}</span>
    </button>
  );
  return (
    <div className="review">
      <section aria-labelledby="review-situation">
        <h2 id="review-situation">{t('review.situation')}</h2>
        <dl className="summary-list">
          <div className="summary-row">
            <dt>{t('review.situation')}</dt>
            <dd>
              {data.situation && tc(key.situationTitle(data.situation))}
              {data.description && <span className="free-text"> — {data.description}</span>}
            </dd>
            <dd>{changeButton('situation', t('review.situation'), 'situation')}</dd>
          </div>
          <div className="summary-row">
            <dt>{t('situation.jurisdictionLegend')}</dt>
            <dd>{tc(key.jurisdictionName(data.jurisdiction))}</dd>
            <dd>{changeButton('country', t('situation.jurisdictionLegend'), COUNTRY_FIELD)}</dd>
          </div>
        </dl>
      </section>
      {POSTURES.map((p) => (
        <section key={p} aria-labelledby={`review-${p}`}>
          <h2 id={`review-${p}`}>{tc(key.postureQuestion(p))}</h2>
          <dl className="summary-list">
            {evaluation.path[p].map((qid) => {
              // The key is the question's few words (GOV.UK's check answers, ADR 0024); "Change"
              // names the whole question, to a screen reader going from one to the next.
              const label = tc(key.questionLabel(qid, data.situation));
              const given = data.answers[qid] ?? [];
              return (
                <div className="summary-row" key={qid}>
                  <dt>{tc(key.questionShort(qid))}</dt>
                  <dd>
                    {questionById.get(qid) && given.length > 0
                      ? given.map((o) => tc(key.option(qid, o))).join(', ')
                      : t('review.unanswered')}
                  </dd>
                  <dd>{changeButton(p, label, fieldName(qid))}</dd>
                </div>
              );
            })}
          </dl>
        </section>
      ))}
      <div className="actions">
        <Button variant="primary" onClick={onConfirm}>
          {t('review.confirm')}
        </Button>
        <Button variant="secondary" onClick={onBack}>
          {t('actions.back')}
        </Button>
      </div>
    </div>
  );
}
