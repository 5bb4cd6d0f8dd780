// The blank worksheet: the whole questionnaire on paper, generated from the same content as the
// wizard, for workshops and for places without a computer. Each answer shows the symbol of its
// weight and the decision table is written out, so a group can reach the recommendation by hand.
import { useTranslation } from 'react-i18next';
import { key } from '../../domain/content/keys';
import type { Content, PostureId, Question, Signal } from '../../domain/content/types';
import { POSTURES, VERDICTS } from '../../domain/content/types';
import { signalVerdict, signalWeight } from '../../domain/engine/evaluate';
import { postureQuestions } from '../../domain/engine/path';
import { Box } from '../../print/Box';
import '../../print/print.css';
import { useContent } from '../ContentContext';
import { useScreenHeading } from '../host/arrival';
import type { ScreenProps } from '../host/screens';
import { VERDICT_SYMBOL } from '../../print/verdictSymbol';
import { conditionInWords } from './conditionWords';
import { paperWords } from './paperWords';
import { ruleInWords } from './ruleWords';
import { Button } from '../components/Button';

const SIGNAL_SYMBOL: Record<Signal, string> = {
  fine: '✓',
  unsure: '?',
  action: '!',
  blocking: '✕',
};
const SIGNALS = (Object.keys(SIGNAL_SYMBOL) as Signal[]).sort(
  (a, b) => signalWeight(b) - signalWeight(a),
);

interface Shown {
  posture: PostureId;
  question: Question;
  number: number;
  /** Situations that bring this question, when the sheet is for every situation. */
  onlyFor: string[];
}

/** The questions on the sheet, numbered: a situation's own, or every one (extras marked). */
function questionsShown(content: Content, situation: string | null): Shown[] {
  const extraFor = new Map<string, string[]>();
  for (const s of content.situations.situations)
    for (const q of s.extraQuestions) extraFor.set(q, [...(extraFor.get(q) ?? []), s.id]);
  let n = 0;
  return POSTURES.flatMap((posture) =>
    (situation
      ? postureQuestions(content, posture, situation)
      : content.postures[posture].questions
    ).map((question) => ({
      posture,
      question,
      number: ++n,
      onlyFor: situation ? [] : (extraFor.get(question.id) ?? []),
    })),
  );
}

/** Reasons the answers on the sheet can bring, numbered in order of first appearance. */
function reasonsShown(shown: Shown[]): Map<string, number> {
  const numbers = new Map<string, number>();
  for (const { question } of shown)
    for (const o of question.options)
      if (o.reason && !numbers.has(o.reason)) numbers.set(o.reason, numbers.size + 1);
  return numbers;
}

export default function WorksheetPage({ rest }: ScreenProps) {
  const content = useContent();
  // The screens' words, then the shell's (the start page's warning) for what `screens` lacks.
  const { t } = useTranslation(['screens', 'ui', 'content'], { nsMode: 'fallback' });
  const tc = (k: string | string[], context?: string) => t(k, { ns: 'content', context });
  const heading = useScreenHeading(t('worksheet.title'));
  const situationId = decodeURIComponent(rest.replace(/^\//, ''));
  const situation = content.situations.situations.find((s) => s.id === situationId) ?? null;
  const shown = questionsShown(content, situation?.id ?? null);
  const numberOf = new Map(shown.map((s) => [s.question.id, s.number]));
  const reasonNumbers = reasonsShown(shown);
  const jurisdictions = content.jurisdictions.jurisdictions.map((j) => j.id);
  const quote = (text: string) => t('worksheet.quote', { text });
  const label = (text: string) => t('punctuation.label', { label: text });

  const words = paperWords(
    (k, o) => t(k, o),
    (k) => tc(k),
    numberOf,
    situation?.id ?? null,
  );
  const conditionWords = words.condition;
  const ruleWords = words.rule;
  const reasonById = new Map(content.reasons.reasons.map((r) => [r.id, r]));
  const onlyIn = (scopes: readonly string[]) =>
    scopes.includes('all') || scopes.includes('EU')
      ? null
      : t('worksheet.onlyIn', {
          jurisdiction: scopes.map((j) => tc(key.jurisdictionName(j))).join(t('worksheet.or')),
        });

  return (
    <div className="worksheet">
      <h1 ref={heading} tabIndex={-1}>
        {t('worksheet.title')}
      </h1>
      <p className="worksheet-intro">{t('worksheet.intro')}</p>
      <div className="actions no-print">
        <Button variant="primary" onClick={() => window.print()}>
          {t('worksheet.print')}
        </Button>
      </div>
      <nav className="no-print" aria-label={t('worksheet.bySituation')}>
        <p>{t('worksheet.bySituation')}</p>
        <ul className="worksheet-links">
          {content.situations.situations.map((s) => (
            <li key={s.id}>
              <a href={`#/worksheet/${s.id}`} aria-current={s.id === situation?.id || undefined}>
                {tc(key.situationTitle(s.id))}
              </a>
            </li>
          ))}
          <li>
            <a href="#/worksheet" aria-current={situation === null || undefined}>
              {t('worksheet.common')}
            </a>
          </li>
        </ul>
      </nav>

      <section className="worksheet-case" aria-labelledby="ws-case">
        <h2 id="ws-case">
          {situation
            ? t('worksheet.forSituation', { situation: tc(key.situationTitle(situation.id)) })
            : t('worksheet.situationLegend')}
        </h2>
        {!situation && (
          <ul className="worksheet-options worksheet-options--inline">
            {content.situations.situations.map((s) => (
              <li key={s.id}>
                <Box /> {tc(key.situationTitle(s.id))}
              </li>
            ))}
          </ul>
        )}
        <p className="worksheet-line">
          <strong>{t('situation.jurisdictionLegend')}</strong>{' '}
          {jurisdictions.map((j) => (
            <span className="boxed" key={j}>
              <Box /> {tc(key.jurisdictionName(j))}
            </span>
          ))}
        </p>
        <p className="worksheet-line">
          <strong>{label(t('worksheet.date'))}</strong> <span className="blank-line" />{' '}
          <strong>{label(t('sheet.reference.print'))}</strong> <span className="blank-line" />
        </p>
        <p className="hint warning">{t('sheet.reference.warning')}</p>
        <p className="worksheet-legend">
          <strong>{label(t('worksheet.symbols.title'))}</strong> {t('worksheet.symbols.intro')}{' '}
          {SIGNALS.map((s) => (
            <span className="legend-item" key={s}>
              <span className="signal">{SIGNAL_SYMBOL[s]}</span> {t(`worksheet.symbols.${s}`)}
            </span>
          ))}
          <span className="legend-item">
            <span className="signal">⚑</span> {t('worksheet.symbols.flag')}
          </span>
        </p>
      </section>

      {POSTURES.map((p) => (
        <section key={p} className="worksheet-posture" aria-labelledby={`ws-${p}`}>
          <h2 id={`ws-${p}`}>{tc(key.postureQuestion(p))}</h2>
          <ol className="worksheet-questions">
            {shown
              .filter((s) => s.posture === p)
              .map(({ question: q, number, onlyFor }) => {
                const conditions = [
                  ...(onlyFor.length > 0
                    ? [conditionInWords({ situation: onlyFor }, conditionWords)]
                    : []),
                  ...(q.condition ? [conditionInWords(q.condition, conditionWords)] : []),
                ];
                return (
                  <li
                    key={q.id}
                    className={conditions.length > 0 ? 'ws-question ws-conditional' : 'ws-question'}
                    value={number}
                  >
                    {conditions.length > 0 && (
                      <p className="ws-condition">↳ {label(conditions.join(t('worksheet.and')))}</p>
                    )}
                    <p className="ws-label">
                      <strong>{tc(key.questionLabel(q.id, situation?.id ?? null))}</strong>
                      {q.kind === 'multiple' && (
                        <span className="ws-several"> {t('worksheet.several')}</span>
                      )}
                    </p>
                    <ul className="worksheet-options worksheet-options--inline">
                      {q.options.map((o) => {
                        const reason = o.reason ? reasonNumbers.get(o.reason) : undefined;
                        return (
                          <li key={o.id}>
                            <Box /> {tc(key.option(q.id, o.id))}{' '}
                            <span className="signal">
                              <span aria-hidden="true">{SIGNAL_SYMBOL[o.signal]}</span>
                              <span className="visually-hidden">
                                {t(`worksheet.symbols.${o.signal}`)}
                              </span>
                            </span>
                            {o.flags.map((f) => (
                              <span key={f} className="ws-flag">
                                {' '}
                                ⚑ {tc(key.flag(f))}
                              </span>
                            ))}
                            {o.exclusive && (
                              <span className="ws-alone">
                                {' '}
                                {t('punctuation.aside', { text: t('worksheet.alone') })}
                              </span>
                            )}
                            {reason && (
                              <span className="ws-reason">
                                {' '}
                                [{t('worksheet.reasonMark', { n: reason })}]
                              </span>
                            )}
                          </li>
                        );
                      })}
                    </ul>
                  </li>
                );
              })}
          </ol>
        </section>
      ))}

      <section className="worksheet-verdicts" aria-labelledby="ws-verdicts">
        <h2 id="ws-verdicts">{t('worksheet.verdicts.title')}</h2>
        <p>
          {t('worksheet.verdicts.intro')}{' '}
          {[...VERDICTS].reverse().map((v) => (
            <span className="legend-item" key={v}>
              {SIGNALS.filter((s) => signalVerdict(s) === v)
                .map((s) => SIGNAL_SYMBOL[s])
                .join(' ')}{' '}
              → {quote(tc(key.verdict(v)))}
            </span>
          ))}
        </p>
        <ul className="worksheet-options">
          {POSTURES.map((p) => (
            <li key={p}>
              <strong className="ws-posture">{tc(key.postureQuestion(p))}</strong>
              {VERDICTS.map((v) => (
                <span className="boxed" key={v}>
                  <Box /> <span aria-hidden="true">{VERDICT_SYMBOL[v]}</span> {tc(key.verdict(v))}
                </span>
              ))}
            </li>
          ))}
        </ul>
      </section>

      <section className="worksheet-decision" aria-labelledby="ws-decision">
        <h2 id="ws-decision">{t('worksheet.decision.title')}</h2>
        <p>{t('worksheet.decision.intro')}</p>
        <ol className="ws-rules">
          {content.outcomes.rules.map((r) => (
            <li key={r.id}>
              {ruleInWords(r, ruleWords)} → <strong>{tc(key.outcomeTitle(r.outcome))}</strong>
            </li>
          ))}
        </ol>
        <p className="worksheet-line">
          <strong>{label(t('worksheet.decision.chosen'))}</strong>{' '}
          {content.outcomes.outcomes.map((o) => (
            <span className="boxed" key={o.id}>
              <Box /> {tc(key.outcomeTitle(o.id))}
            </span>
          ))}
        </p>
      </section>

      {reasonNumbers.size > 0 && (
        <section className="worksheet-reasons" aria-labelledby="ws-reasons">
          <h2 id="ws-reasons">{t('worksheet.reasonsTitle')}</h2>
          <ol className="reasons">
            {[...reasonNumbers.keys()].map((id) => {
              const reason = reasonById.get(id);
              if (!reason) return null;
              const refs = jurisdictions.map((j) => tc(key.reasonRef(id), j));
              const sameEverywhere = refs.every((r) => r === refs[0]);
              const limited = onlyIn(reason.jurisdiction);
              return (
                <li key={id}>
                  <span className="source">{tc(key.source(reason.source))}</span>{' '}
                  {tc(key.reasonText(id))}{' '}
                  <span className="reference">
                    {t('punctuation.aside', {
                      text: sameEverywhere
                        ? refs[0]
                        : jurisdictions
                            .map((j, i) =>
                              t('punctuation.labelled', {
                                label: tc(key.jurisdictionName(j)),
                                text: refs[i],
                              }),
                            )
                            .join(t('punctuation.series')),
                    })}
                  </span>
                  {limited && <strong> — {limited}</strong>}
                </li>
              );
            })}
          </ol>
        </section>
      )}

      <section className="sheet-notes" aria-labelledby="ws-notes">
        <h2 id="ws-notes">{t('worksheet.notes')}</h2>
        <div className="notes-box" />
      </section>
      <footer className="sheet-footer">
        <p>{t('sheet.footer.version', { version: content.manifest.version })}</p>
        <p>{t('start.notLegalOpinion')}</p>
      </footer>
    </div>
  );
}
