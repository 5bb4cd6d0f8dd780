// The decision sheet: the recommendation with its reasons, as the worker reads it on screen and
// as it prints (print.css). It renders the engine's evaluation and decides nothing.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { shareUrl } from '../../domain/case/shareLink';
import { key } from '../../domain/content/keys';
import { POSTURES } from '../../domain/content/types';
import type { Evaluation } from '../../domain/engine/types';
import type { CaseData, SheetData } from '../../domain/wizard/steps';
import { Box } from '../../print/Box';
import '../../print/print.css';
import { useContent } from '../ContentContext';
import { ConsentField, NotesField, ReferenceField } from './SheetFields';
import { SheetFooter, SheetQr, Signatures } from './SheetFooter';
import { VERDICT_SYMBOL } from './verdictSymbol';
import { labelled, termed } from '../components/punctuation';

interface Props {
  data: CaseData;
  /** The machine's evaluation of `data`. */
  evaluation: Evaluation;
  onBack: () => void;
  /** Keeps the worker's reference, notes and consent in the case (UPDATE_SHEET). */
  onSheetChange?: (patch: Partial<SheetData>) => void;
}

export function ResultPage({ data, evaluation, onBack, onSheetChange }: Props) {
  const content = useContent();
  // The screens' words, then the shell's (the app's name) for what `screens` does not hold.
  const { t, i18n } = useTranslation(['screens', 'ui', 'content', 'carnet'], {
    nsMode: 'fallback',
  });
  const tc = (k: string) => t(k, { ns: 'content', context: data.jurisdiction });
  const tk = (k: string) => t(k, { ns: 'carnet' });
  // The fields answer at once even where the case is not wired to keep them.
  const [sheet, setSheet] = useState<SheetData>(data.sheet);
  const changeSheet = (patch: Partial<SheetData>) => {
    setSheet((s) => ({ ...s, ...patch }));
    onSheetChange?.(patch);
  };
  const resourceById = new Map(content.carnet.resources.map((r) => [r.id, r]));
  const outcome = evaluation.outcome;
  const today = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'long' }).format(new Date());
  const link = data.situation === null ? null : shareUrl(content, data, window.location);
  const causes = new Set(
    POSTURES.flatMap((p) => evaluation.postures[p].causes.map((c) => `${c.question}:${c.option}`)),
  );

  return (
    <div className="result sheet">
      <p className="sheet-title print-only">
        {t('sheet.title')} — {t('app.name')}
      </p>
      <dl className="sheet-meta">
        <div>
          <dt>{labelled(t, t('sheet.date'))}</dt>
          <dd>{today}</dd>
        </div>
        <div>
          <dt>{labelled(t, t('sheet.jurisdiction'))}</dt>
          <dd>{tc(key.jurisdictionName(data.jurisdiction))}</dd>
        </div>
        <div>
          <dt>{labelled(t, t('sheet.situation'))}</dt>
          <dd>
            {data.situation && tc(key.situationTitle(data.situation))}
            {data.description && <span className="free-text"> — {data.description}</span>}
          </dd>
        </div>
      </dl>
      <ReferenceField sheet={sheet} onChange={changeSheet} />
      {outcome && (
        <section className={`outcome outcome--${outcome.id}`} aria-labelledby="outcome-title">
          <h2 id="outcome-title">
            <span className="label">{labelled(t, t('result.recommendation'))} </span>
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
                <p className="verdict-line">
                  <span aria-hidden="true" className="verdict-symbol">
                    {VERDICT_SYMBOL[r.verdict]}
                  </span>{' '}
                  <strong>{tc(key.postureQuestion(p))}</strong>{' '}
                  <span className="verdict-word">{tc(key.verdict(r.verdict))}</span>
                  {r.unsure > 0 && <span> · {t('result.unsure', { count: r.unsure })}</span>}
                </p>
                <dl className="answers">
                  {evaluation.path[p].map((qid) => (
                    <div key={qid}>
                      <dt>{termed(t, tc(key.questionLabel(qid)))}</dt>
                      <dd>
                        {(data.answers[qid] ?? []).map((o, i) => (
                          <span key={o} className={causes.has(`${qid}:${o}`) ? 'cause' : undefined}>
                            {i > 0 && ', '}
                            {tc(key.option(qid, o))}
                          </span>
                        ))}
                      </dd>
                    </div>
                  ))}
                </dl>
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
                <Box /> {tc(key.advice(id))}
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
      <NotesField sheet={sheet} onChange={changeSheet} />
      <div className="sheet-end">
        <div className="sheet-end-main">
          <ConsentField sheet={sheet} onChange={changeSheet} />
          <Signatures />
        </div>
        {link && <SheetQr link={link} />}
      </div>
      <SheetFooter version={content.manifest.version} link={link} />
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
