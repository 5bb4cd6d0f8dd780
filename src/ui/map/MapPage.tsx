// The decision map page (#/map, ADR 0018): the whole logic of one situation in one country,
// drawn from the content, with the same map as nested lists and a table for keyboard and
// screen-reader users (and for paper). Opened from a case (?case=current), the case's path is
// marked ➤ on the drawing and in the lists: "Where does my case sit?". The case comes from the
// app (CurrentCaseContext): the one in progress, or the saved one it offers to resume.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { key } from '../../domain/content/keys';
import type { JurisdictionId, PostureId } from '../../domain/content/types';
import { POSTURES, VERDICTS } from '../../domain/content/types';
import { evaluate } from '../../domain/engine/evaluate';
import { buildMap, nodeId, type OptionNode, type QuestionNode } from '../../domain/map/build';
import { highlight, nearestBetter } from '../../domain/map/highlight';
import { whatWouldChange } from '../../domain/engine/change';
import { layoutMap, printBands } from '../../domain/map/layout';
import { renderSvg } from '../../domain/map/svg';
import {
  BETTER_MARK,
  FLAG_MARK,
  PATH_MARK,
  SIGNAL_SYMBOL,
  VERDICT_MARK,
} from '../../domain/map/words';
import { useContent } from '../ContentContext';
import { useCurrentCase } from '../CurrentCaseContext';
import { useScreenHeading } from '../host/arrival';
import type { ScreenProps } from '../host/screens';
import { mapHref, parseMapRoute } from './mapLink';
import { keptTranslate, mapWords, withResources } from './mapWords';
import './map.css';

interface ChooseProps {
  situation: string;
  jurisdiction: JurisdictionId;
  fromCase: boolean;
}

/** Situation and country, applied by a button (a select never moves the page by itself). */
function ChooseMap({ situation, jurisdiction, fromCase }: ChooseProps) {
  const content = useContent();
  const { t } = useTranslation(['screens', 'ui', 'content'], { nsMode: 'fallback' });
  const [choice, setChoice] = useState({ situation, jurisdiction });
  const show = (event: FormEvent) => {
    event.preventDefault();
    window.location.assign(mapHref(choice, { fromCase }));
  };
  return (
    <form className="map-choose no-print" onSubmit={show} aria-label={t('map.choose')}>
      <label>
        {t('map.situation')}
        <select
          value={choice.situation}
          onChange={(e) => setChoice({ ...choice, situation: e.target.value })}
        >
          {content.situations.situations.map((s) => (
            <option key={s.id} value={s.id}>
              {t(key.situationTitle(s.id), { ns: 'content' })}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('map.jurisdiction')}
        <select
          value={choice.jurisdiction}
          onChange={(e) => setChoice({ ...choice, jurisdiction: e.target.value })}
        >
          {content.jurisdictions.jurisdictions.map((j) => (
            <option key={j.id} value={j.id}>
              {t(key.jurisdictionName(j.id), { ns: 'content' })}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" className="button button--secondary">
        {t('map.show')}
      </button>
    </form>
  );
}

export default function MapPage({ rest }: ScreenProps) {
  const content = useContent();
  const { t, i18n } = useTranslation(['screens', 'ui', 'content'], { nsMode: 'fallback' });
  const tc = (k: string) => t(k, { ns: 'content' });
  const heading = useScreenHeading(t('map.title'));
  const route = parseMapRoute(rest);
  const held = useCurrentCase();
  const caseData = route.fromCase && held?.situation ? held : null;

  const situations = content.situations.situations.map((s) => s.id);
  const jurisdictions = content.jurisdictions.jurisdictions.map((j) => j.id);
  const known = <T extends string>(list: readonly T[], id: string | null | undefined) =>
    list.find((x) => x === id);
  // The address first, then the case's own place, then the first situation and usual country.
  const situation =
    known(situations, route.situation) ?? known(situations, caseData?.situation) ?? situations[0]!;
  const jurisdiction: JurisdictionId =
    known(jurisdictions, route.jurisdiction) ??
    known(jurisdictions, caseData?.jurisdiction) ??
    content.jurisdictions.default;
  const caseHere =
    caseData && caseData.situation === situation && caseData.jurisdiction === jurisdiction
      ? caseData
      : null;

  // A few milliseconds for the largest situation (npm run bench:map): no memo needed.
  const map = buildMap(content, situation, jurisdiction);
  const evaluation = caseHere ? evaluate(content, caseHere) : null;
  // "What would change the outcome": the nearest less cautious outcome, marked ◇.
  const suggestion =
    caseHere && evaluation?.outcome
      ? nearestBetter(whatWouldChange(content, caseHere, evaluation))
      : null;
  const lit = caseHere && evaluation ? highlight(map, caseHere, evaluation, suggestion) : undefined;
  const words = mapWords(
    keptTranslate(
      i18n,
      i18n.language,
      withResources(i18n, (k, o) => t(k, o)),
    ),
    content,
    map,
  );
  const layout = layoutMap(map, words, lit);
  const svg = renderSvg(layout, words);
  // Paper: the drawing at the page's width, in bands one A4 landscape page tall (281 × 194 mm
  // inside the margins), each box whole on at least one page.
  const bands = printBands(layout, Math.floor((layout.width * 194 * 0.96) / 281));
  const printed = bands
    .map((band, i) => renderSvg(layout, words, { id: `dm-p${i + 1}`, band }))
    .join('');

  const on = (id: string) => lit?.nodes.has(id) ?? false;
  const youMark = (id: string) => (
    <>
      {on(id) && (
        <span className="map-on">
          {' '}
          <span aria-hidden="true">{PATH_MARK}</span> ({t('map.case.onPath')})
        </span>
      )}
      {lit?.better && lit.betterNodes.has(id) && (
        <span className="map-better">
          {' '}
          <span aria-hidden="true">{BETTER_MARK}</span> (
          {t('map.case.betterMark', { outcome: tc(key.outcomeTitle(lit.better.outcome)) })})
        </span>
      )}
    </>
  );
  const questions = map.nodes.filter((n): n is QuestionNode => n.kind === 'question');
  const options = map.nodes.filter((n): n is OptionNode => n.kind === 'option');
  const numberOf = new Map(questions.map((q) => [q.id, q.number]));
  const opens = (optionId: string) =>
    map.edges
      .filter((e) => e.kind === 'opens' && e.from === optionId)
      .map((e) => numberOf.get(e.to)!);
  const ruleNumber = new Map(content.outcomes.rules.map((r, i) => [r.id, i + 1]));

  return (
    <div className="map-page" data-ready="true">
      <h1 ref={heading} tabIndex={-1}>
        {t('map.title')}
      </h1>
      <p className="lead">{t('map.intro')}</p>

      <ChooseMap
        key={`${situation}/${jurisdiction}`}
        situation={situation}
        jurisdiction={jurisdiction}
        fromCase={route.fromCase}
      />

      {route.fromCase && (
        <section className="map-case" aria-labelledby="map-case">
          <h2 id="map-case">{t('map.case.title')}</h2>
          {!caseData ? (
            <p>{t('map.case.none')}</p>
          ) : !caseHere ? (
            <p>
              {t('map.case.other')}{' '}
              <a href={mapHref(caseData, { fromCase: true })}>{t('map.case.back')}</a>
            </p>
          ) : evaluation?.outcome ? (
            <>
              <p>
                {t('map.case.summary', {
                  outcome: tc(key.outcomeTitle(evaluation.outcome.id)),
                  n: ruleNumber.get(evaluation.outcome.rule),
                })}
              </p>
              {lit?.better && (
                <p>
                  {t('map.case.better', {
                    changes: lit.better.answers
                      .map((a) =>
                        t('map.case.change', {
                          question: t('worksheet.questionRef', {
                            n: numberOf.get(nodeId.question(a.question)),
                          }),
                          option: tc(key.option(a.question, a.option)),
                        }),
                      )
                      .join(t('worksheet.and')),
                    outcome: tc(key.outcomeTitle(lit.better.outcome)),
                    n: ruleNumber.get(lit.better.rule),
                  })}
                </p>
              )}
            </>
          ) : (
            <p>{t('map.case.partial')}</p>
          )}
        </section>
      )}

      <div className="actions no-print">
        <button type="button" className="button button--primary" onClick={() => window.print()}>
          {t('map.print')}
        </button>
        <a href="#map-lists">{t('map.toLists')}</a>
      </div>

      {/* What paper gets instead of the page: the drawing in page-tall bands. */}
      <div className="map-print" aria-hidden="true" dangerouslySetInnerHTML={{ __html: printed }} />

      <section aria-labelledby="map-drawing">
        <h2 id="map-drawing">{words.title}</h2>
        <p className="hint no-print">{t('map.drawingHint')}</p>
        {/* The SVG string is built from escaped words by renderSvg; it has no script or style. */}
        <div
          className="map-drawing"
          role="region"
          aria-label={t('map.drawing')}
          tabIndex={0}
          dangerouslySetInnerHTML={{ __html: svg }}
        />
      </section>

      <section id="map-lists" className="map-lists" aria-labelledby="map-lists-title">
        <h2 id="map-lists-title">{t('map.lists')}</h2>
        <p>{t('map.listsIntro')}</p>
        {POSTURES.map((p: PostureId) => (
          <section key={p} aria-labelledby={`map-${p}`}>
            <h3 id={`map-${p}`}>{words.posture(p)}</h3>
            <ol>
              {questions
                .filter((q) => q.posture === p)
                .map((q) => (
                  <li key={q.id} value={q.number} className="map-question">
                    {q.opensWhen && (
                      <p className="map-condition">↳ {words.condition(q.opensWhen)}</p>
                    )}
                    <strong>{words.question(q.question)}</strong>
                    {q.several && <> {t('worksheet.several')}</>}
                    {youMark(q.id)}
                    <ul>
                      {options
                        .filter((o) => o.question === q.question)
                        .map((o) => (
                          <li key={o.id} className={on(o.id) ? 'map-on' : undefined}>
                            <span aria-hidden="true">{SIGNAL_SYMBOL[o.signal]} </span>
                            {words.option(o.question, o.option)}
                            {o.exclusive && <> ({t('worksheet.alone')})</>} —{' '}
                            {words.signal(o.signal)}
                            {o.flags.map((f) => (
                              <span key={f}>
                                {' '}
                                · {FLAG_MARK} {words.flag(f)}
                              </span>
                            ))}
                            {opens(o.id).map((n) => (
                              <span key={n}> · → {t('map.opens', { n })}</span>
                            ))}
                            {youMark(o.id)}
                          </li>
                        ))}
                    </ul>
                  </li>
                ))}
            </ol>
          </section>
        ))}
        <section aria-labelledby="map-verdicts">
          <h3 id="map-verdicts">{t('map.verdicts')}</h3>
          <p>{t('map.verdictsIntro')}</p>
          <ul>
            {POSTURES.map((p) => (
              <li key={p}>
                <strong>{words.posture(p)}</strong>
                <ul>
                  {VERDICTS.map((v) => (
                    <li key={v} className={on(nodeId.verdict(p, v)) ? 'map-on' : undefined}>
                      <span aria-hidden="true">{VERDICT_MARK[v]} </span>
                      {words.verdict(v)}
                      {youMark(nodeId.verdict(p, v))}
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        </section>
        <table className="map-table">
          <caption>
            <strong>{t('map.table')}</strong> {t('map.tableIntro')}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('map.rule')}</th>
              <th scope="col">{t('map.when')}</th>
              <th scope="col">{t('map.outcome')}</th>
            </tr>
          </thead>
          <tbody>
            {content.outcomes.rules.map((r, i) => (
              <tr key={r.id} className={on(nodeId.rule(r.id)) ? 'map-on' : undefined}>
                <th scope="row">
                  {i + 1}
                  {youMark(nodeId.rule(r.id))}
                </th>
                <td>{words.rule(r.id)}</td>
                <td>{words.outcome(r.outcome)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </div>
  );
}
