// The groups' cases side by side, made for a projector: the outcome first, then the verdicts,
// then the questions from the most to the least disputed. A row where groups disagree says so in
// words ("Differs"), not only in colour, so it reads the same projected, printed or through a
// screen reader. "Step by step" reveals one question at a time from the keyboard or a
// presentation clicker (arrow keys, Page Up / Page Down), as the projector view does.
import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { key } from '../../domain/content/keys';
import { POSTURES } from '../../domain/content/types';
import { compareCases, type AnswerCell, type Group, type Row } from '../../domain/workshop/compare';
import { useContent } from '../ContentContext';

const NEXT_KEYS = new Set(['ArrowRight', 'ArrowDown', 'PageDown']);
const PREVIOUS_KEYS = new Set(['ArrowLeft', 'ArrowUp', 'PageUp']);

export function ComparisonTable({ groups }: { groups: Group[] }) {
  const content = useContent();
  const { t } = useTranslation(['screens', 'workshop', 'content']);
  const tc = (k: string | string[]) => t(k, { ns: 'content' });
  const comparison = compareCases(content, groups);
  const total = comparison.questions.length;
  // null: every question shown; a number: how many questions are revealed so far.
  const [revealed, setRevealed] = useState<number | null>(null);

  useEffect(() => {
    if (revealed === null) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey || e.ctrlKey || e.metaKey) return;
      const target = e.target instanceof Element ? e.target : null;
      if (target?.closest('input, textarea, select')) return;
      const delta = NEXT_KEYS.has(e.key) ? 1 : PREVIOUS_KEYS.has(e.key) ? -1 : 0;
      if (delta === 0) return;
      e.preventDefault();
      setRevealed((n) => (n === null ? n : Math.min(Math.max(n + delta, 0), total)));
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [revealed, total]);

  const answer = (qid: string, cell: AnswerCell) => {
    if (cell.status === 'not-asked') return t('workshop.table.notAsked');
    if (cell.status === 'unanswered') return t('workshop.table.unanswered');
    return cell.options.map((o) => tc(key.option(qid, o))).join(', ');
  };

  const line = <T,>(id: string, header: ReactNode, r: Row<T>, show: (cell: T) => ReactNode) => (
    <tr key={id} className={r.differs ? 'differs' : undefined}>
      <th scope="row">
        {header}
        {r.differs && <span className="differs-mark">{t('workshop.table.differs')}</span>}
      </th>
      {r.cells.map((c, i) => (
        <td key={i}>{show(c)}</td>
      ))}
    </tr>
  );
  const section = (id: string, title: string) => (
    <tr key={id} className="section">
      <th scope="colgroup" colSpan={groups.length + 1}>
        {title}
      </th>
    </tr>
  );

  const shownQuestions =
    revealed === null ? comparison.questions : comparison.questions.slice(0, revealed);
  const rows = [
    line('outcome', t('result.recommendation'), comparison.outcome, (o) =>
      o ? tc(key.outcomeTitle(o)) : t('workshop.table.incomplete'),
    ),
    ...POSTURES.map((p) =>
      line(`verdict-${p}`, tc(key.postureTitle(p)), comparison.verdicts[p], (v) =>
        tc(key.verdict(v)),
      ),
    ),
    // Situation and country rows only when groups played different ones: otherwise they say
    // nothing a projector needs, and the caption names them.
    ...(comparison.situation.differs
      ? [
          line('situation', t('review.situation'), comparison.situation, (s) =>
            s ? tc(key.situationTitle(s)) : t('workshop.table.unanswered'),
          ),
        ]
      : []),
    ...(comparison.jurisdiction.differs
      ? [
          line('jurisdiction', t('workshop.where'), comparison.jurisdiction, (j) =>
            tc(key.jurisdictionName(j)),
          ),
        ]
      : []),
    section('section-questions', t('workshop.table.byDispute')),
    ...shownQuestions.map((q) =>
      line(
        q.question,
        <>
          <span className="comparison-posture">{tc(key.postureTitle(q.posture))}</span>
          {tc(key.questionLabel(q.question, comparison.played))}
        </>,
        q,
        (c) => answer(q.question, c),
      ),
    ),
  ];
  const disputed = comparison.questions.filter((r) => r.differs).length;
  const situation = comparison.situation.cells.find((s) => s !== null);
  const jurisdiction = comparison.jurisdiction.cells[0];

  return (
    <>
      <p className="workshop-differences">
        {t('workshop.table.differences', { count: disputed, total })}
      </p>
      <div className="comparison-controls no-print">
        {revealed === null ? (
          <button type="button" className="button button--secondary" onClick={() => setRevealed(0)}>
            {t('workshop.table.stepByStep')}
          </button>
        ) : (
          <>
            <p className="hint" id="comparison-keys">
              {t('workshop.table.keys')}
            </p>
            <button
              type="button"
              className="button button--secondary"
              aria-describedby="comparison-keys"
              disabled={revealed >= total}
              onClick={() => setRevealed((n) => Math.min((n ?? 0) + 1, total))}
            >
              {t('workshop.table.revealNext')}
            </button>
            <button
              type="button"
              className="button button--secondary"
              onClick={() => setRevealed(null)}
            >
              {t('workshop.table.showAll')}
            </button>
          </>
        )}
        <p role="status" className="comparison-position">
          {revealed === null ? '' : t('workshop.table.revealed', { count: revealed, total })}
        </p>
      </div>
      <div
        className="comparison-scroll"
        role="region"
        aria-label={t('workshop.compare')}
        tabIndex={0}
      >
        <table className="comparison">
          <caption>
            {t('workshop.table.caption')}
            {!comparison.situation.differs && situation && (
              <span className="comparison-case">
                {tc(key.situationTitle(situation))}
                {!comparison.jurisdiction.differs &&
                  jurisdiction &&
                  ` — ${tc(key.jurisdictionName(jurisdiction))}`}
              </span>
            )}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('workshop.table.question')}</th>
              {groups.map((g, i) => (
                <th scope="col" key={i}>
                  {g.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>{rows}</tbody>
        </table>
      </div>
    </>
  );
}
