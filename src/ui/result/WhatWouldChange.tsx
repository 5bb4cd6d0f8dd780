// "What would change the outcome": the engine's smallest sets of lever changes that give a less
// cautious outcome, in words, each with one click to see the case with that change. Facts (the
// person's choice, the law) are never suggested: the engine only tries levers.
import { useTranslation } from 'react-i18next';
import { key } from '../../domain/content/keys';
import type { AnswerEdit, ChangeSuggestion } from '../../domain/engine/change';

interface Props {
  suggestions: readonly ChangeSuggestion[];
  tc: (k: string | string[]) => string;
  /** The case's situation: a question reads in its words (ADR 0025). */
  situation: string | null;
  /** Shows the case with this change, the real answers kept aside. */
  onExplore?: (suggestion: ChangeSuggestion) => void;
}

/** How many suggestions the page shows: the best ones, the rest would bury them. */
export const SHOWN_SUGGESTIONS = 4;
/** How many of them are unfolded: the best one; paper prints them all. */
export const OPEN_SUGGESTIONS = 1;

export function useChangeWords(tc: (k: string | string[]) => string, situation: string | null) {
  const { t } = useTranslation('screens');
  const options = (question: string, ids: readonly string[]) =>
    ids.map((o) => tc(key.option(question, o))).join(t('punctuation.list'));
  const edit = (e: AnswerEdit) =>
    t('result.changeOne', {
      question: tc(key.questionLabel(e.question, situation)),
      answer: options(e.question, e.to),
      from: options(e.question, e.from),
    });
  return (s: ChangeSuggestion) => s.edits.map(edit).join(t('punctuation.series'));
}

export function WhatWouldChange({ suggestions, tc, situation, onExplore }: Props) {
  const { t } = useTranslation('screens');
  const words = useChangeWords(tc, situation);
  const shown = suggestions.slice(0, SHOWN_SUGGESTIONS);
  const item = (s: ChangeSuggestion) => {
    const changes = words(s);
    return (
      <li key={changes}>
        <p className="change-line">
          {t('result.changeLeadsTo', { changes, outcome: tc(key.outcomeTitle(s.outcome)) })}
        </p>
        {onExplore && (
          <button type="button" className="link-button no-print" onClick={() => onExplore(s)}>
            {t('result.changeSee')}
            <span className="visually-hidden"> {t('punctuation.aside', { text: changes })}</span>
          </button>
        )}
      </li>
    );
  };
  return (
    // Without a suggestion the section says so on screen; paper keeps its room for the rest.
    <section
      className={suggestions.length === 0 ? 'what-would-change no-print' : 'what-would-change'}
      aria-labelledby="change-title"
    >
      <h2 id="change-title">{t('result.changeTitle')}</h2>
      <p className="hint no-print">{t('result.changeIntro')}</p>
      {suggestions.length === 0 ? (
        <p>{t('result.changeNone')}</p>
      ) : (
        <>
          <ul className="change-list">{shown.slice(0, OPEN_SUGGESTIONS).map(item)}</ul>
          {/* The others folded (ADR 0024): each one is three to ten lines on a phone. */}
          {shown.length > OPEN_SUGGESTIONS && (
            <details className="change-more">
              <summary>
                {t('result.changeMore', { count: shown.length - OPEN_SUGGESTIONS })}
              </summary>
              <ul className="change-list">{shown.slice(OPEN_SUGGESTIONS).map(item)}</ul>
            </details>
          )}
        </>
      )}
    </section>
  );
}
