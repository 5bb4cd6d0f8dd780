// The groups' cases side by side. A row where they disagree says so in words ("Differs"), not
// only in colour, so it reads the same projected, printed or through a screen reader.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { key } from '../../domain/content/keys';
import { POSTURES } from '../../domain/content/types';
import { compareCases, type AnswerCell, type Group, type Row } from '../../domain/workshop/compare';
import { useContent } from '../ContentContext';

export function ComparisonTable({ groups }: { groups: Group[] }) {
  const content = useContent();
  const { t } = useTranslation(['screens', 'workshop', 'content']);
  const tc = (k: string) => t(k, { ns: 'content' });
  const comparison = compareCases(content, groups);

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

  const rows = [
    line('situation', t('review.situation'), comparison.situation, (s) =>
      s ? tc(key.situationTitle(s)) : t('workshop.table.unanswered'),
    ),
    line('jurisdiction', t('workshop.where'), comparison.jurisdiction, (j) =>
      tc(key.jurisdictionName(j)),
    ),
    ...POSTURES.flatMap((p) => [
      section(`section-${p}`, tc(key.postureQuestion(p))),
      ...comparison.questions
        .filter((q) => q.posture === p)
        .map((q) =>
          line(q.question, tc(key.questionLabel(q.question)), q, (c) => answer(q.question, c)),
        ),
    ]),
    section('section-verdicts', t('workshop.table.verdicts')),
    ...POSTURES.map((p) =>
      line(`verdict-${p}`, tc(key.postureTitle(p)), comparison.verdicts[p], (v) =>
        tc(key.verdict(v)),
      ),
    ),
    line('outcome', t('result.recommendation'), comparison.outcome, (o) =>
      o ? tc(key.outcomeTitle(o)) : t('workshop.table.incomplete'),
    ),
  ];
  const differing = [
    comparison.situation,
    comparison.jurisdiction,
    ...comparison.questions,
    ...POSTURES.map((p) => comparison.verdicts[p]),
    comparison.outcome,
  ].filter((r) => r.differs).length;

  return (
    <>
      <p className="workshop-differences">
        {t('workshop.table.differences', { count: differing })}
      </p>
      <div
        className="comparison-scroll"
        role="region"
        aria-label={t('workshop.compare')}
        tabIndex={0}
      >
        <table className="comparison">
          <caption>{t('workshop.table.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('workshop.table.question')}</th>
              {groups.map((g, i) => (
                <th scope="col" key={i}>
                  {t('workshop.table.group', { n: i + 1 })}
                  <span className="comparison-source">{g.label}</span>
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
