// The projector view: one question of the case at a time, in large type, with its discussion
// prompts and, on demand, what each answer would mean. Driven from the keyboard (or a
// presenter's clicker, which sends Page Up/Down) so the facilitator can stand away.
import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { key } from '../../domain/content/keys';
import type { WorkshopCase } from '../../domain/content/types';
import { projectorSteps, revealOptions } from '../../domain/workshop/projector';
import { useContent } from '../ContentContext';
import { PlayCase } from './PlayCase';
import { caseHref, useViewHeading } from './routes';
import { paired } from '../components/punctuation';
import { Button } from '../components/Button';

const NEXT_KEYS = new Set(['ArrowRight', 'PageDown']);
const PREVIOUS_KEYS = new Set(['ArrowLeft', 'PageUp']);

export function Projector({ study }: { study: WorkshopCase }) {
  const content = useContent();
  const { t } = useTranslation(['screens', 'workshop', 'content']);
  const tw = (k: string) => t(k, { ns: 'workshop' });
  const tc = (k: string | string[], options: Record<string, unknown> = {}) =>
    t(k, { ns: 'content', ...options });
  const title = tw(key.caseTitle(study.id));
  const heading = useViewHeading(title);
  const steps = projectorSteps(content, study);
  const [index, setIndex] = useState(0);
  const [revealed, setRevealed] = useState(false);
  // The code to play the case shows first, while groups take out their phones.
  const [showPlay, setShowPlay] = useState(true);
  const questionHeading = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);
  const ids = useId();

  const go = useCallback(
    (delta: number) => {
      setIndex((i) => Math.min(Math.max(i + delta, 0), Math.max(steps.length - 1, 0)));
      setRevealed(false);
      moved.current = true;
    },
    [steps.length],
  );
  const toggle = useCallback(() => setRevealed((r) => !r), []);

  useEffect(() => {
    // After a move, focus the question so the next Space reveals it (not a button's click).
    if (moved.current) questionHeading.current?.focus();
  }, [index]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey || e.ctrlKey || e.metaKey) return;
      const target = e.target instanceof Element ? e.target : null;
      if (target?.closest('input, textarea, select, [contenteditable="true"]')) return;
      if (NEXT_KEYS.has(e.key)) {
        e.preventDefault();
        go(1);
      } else if (PREVIOUS_KEYS.has(e.key)) {
        e.preventDefault();
        go(-1);
      } else if (e.key === ' ' && !target?.closest('button, a, summary')) {
        // On a button, Space keeps its own meaning: it presses that button.
        e.preventDefault();
        toggle();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [go, toggle]);

  const step = steps[index];
  const position = t('workshop.projector.position', { current: index + 1, total: steps.length });
  const questionLabel = step ? tc(key.questionLabel(step.question.id, study.situation)) : '';
  const meanings = step ? revealOptions(content, study, step.question) : [];

  return (
    <div className="projector">
      <p className="projector-nav no-print">
        <a href="#/workshop">{t('workshop.back')}</a>
      </p>
      <h1 ref={heading} tabIndex={-1} className="projector-title">
        {title}
      </h1>
      <p className="projector-narrative">{tw(key.caseNarrative(study.id))}</p>
      <p className="no-print">
        <button
          type="button"
          className="button button--secondary"
          aria-expanded={showPlay}
          aria-controls={`${ids}-play`}
          onClick={() => setShowPlay((v) => !v)}
        >
          {/* A disclosure: one name, its state in aria-expanded. */}
          {t('workshop.play.show')}
        </button>
      </p>
      <div id={`${ids}-play`} hidden={!showPlay}>
        {showPlay && <PlayCase study={study} size="projector" />}
      </div>
      <p className="projector-keys">{t('workshop.projector.keys')}</p>
      {/* Announces each move and each reveal to screen-reader users in the room. */}
      <p role="status" className="visually-hidden">
        {step &&
          (revealed
            ? `${position} — ${t('workshop.projector.revealed')}`
            : paired(t, position, questionLabel))}
      </p>
      {!step ? (
        <p>{t('workshop.projector.empty')}</p>
      ) : (
        <section className="projector-question" aria-labelledby={`${ids}-q`}>
          <p className="projector-position">
            {position} · {tc(key.postureQuestion(step.posture))}
          </p>
          <h2 id={`${ids}-q`} ref={questionHeading} tabIndex={-1}>
            {questionLabel}
          </h2>
          <h3>{t('workshop.projector.prompts')}</h3>
          <ul className="projector-prompts">
            {step.prompts.map((p) => (
              <li key={p}>{tw(p)}</li>
            ))}
          </ul>
          <div className="projector-actions no-print">
            <Button variant="secondary" onClick={() => go(-1)} disabled={index === 0}>
              {t('workshop.projector.previous')}
            </Button>
            <Button
              variant="primary"
              aria-expanded={revealed}
              aria-controls={`${ids}-meaning`}
              onClick={toggle}
            >
              {revealed ? t('workshop.projector.hide') : t('workshop.projector.reveal')}
            </Button>
            <Button variant="secondary" onClick={() => go(1)} disabled={index === steps.length - 1}>
              {t('workshop.projector.next')}
            </Button>
          </div>
          <div id={`${ids}-meaning`} hidden={!revealed}>
            <h3>{t('workshop.projector.meaning')}</h3>
            <ul className="projector-options">
              {meanings.map((m) => (
                <li key={m.option} className={`projector-option projector-option--${m.verdict}`}>
                  <p className="projector-option-label">
                    {tc(key.option(step.question.id, m.option))}
                    {m.suggested && (
                      <span className="projector-suggested">
                        {' '}
                        ({t('workshop.projector.suggested')})
                      </span>
                    )}
                  </p>
                  <p className="projector-verdict">
                    {t('workshop.projector.verdict', {
                      posture: tc(key.postureTitle(step.posture)),
                      verdict: tc(key.verdict(m.verdict)),
                    })}
                  </p>
                  <p className="projector-reason">
                    {m.reason ? (
                      <>
                        <span className="projector-reason-label">
                          {t('workshop.projector.reason')}
                        </span>{' '}
                        {tc(key.reasonText(m.reason.id))}{' '}
                        <span className="projector-source">
                          ({tc(key.source(m.reason.source))} —{' '}
                          {tc(key.reasonRef(m.reason.id), { context: study.jurisdiction })})
                        </span>
                      </>
                    ) : (
                      t('workshop.projector.noReason')
                    )}
                  </p>
                </li>
              ))}
            </ul>
          </div>
        </section>
      )}
      <p className="no-print">
        <a href={caseHref('sheet', study.id)}>{t('workshop.sheet')}</a>
      </p>
    </div>
  );
}
