// The one-page note for a team meeting or a manager, printed from any result: the question to
// decide, the situation in a line, what blocks and its source, what the worker needs, the
// options with the outcome each would give ("what would change the outcome"), and a box to
// record the decision. The same privacy as the sheet: a reference at most, never a name, and a
// role rather than a person in the decision box.
import { useTranslation } from 'react-i18next';
import { key } from '../domain/content/keys';
import type { PriorityAction } from '../domain/engine/decisive';
import type { ChangeSuggestion } from '../domain/engine/change';
import type { ReasonResult } from '../domain/engine/types';
import type { CaseData } from '../domain/wizard/steps';
import { Box } from './Box';

interface Props {
  data: CaseData;
  outcome: string;
  blocking: readonly ReasonResult[];
  suggestions: readonly ChangeSuggestion[];
  actions: readonly PriorityAction[];
  /** A suggestion's changes in words (the result page's own wording). */
  changeWords: (s: ChangeSuggestion) => string;
  tc: (k: string) => string;
  today: string;
}

/** The note lists the best options only: one page is the point of it. */
const NOTE_OPTIONS = 3;

export function ManagerNote(props: Props) {
  const { data, outcome, blocking, suggestions, actions, changeWords, tc, today } = props;
  const { t } = useTranslation(['screens', 'ui'], { nsMode: 'fallback' });
  const label = (text: string) => t('punctuation.label', { label: text });
  const situation = data.situation ? tc(key.situationTitle(data.situation)) : '';
  const options = suggestions.slice(0, NOTE_OPTIONS);
  // What the worker needs: the changes the options rely on, each once; without any, the
  // advice of what blocks.
  const needs = [
    ...new Set(options.flatMap((s) => s.edits.map((e) => changeWords({ ...s, edits: [e] })))),
  ];
  return (
    // Hidden until printed (print.css shows it while the document is marked to print the note).
    <article className="manager-note" aria-labelledby="note-title" hidden>
      <h1 id="note-title" className="note-title">
        {t('note.title')}
      </h1>
      <p className="note-meta">
        {t('punctuation.labelled', { label: t('sheet.date'), text: today })}
        {t('punctuation.series')}
        {t('punctuation.labelled', {
          label: t('sheet.jurisdiction'),
          text: tc(key.jurisdictionName(data.jurisdiction)),
        })}
        {data.sheet.reference &&
          t('punctuation.series') +
            t('punctuation.labelled', {
              label: t('sheet.reference.print'),
              text: data.sheet.reference,
            })}
      </p>
      <p className="note-intro">{t('note.intro')}</p>
      <h2>{t('note.question')}</h2>
      <p className="note-question">{t('note.questionText', { situation })}</p>
      <h2>{t('note.situation')}</h2>
      <p className="free-text">
        {t('punctuation.then', {
          first: data.description
            ? `${situation} ${t('punctuation.aside', { text: data.description })}`
            : situation,
          second: tc(key.outcomeTitle(outcome)),
        })}
      </p>
      <h2>{t('note.blocks')}</h2>
      {blocking.length === 0 ? (
        <p>{t('note.blocksNone')}</p>
      ) : (
        <ul className="note-list">
          {blocking.map((r) => (
            <li key={r.reason}>
              <strong>{tc(key.source(r.source))}</strong> {tc(key.reasonText(r.reason))}{' '}
              {t('punctuation.aside', { text: tc(key.reasonRef(r.reason)) })}
            </li>
          ))}
        </ul>
      )}
      <h2>{t('note.needs')}</h2>
      {needs.length > 0 ? (
        <ul className="note-list">
          {needs.map((n) => (
            <li key={n}>{n}</li>
          ))}
        </ul>
      ) : actions.length > 0 ? (
        <ul className="note-list">
          {actions.map((a) => (
            <li key={a.advice}>{tc(key.advice(a.advice))}</li>
          ))}
        </ul>
      ) : (
        <p>{t('note.needsNone')}</p>
      )}
      <h2>{t('note.options')}</h2>
      <ol className="note-options">
        <li>
          <Box />{' '}
          {t('result.changeLeadsTo', {
            changes: t('note.asIs'),
            outcome: tc(key.outcomeTitle(outcome)),
          })}
        </li>
        {options.map((s) => (
          <li key={changeWords(s)}>
            <Box />{' '}
            {t('result.changeLeadsTo', {
              changes: changeWords(s),
              outcome: tc(key.outcomeTitle(s.outcome)),
            })}
          </li>
        ))}
      </ol>
      <section className="note-decision" aria-label={t('note.decision')}>
        <h2>{t('note.decision')}</h2>
        <p>
          <strong>{label(t('note.chosen'))}</strong> <span className="blank-line" />
        </p>
        <p>
          <strong>{label(t('note.byWhom'))}</strong> <span className="blank-line" />
        </p>
        <p className="decision-line--dates">
          <span>
            <strong>{label(t('note.date'))}</strong> <span className="blank-line" />
          </span>
          <span>
            <strong>{label(t('note.review'))}</strong> <span className="blank-line" />
          </span>
        </p>
        <div className="signatures note-signatures">
          {(['signWorker', 'signManager'] as const).map((who) => (
            <div key={who} className="signature">
              <span>{t(`note.${who}`)}</span>
              <span className="signature-space" />
            </div>
          ))}
        </div>
      </section>
      <p className="note-footer">{t('start.notLegalOpinion')}</p>
    </article>
  );
}
