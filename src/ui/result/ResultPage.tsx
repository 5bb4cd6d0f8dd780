// The result, on screen and on paper (print.css): the outcome in words first, what to do with it,
// then everything else folded. It renders the engine's evaluation and decides nothing.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CASE_FILE_TYPE, caseFileName, serializeCase } from '../../domain/case/caseFile.write';
import { key } from '../../domain/content/keys';
import { POSTURES } from '../../domain/content/types';
import { applyEdits, type ChangeSuggestion } from '../../domain/engine/change';
import { decisiveReasons, priorityActions } from '../../domain/engine/decisive';
import { evaluate } from '../../domain/engine/evaluate';
import type { Evaluation, ReasonResult } from '../../domain/engine/types';
import { frameworkInCase } from '../../domain/framework/inCase';
import type { Framework } from '../../domain/framework/model';
import type { CaseData, SheetData } from '../../domain/wizard/steps';
import type { GroupLabel } from '../../domain/workshop/groupLabel';
import { Box } from '../../print/Box';
import { DecisionBlock } from '../../print/DecisionBlock';
import { downloadText } from '../../print/download';
import { ManagerNote } from '../../print/ManagerNote';
import '../../print/print.css';
import { ConsentField, NotesField, ReferenceField } from '../../print/SheetFields';
import { QrCode } from '../../print/QrCode';
import { SheetFooter, SheetQr, Signatures } from '../../print/SheetFooter';
import { VERDICT_SYMBOL } from '../../print/verdictSymbol';
import { useContent } from '../ContentContext';
import { FrameworkOnSheet } from '../framework/FrameworkOnSheet';
import { FRAMEWORK_MAP } from '../framework/inEffect';
import { TermsExplained } from '../glossary/TermsExplained';
import { useScreenHeading } from '../host/arrival';
import { mapHref } from '../map/mapLink';
import { Decided } from './Decided';
import { OutcomeIcon } from './OutcomeIcon';
import { carnetLinkOf, changesOf, shareLinkOf } from './prepare';
import { PriorityActions } from './PriorityActions';
import { ResultActions } from './ResultActions';
import { SendToTrainer } from './SendToTrainer';
import './result.css';
import { useChangeWords, WhatWouldChange } from './WhatWouldChange';
import { useGroupWords } from '../workshop/groupWords';
import { dateFormat, LONG_DATE } from '../dateFormat';

interface Props {
  data: CaseData;
  /** The machine's evaluation of `data` (evaluated here when not given). */
  evaluation?: Evaluation;
  onBack: () => void;
  /** Keeps the worker's reference, notes and consent in the case (UPDATE_SHEET). */
  onSheetChange?: (patch: Partial<SheetData>) => void;
  /** Erases the case and starts again (after the page has asked). */
  onNewCase?: () => void;
  /** A case played in a live workshop (ADR 0021): the page offers "send to the trainer". */
  workshop?: { group: GroupLabel | null; onGroup: (group: GroupLabel | null) => void } | null;
  /**
   * The service's framework in effect (ADR 0019): the sheet names it with the answers changed
   * from it, the internal-rule reasons cite its rule, its partners join the next steps.
   */
  framework?: Framework | null;
}

export function ResultPage({
  data,
  evaluation: given,
  onBack,
  onSheetChange,
  onNewCase,
  workshop,
  framework,
}: Props) {
  const content = useContent();
  // The screens' words, then the shell's (the app's name) for what `screens` does not hold.
  const { t, i18n } = useTranslation(['screens', 'ui', 'content', 'carnet'], {
    nsMode: 'fallback',
  });
  const tc = (k: string | string[]) => t(k, { ns: 'content', context: data.jurisdiction });
  const tk = (k: string) => t(k, { ns: 'carnet' });
  const label = (k: string) => t('punctuation.label', { label: t(k) });
  // The fields answer at once even where the case is not wired to keep them.
  const [sheet, setSheet] = useState<SheetData>(data.sheet);
  // Decided once: emptying a field must not fold it away under the worker's hands.
  const [fieldsOpen] = useState(() =>
    Boolean(data.sheet.reference || data.sheet.notes || data.sheet.consent),
  );
  const changeSheet = (patch: Partial<SheetData>) => {
    setSheet((s) => ({ ...s, ...patch }));
    onSheetChange?.(patch);
  };
  // "See this case with that change": the page shows the changed case, the real answers kept
  // aside untouched (nothing is sent to the case), until the worker comes back to them.
  const [whatIf, setWhatIf] = useState<ChangeSuggestion | null>(null);
  const explore = (s: ChangeSuggestion | null) => {
    setWhatIf(s);
    // The page has changed under the worker: the heading says what it now shows.
    setTimeout(() => heading.current?.focus(), 0);
  };
  const changeWords = useChangeWords(tc, data.situation);
  const { fileStem } = useGroupWords();
  // A workshop group's file carries its label and is named with it ("discerne-groupe-B-vert-…").
  const group = workshop?.group ?? null;
  const save = () => {
    const now = new Date();
    downloadText(
      serializeCase(content, data, now, group),
      caseFileName(now, group ? fileStem(group) : undefined),
      CASE_FILE_TYPE,
    );
  };
  const printNote = () => {
    // print.css prints the note instead of the sheet while this mark is on the document.
    const root = document.documentElement;
    root.dataset.print = 'note';
    const done = () => {
      delete root.dataset.print;
      window.removeEventListener('afterprint', done);
    };
    window.addEventListener('afterprint', done);
    window.print();
  };
  const shown: CaseData = whatIf ? { ...data, ...applyEdits(data, whatIf.edits) } : data;

  // The machine's evaluation of the real case; the what-if view evaluates its own.
  const evaluation = whatIf || !given ? evaluate(content, shown) : given;
  const decided = decisiveReasons(content, evaluation);
  const actions = priorityActions(content, evaluation);
  // Worked out while the worker read the check page, when it could be (prepare.ts).
  const suggestions = changesOf(content, shown, evaluation);
  // On paper what decided it and the priority actions are not printed twice.
  const decidedIds = new Set(decided.map((r) => r.reason));
  const actionIds = new Set(actions.map((a) => a.advice));
  const resourceById = new Map(content.carnet.resources.map((r) => [r.id, r]));
  const outcome = evaluation.outcome;
  const outcomeTitle = outcome ? tc(key.outcomeTitle(outcome.id)) : '';
  // The page's only h1 is the outcome in words (the host renders none for this screen).
  const headingText = whatIf
    ? t('result.whatIfHeading', { outcome: outcomeTitle })
    : outcomeTitle || t('steps.result', { ns: 'ui' });
  const heading = useScreenHeading(headingText);
  const today = dateFormat(i18n.language, LONG_DATE).format(new Date());
  const link = shareLinkOf(content, data, window.location);
  const carnetLink = carnetLinkOf(window.location);
  const causes = new Set(
    POSTURES.flatMap((p) => evaluation.postures[p].causes.map((c) => `${c.question}:${c.option}`)),
  );
  const steps = [...evaluation.nextSteps, ...evaluation.advice];
  // On paper, the reasons that weigh are printed whole; those met (every answer behind them is
  // fine) are counted, their text one QR code away: the sheet stays on two pages (ADR 0007).
  const isMet = (r: ReasonResult) => r.answers.every((a) => a.signal === 'fine');
  const metOnPaper = evaluation.reasons.filter((r) => isMet(r) && !decidedIds.has(r.reason)).length;
  const answersOf = (qid: string) => shown.answers[qid] ?? [];
  // The framework's answers in the real case; the sheet lists those changed on the path only.
  const inCase = framework ? frameworkInCase(framework, content, FRAMEWORK_MAP, data) : null;
  const onPath = new Set(POSTURES.flatMap((p) => evaluation.path[p]));
  const changed = inCase?.changed.filter((c) => onPath.has(c.question)) ?? [];
  const partners = framework?.partners ?? [];
  /** "Internal rule of the service: <reference>", for a reason resting on the framework's answer. */
  const serviceRule = (r: ReasonResult): string | null => {
    const s = inCase?.settled.find(
      (x) =>
        x.reference &&
        r.answers.some((a) => a.question === x.question && x.answer.includes(a.option)),
    );
    return s?.reference ? t('note.rule', { ns: 'framework', reference: s.reference }) : null;
  };

  return (
    <div className="result sheet">
      <p className="sheet-title print-only">
        {t('sheet.heading', { title: t('sheet.title'), app: t('app.name') })}
      </p>
      <section
        className={outcome ? `outcome outcome--caution-${outcome.caution}` : 'outcome'}
        aria-labelledby="outcome-title"
      >
        <h1 id="outcome-title" ref={heading} tabIndex={-1}>
          {outcome && <OutcomeIcon caution={outcome.caution} />}
          {headingText}
        </h1>
        {outcome && <p>{tc(key.outcomeSummary(outcome.id))}</p>}
      </section>
      {whatIf && (
        <div className="what-if no-print" role="note" aria-labelledby="what-if-notice">
          <p id="what-if-notice">{t('result.whatIfNotice', { changes: changeWords(whatIf) })}</p>
          <button type="button" className="button button--primary" onClick={() => explore(null)}>
            {t('result.whatIfBack')}
          </button>
        </div>
      )}
      <Decided reasons={decided} tc={tc} situation={data.situation} cite={serviceRule} />
      <PriorityActions actions={actions} content={content} tc={tc} />
      {outcome && (
        <WhatWouldChange
          suggestions={suggestions}
          tc={tc}
          situation={data.situation}
          onExplore={whatIf ? undefined : explore}
        />
      )}
      {/* Right after what to do (no-print): the sheet's own parts follow, as on paper. */}
      {!whatIf && (
        <ResultActions
          data={data}
          onSave={save}
          onNewCase={onNewCase}
          onPrintNote={outcome ? printNote : undefined}
        />
      )}
      {workshop && !whatIf && (
        <SendToTrainer data={data} group={group} onGroup={workshop.onGroup} onSave={save} />
      )}
      <dl className="sheet-meta">
        <div>
          <dt>{label('sheet.date')}</dt>
          <dd>{today}</dd>
        </div>
        <div>
          <dt>{label('sheet.jurisdiction')}</dt>
          <dd>{tc(key.jurisdictionName(data.jurisdiction))}</dd>
        </div>
        <div>
          <dt>{label('sheet.situation')}</dt>
          <dd>
            {data.situation && tc(key.situationTitle(data.situation))}
            {data.description && (
              <span className="free-text">
                {' '}
                {t('punctuation.aside', { text: data.description })}
              </span>
            )}
          </dd>
        </div>
      </dl>
      {framework && !whatIf && (
        <FrameworkOnSheet
          framework={framework}
          changed={changed}
          situation={data.situation}
          partners={false}
        />
      )}

      {!whatIf && (
        <section className="sheet-fields" aria-labelledby="fields-title">
          <h2 id="fields-title">{t('sheet.fieldsTitle')}</h2>
          {/* Folded on screen (a native <details>, ADR 0024, second pass): three fields and a
              code, a screen long on a phone, for after the decision. Open once one is filled
              in; on paper unfolded, without its summary line. */}
          <details className="sheet-fields-more" open={fieldsOpen}>
            <summary>{t('sheet.fieldsMore')}</summary>
            <DecisionBlock />
            <ReferenceField sheet={sheet} onChange={changeSheet} />
            <NotesField sheet={sheet} onChange={changeSheet} />
            <div className="sheet-end">
              <div className="sheet-end-main">
                <ConsentField sheet={sheet} onChange={changeSheet} />
                <Signatures />
              </div>
              {link && <SheetQr link={link} />}
            </div>
          </details>
        </section>
      )}

      <section className="result-more" aria-labelledby="more-title">
        <h2 id="more-title">{t('result.more')}</h2>
        {/* The whole logic with this case's path on it (ADR 0018); a screen's link, not paper's. */}
        {!whatIf && (
          <p className="no-print">
            <a href={mapHref(data, { fromCase: true })}>{t('result.onMap')}</a>
          </p>
        )}
        {evaluation.reasons.length > 0 && (
          <details className="fold fold--reasons">
            <summary>{t('result.allReasons', { count: evaluation.reasons.length })}</summary>
            <ol className="reasons">
              {evaluation.reasons.map((r) => (
                <li
                  key={r.reason}
                  className={
                    [decidedIds.has(r.reason) && 'shown-above', isMet(r) && 'reason--met']
                      .filter(Boolean)
                      .join(' ') || undefined
                  }
                >
                  <span className="source">{tc(key.source(r.source))}</span>{' '}
                  {tc(key.reasonText(r.reason))}{' '}
                  <span className="reference">
                    {t('punctuation.aside', { text: tc(key.reasonRef(r.reason)) })}
                  </span>
                  <ServiceRule text={serviceRule(r)} />
                  <ul className="because">
                    {r.answers.map((a) => (
                      <li key={`${a.question}:${a.option}`}>
                        {t('result.because', {
                          question: tc(key.questionLabel(a.question, data.situation)),
                          answer: tc(key.option(a.question, a.option)),
                        })}
                      </li>
                    ))}
                  </ul>
                </li>
              ))}
            </ol>
            {metOnPaper > 0 && (
              <p className="print-only met-on-paper">
                {t('result.metOnPaper', { count: metOnPaper })}
              </p>
            )}
            {/* The terms of art the reasons use, explained on screen (not printed): ADR 0015. */}
            <TermsExplained
              texts={evaluation.reasons.flatMap((r) => [
                tc(key.reasonText(r.reason)),
                tc(key.reasonRef(r.reason)),
              ])}
              jurisdiction={data.jurisdiction}
            />
          </details>
        )}
        {steps.length + partners.length > 0 && (
          <details className="fold fold--advice">
            <summary>{t('result.allAdvice', { count: steps.length + partners.length })}</summary>
            <ul className="checklist">
              {steps.map((id) => (
                <li key={id} className={actionIds.has(id) ? 'shown-above' : undefined}>
                  <Box /> {tc(key.advice(id))}
                </li>
              ))}
              {/* The service's partners nearby (its framework), their address written on paper. */}
              {partners.map((p, i) => (
                <li key={`partner-${i}`} className="framework-partner-step">
                  <Box />{' '}
                  <span>
                    {t('sheet.partnerStep', { ns: 'framework' })}{' '}
                    <a href={p.url} rel="noreferrer noopener" target="_blank">
                      {p.name}
                    </a>
                    <span className="print-only framework-sheet-url"> {p.url}</span>
                  </span>
                </li>
              ))}
            </ul>
            <TermsExplained
              texts={steps.map((id) => tc(key.advice(id)))}
              jurisdiction={data.jurisdiction}
            />
          </details>
        )}
        {evaluation.resources.length > 0 && (
          <details className="fold fold--resources">
            <summary>{t('result.allResources', { count: evaluation.resources.length })}</summary>
            {/* Before the list: on paper it floats beside it (ADR 0007). */}
            <div className="carnet-qr print-only">
              <p>{t('result.resourcesOnPaper')}</p>
              <QrCode text={carnetLink} label={t('result.resourcesQr')} />
            </div>
            <ul className="resources">
              {evaluation.resources.map((id) => (
                <li key={id}>
                  <a href={resourceById.get(id)?.url} rel="noreferrer noopener" target="_blank">
                    {tk(key.resourceTitle(id))}
                  </a>{' '}
                  <span className="publisher">
                    {t('punctuation.aside', { text: tk(key.resourcePublisher(id)) })}
                  </span>
                  <span className="url"> {resourceById.get(id)?.url}</span>
                </li>
              ))}
            </ul>
          </details>
        )}
        <details className="fold fold--answers">
          <summary>{t('result.answers')}</summary>
          <p className="legend">{t('result.causeLegend')}</p>
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
                    {r.unsure > 0 && (
                      <span>
                        {' '}
                        {t('punctuation.aside', {
                          text: t('result.unsure', { count: r.unsure }),
                        })}
                      </span>
                    )}
                  </p>
                  <dl className="answers">
                    {evaluation.path[p].map((qid) => (
                      <div key={qid}>
                        <dt>{tc(key.questionLabel(qid, data.situation))}</dt>
                        <dd>
                          {answersOf(qid).map((o, i) => (
                            <span
                              key={o}
                              className={causes.has(`${qid}:${o}`) ? 'cause' : undefined}
                            >
                              {i > 0 && t('punctuation.list')}
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
        </details>
      </section>

      <SheetFooter version={content.manifest.version} link={link} />
      {whatIf ? (
        <div className="actions no-print">
          <button type="button" className="button button--primary" onClick={() => explore(null)}>
            {t('result.whatIfBack')}
          </button>
        </div>
      ) : (
        <>
          <ResultActions
            data={data}
            onSave={save}
            onNewCase={onNewCase}
            onPrintNote={outcome ? printNote : undefined}
          />
          <div className="actions no-print">
            <button type="button" className="button button--secondary" onClick={onBack}>
              {t('actions.back')}
            </button>
          </div>
        </>
      )}
      {outcome && !whatIf && (
        <ManagerNote
          data={{ ...data, sheet }}
          outcome={outcome.id}
          blocking={decided}
          suggestions={suggestions}
          actions={actions}
          changeWords={changeWords}
          tc={tc}
          today={today}
        />
      )}
    </div>
  );
}

/** The service's own rule beside a reason's reference (ADR 0019), when its framework gave one. */
function ServiceRule({ text }: { text: string | null }) {
  const { t } = useTranslation('screens');
  if (!text) return null;
  return (
    <>
      {' '}
      <span className="reference service-rule">{t('punctuation.aside', { text })}</span>
    </>
  );
}
