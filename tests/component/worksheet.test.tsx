import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { key } from '../../src/domain/content/keys';
import type { Content } from '../../src/domain/content/types';
import { POSTURES } from '../../src/domain/content/types';
import { ContentProvider } from '../../src/ui/ContentContext';
import WorksheetPage from '../../src/ui/worksheet/WorksheetPage';
import { realContent } from '../support/content';
import { renderWithI18n, interfaceText } from '../support/render';

const t = interfaceText('fr');
const tc = (k: string | string[]) => t(k, { ns: 'content' });

function renderWorksheet(content: Content, rest = '') {
  return renderWithI18n(
    <ContentProvider value={content}>
      <WorksheetPage screen="worksheet" rest={rest} />
    </ContentProvider>,
  );
}

// No vitest globals here: testing-library cannot clean up on its own.
afterEach(cleanup);

describe('the blank worksheet', () => {
  it('has every question of the content, each option with a box, and every outcome', () => {
    const content = realContent();
    renderWorksheet(content);
    for (const p of POSTURES) {
      const section = screen.getByRole('region', { name: tc(key.postureQuestion(p)) });
      for (const q of content.postures[p].questions) {
        const item = within(section)
          .getByText(tc(key.questionLabel(q.id, null)))
          .closest('li')!;
        for (const o of q.options) expect(item).toHaveTextContent(tc(key.option(q.id, o.id)));
        expect(item.querySelectorAll('.box')).toHaveLength(q.options.length);
      }
    }
    const decision = screen.getByRole('region', { name: t('worksheet.decision.title') });
    expect(within(decision).getAllByRole('listitem')).toHaveLength(content.outcomes.rules.length);
    for (const o of content.outcomes.outcomes)
      expect(decision).toHaveTextContent(tc(key.outcomeTitle(o.id)));
  });

  it('says in words when a question is asked only after some answer, or in one country', () => {
    const content = structuredClone(realContent());
    const [first, second] = content.postures.know.questions;
    second!.condition = {
      all: [{ answer: first!.id, anyOf: [first!.options[0]!.id] }, { jurisdiction: ['FR'] }],
    };
    renderWorksheet(content);
    const expected =
      t('worksheet.condition.answer', {
        answers: t('worksheet.quote', { text: tc(key.option(first!.id, first!.options[0]!.id)) }),
        question: t('worksheet.questionRef', { n: 1 }),
      }) +
      t('worksheet.and') +
      t('worksheet.condition.jurisdiction', { jurisdictions: tc(key.jurisdictionName('FR')) });
    const item = screen.getByText(tc(key.questionLabel(second!.id, null))).closest('li')!;
    expect(item).toHaveTextContent(expected);
  });

  it('keeps to one situation when the address names it', () => {
    const content = realContent();
    renderWorksheet(content, '/email-for-jobseeker');
    expect(
      screen.getByRole('heading', {
        level: 2,
        name: t('worksheet.forSituation', {
          situation: tc(key.situationTitle('email-for-jobseeker')),
        }),
      }),
    ).toBeInTheDocument();
  });

  it('offers the choice of situation when the address names none it knows', () => {
    renderWorksheet(realContent(), '/no-such-situation');
    expect(
      screen.getByRole('heading', { level: 2, name: t('worksheet.situationLegend') }),
    ).toBeInTheDocument();
  });
});
