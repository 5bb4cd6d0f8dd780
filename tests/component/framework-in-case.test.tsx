// The service's framework in a case (ADR 0019, "In a case"): the note under a question the
// framework answered, and the framework on the result page and sheet — by role and name, in
// both languages, with axe.
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { key } from '../../src/domain/content/keys';
import { evaluate, walkPath } from '../../src/domain/engine';
import type { Answers } from '../../src/domain/engine/types';
import { answersAtCaseStart } from '../../src/domain/framework/inCase';
import { parseFramework, type Framework } from '../../src/domain/framework/read';
import { emptyCase, type CaseData } from '../../src/domain/wizard/steps';
import { ContentProvider } from '../../src/ui/ContentContext';
import { FRAMEWORK_MAP } from '../../src/ui/framework/inEffect';
import { PosturePage } from '../../src/ui/posture/PosturePage';
import { ResultPage } from '../../src/ui/result/ResultPage';
import { expectNoAxeViolations } from '../support/axe';
import { realContent } from '../support/content';
import { renderWithI18n, testI18n } from '../support/render';

const content = realContent();
const framework = (
  parseFramework(content, readFileSync('tests/fixtures/framework/valid.json', 'utf8')) as {
    ok: true;
    framework: Framework;
  }
).framework;
const REFERENCE = 'Règlement de travail, art. 12';

/** A passwords case in Belgium, started under the framework, the rest answered with `pick`. */
function caseUnderFramework(changes: Answers = {}, pick = 0): CaseData {
  const base = emptyCase(content);
  const answers = answersAtCaseStart(framework, content, FRAMEWORK_MAP, base, {
    jurisdiction: 'BE',
    situation: 'passwords',
  });
  const data: CaseData = {
    ...base,
    jurisdiction: 'BE',
    situation: 'passwords',
    answers: { ...answers, ...changes },
  };
  for (;;) {
    const next = walkPath(content, data).find((s) => !s.answer);
    if (!next) return data;
    const option = next.question.options[Math.min(pick, next.question.options.length - 1)]!;
    data.answers = { ...data.answers, [next.question.id]: [option.id] };
  }
}

afterEach(cleanup);

describe.each(['fr', 'en'])('the framework in a case (%s)', (lng) => {
  const t = testI18n(lng).getFixedT(lng, 'framework');
  const tc = testI18n(lng).getFixedT(lng, 'content');
  const date = new Intl.DateTimeFormat(lng, { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date('2026-09-01T00:00:00Z'),
  );
  // The case's situation (passwords) has its own words for its questions (ADR 0025).
  const rules = tc(key.questionLabel('can.internal-rules', 'passwords'));

  it('marks a question the framework answered, and says so when the worker changes it', async () => {
    const data = caseUnderFramework();
    const { container } = renderWithI18n(
      <ContentProvider value={content}>
        <PosturePage
          posture="can"
          data={data}
          onSubmit={vi.fn()}
          onBack={vi.fn()}
          framework={framework}
        />
      </ContentProvider>,
      lng,
    );
    const group = screen.getByRole('group', { name: rules });
    expect(within(group).getByText(t('note.from', { date }))).toBeInTheDocument();
    expect(within(group).getByText(t('note.rule', { reference: REFERENCE }))).toBeInTheDocument();
    // The note is read with the question.
    expect(group).toHaveAccessibleDescription(expect.stringContaining(t('note.from', { date })));
    const no = within(group).getByRole('radio', {
      name: tc(key.option('can.internal-rules', 'no')),
    });
    expect(no).toBeChecked();
    // A question the framework does not settle has no note.
    const other = screen.getByRole('group', {
      name: tc(key.questionLabel('can.sharing', 'passwords')),
    });
    expect(within(other).queryByText(t('note.from', { date }))).toBeNull();

    await userEvent.click(
      within(group).getByRole('radio', { name: tc(key.option('can.internal-rules', 'yes')) }),
    );
    const said = t('note.changed', { answer: tc(key.option('can.internal-rules', 'no')) });
    expect(within(group).getByText(said)).toBeInTheDocument();
    await expectNoAxeViolations(container, `framework note on a question (${lng})`);
  });

  it('shows no note without a framework', () => {
    renderWithI18n(
      <ContentProvider value={content}>
        <PosturePage
          posture="can"
          data={caseUnderFramework()}
          onSubmit={vi.fn()}
          onBack={vi.fn()}
        />
      </ContentProvider>,
      lng,
    );
    expect(screen.queryByText(t('note.from', { date }))).toBeNull();
  });

  function renderResult(data: CaseData, withFramework: Framework | null = framework) {
    return renderWithI18n(
      <ContentProvider value={content}>
        <ResultPage
          data={data}
          evaluation={evaluate(content, data)}
          onBack={vi.fn()}
          framework={withFramework}
        />
      </ContentProvider>,
      lng,
    );
  }

  it('puts the framework and the answers changed from it on the sheet, the partners in the next steps', async () => {
    const data = caseUnderFramework({ 'can.internal-rules': ['yes'] });
    const { container } = renderResult(data);
    const part = screen.getByRole('region', {
      name: t('sheet.heading', { service: framework.service }),
    });
    expect(within(part).getByText(t('adopted', { date }))).toBeInTheDocument();
    expect(
      within(part).getByText(
        t('sheet.changedItem', {
          question: rules,
          framework: tc(key.option('can.internal-rules', 'no')),
          worker: tc(key.option('can.internal-rules', 'yes')),
        }),
      ),
    ).toBeInTheDocument();
    // The partners are listed once on the page: among the next steps, with their link.
    expect(within(part).queryByRole('link', { name: framework.partners[0]!.name })).toBeNull();
    const steps = container.querySelector('.fold--advice')!;
    const partner = within(steps as HTMLElement).getByRole('link', {
      name: framework.partners[0]!.name,
    });
    expect(partner).toHaveAttribute('href', framework.partners[0]!.url);
    expect(partner.closest('li')).toHaveTextContent(t('sheet.partnerStep'));
    // The worker said the rules allow it: no reason rests on the service's rule.
    expect(container).not.toHaveTextContent(REFERENCE);
    await expectNoAxeViolations(container, `framework on the sheet (${lng})`);
  });

  it("cites the service's rule beside the internal-rule reason", () => {
    const data = caseUnderFramework();
    const { container } = renderResult(data);
    const rule = t('note.rule', { reference: REFERENCE });
    const reasons = container.querySelector('.fold--reasons')!;
    expect(reasons).toHaveTextContent(rule);
    // Nothing changed from the framework: the sheet says which framework, without a list.
    const part = screen.getByRole('region', {
      name: t('sheet.heading', { service: framework.service }),
    });
    expect(within(part).queryByText(t('sheet.changed'))).toBeNull();
  });

  it('shows nothing of a framework when none is in effect', () => {
    const { container } = renderResult(caseUnderFramework(), null);
    expect(container).not.toHaveTextContent(framework.service);
    expect(container).not.toHaveTextContent(REFERENCE);
  });
});
