// Short screens on a phone (ADR 0024): what the pages fold in native disclosures, what stays in
// sight, and that each stays named, described and axe-clean in both languages.
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { key } from '../../src/domain/content/keys';
import { POSTURES } from '../../src/domain/content/types';
import { evaluate } from '../../src/domain/engine';
import { whatWouldChange } from '../../src/domain/engine/change';
import { decisiveReasons } from '../../src/domain/engine/decisive';
import { emptyCase, type CaseData } from '../../src/domain/wizard/steps';
import { CaseTools } from '../../src/ui/case/CaseTools';
import { ContentProvider } from '../../src/ui/ContentContext';
import { HELP_SHOWN_MAX, PosturePage } from '../../src/ui/posture/PosturePage';
import { ResultPage } from '../../src/ui/result/ResultPage';
import { ReviewPage } from '../../src/ui/review/ReviewPage';
import { OPEN_SUGGESTIONS, SHOWN_SUGGESTIONS } from '../../src/ui/result/WhatWouldChange';
import { SituationPage } from '../../src/ui/situation/SituationPage';
import { caseOf, casesByOutcome } from '../e2e/support/outcome-cases';
import { expectNoAxeViolations } from '../support/axe';
import { realContent } from '../support/content';
import { interfaceText, renderWithI18n } from '../support/render';

const content = realContent();
const LANGUAGES = ['fr', 'en'] as const;

// No vitest globals here: testing-library cannot clean up on its own.
afterEach(cleanup);

const closedDetails = (summary: HTMLElement) => {
  const details = summary.closest('details');
  expect(details, 'a native <details>').not.toBeNull();
  expect(details).not.toHaveAttribute('open');
  return details!;
};

describe('a posture page: the label and its answers first', () => {
  for (const lng of LANGUAGES)
    it(`folds long help under "good to know", keeps short help in sight, lines up short answers (${lng})`, async () => {
      const t = interfaceText(lng);
      const data: CaseData = {
        ...emptyCase(content),
        situation: 'email-for-jobseeker',
        jurisdiction: 'BE',
      };
      const { container } = renderWithI18n(
        <ContentProvider value={content}>
          <PosturePage posture="can" data={data} onSubmit={() => {}} onBack={() => {}} />
        </ContentProvider>,
        lng,
      );
      let folded = 0;
      let shown = 0;
      let inline = 0;
      // A <details> is a group too: the questions are the fieldsets.
      const questions = screen.getAllByRole('group').filter((g) => g.tagName === 'FIELDSET');
      for (const group of questions) {
        const summary = within(group).queryByText(t('question.helpMore'), { selector: 'summary' });
        if (summary) {
          folded++;
          const help = closedDetails(summary).querySelector('.hint')!.textContent;
          expect(help.length).toBeGreaterThan(HELP_SHOWN_MAX);
          // Read where it is, right after the question, once opened.
          expect(group.querySelector('legend')!.nextElementSibling).toBe(summary.parentElement);
        } else {
          const hint = group.querySelector(':scope > .hint');
          if (hint) {
            shown++;
            expect(hint.textContent.length).toBeLessThanOrEqual(HELP_SHOWN_MAX);
          }
        }
        const radios = within(group).queryAllByRole('radio');
        if (group.querySelector('.choices--inline')) {
          inline++;
          // Side by side, each answer is still a radio named by its words.
          for (const r of radios) expect(r).toHaveAccessibleName(/\S/);
        }
      }
      expect(folded).toBeGreaterThan(0);
      expect(shown).toBeGreaterThan(0);
      expect(inline).toBeGreaterThan(0);
      await expectNoAxeViolations(container, `can page, help folded (${lng})`);
    }, 20_000);
});

describe('the situation page', () => {
  it('names each situation by its title and describes it by its summary', async () => {
    const t = interfaceText('fr');
    const { container } = renderWithI18n(
      <ContentProvider value={content}>
        <SituationPage data={emptyCase(content)} onChoose={() => {}} onBack={() => {}} />
      </ContentProvider>,
    );
    for (const s of content.situations.situations) {
      const radio = screen.getByRole('radio', {
        name: t(`content:${key.situationTitle(s.id)}`),
      });
      expect(radio).toHaveAccessibleDescription(t(`content:${key.situationSummary(s.id)}`));
    }
    await expectNoAxeViolations(container, 'situation page with hints');
  }, 20_000);

  it("shows, on a phone, the chosen situation's summary only, unless the worker searches", async () => {
    const user = userEvent.setup();
    const t = interfaceText('fr');
    renderWithI18n(
      <ContentProvider value={content}>
        <SituationPage data={emptyCase(content)} onChoose={() => {}} onBack={() => {}} />
      </ContentProvider>,
    );
    const first = content.situations.situations[0]!;
    const title = t(`content:${key.situationTitle(first.id)}`);
    // The mark the phone's style sheet reads: the summary under a situation not chosen is hidden
    // there, and still its description.
    const choice = () => screen.getByRole('radio', { name: title }).closest('.choice');
    expect(choice()).toHaveClass('choice--hint-when-chosen');
    expect(screen.getByRole('radio', { name: title })).toHaveAccessibleDescription(
      t(`content:${key.situationSummary(first.id)}`),
    );
    // Searching: every summary of what matched in sight, to see why it matched.
    await user.type(screen.getByRole('searchbox', { name: t('situation.filterLabel') }), 'e');
    expect(choice()).not.toHaveClass('choice--hint-when-chosen');
  });
});

describe('the case tools below the check page and the result', () => {
  const data: CaseData = { ...emptyCase(content), situation: 'email-for-jobseeker' };
  const render = (unavailable: boolean) =>
    renderWithI18n(
      <ContentProvider value={content}>
        <CaseTools data={data} onImport={() => {}} unavailable={unavailable} />
      </ContentProvider>,
    );

  it('keeps "shared computer" in sight and folds the file and the link', async () => {
    const t = interfaceText('fr');
    const { container } = render(false);
    const shared = screen.getByRole('checkbox');
    expect(shared.closest('details')).toBeNull();
    const details = closedDetails(screen.getByText(t('case.toolsMore'), { selector: 'summary' }));
    expect(
      within(details).getByRole('button', { name: t('case.export'), hidden: true }),
    ).toBeInTheDocument();
    expect(
      within(details).getByRole('button', { name: t('case.share'), hidden: true }),
    ).toBeInTheDocument();
    await expectNoAxeViolations(container, 'case tools folded');
  });

  it('opens them when this browser keeps nothing: the file is then the only way', () => {
    const t = interfaceText('fr');
    render(true);
    const details = screen
      .getByText(t('case.toolsMore'), { selector: 'summary' })
      .closest('details');
    expect(details).toHaveAttribute('open');
  });
});

/** One case per outcome, found by the engine (the e2e suite walks the same ones). */
const byOutcome = [...casesByOutcome(content).values()].map((w) => ({
  outcome: w.outcome,
  data: caseOf(w, content),
}));

describe('the check page: each answer under its question in a few words', () => {
  for (const lng of LANGUAGES)
    it(`keys each answer by the short label, "Change" naming the whole question (${lng})`, async () => {
      const t = interfaceText(lng);
      const change = t('screens:review.change');
      const { data } = byOutcome[0]!;
      const evaluation = evaluate(content, data);
      const { container } = renderWithI18n(
        <ContentProvider value={content}>
          <ReviewPage
            data={data}
            evaluation={evaluation}
            onChange={vi.fn()}
            onConfirm={vi.fn()}
            onBack={vi.fn()}
          />
        </ContentProvider>,
        lng,
      );
      const terms = screen.getAllByRole('term').map((dt) => dt.textContent);
      for (const p of POSTURES)
        for (const qid of evaluation.path[p]) {
          const short = t(`content:${key.questionShort(qid)}`);
          const label = t(key.questionLabel(qid, data.situation).map((k) => `content:${k}`));
          expect(terms).toContain(short);
          expect(short.length, `${qid} short`).toBeLessThan(label.length);
          // jsdom reads "Change" and the hidden question without the space between them.
          expect(
            screen.getByRole('button', {
              name: (name) => name.startsWith(change) && name.endsWith(label),
            }),
          ).toBeInTheDocument();
        }
      await expectNoAxeViolations(container, `check page with short labels (${lng})`);
    }, 20_000);
});

describe("the result: the sheet's fields folded below what to do", () => {
  for (const lng of LANGUAGES)
    it(`folds reference, notes and consent under their summary, after the print button (${lng})`, async () => {
      const t = interfaceText(lng);
      const { data } = byOutcome[0]!;
      const { container } = renderWithI18n(
        <ContentProvider value={content}>
          <ResultPage data={data} onBack={vi.fn()} onSheetChange={vi.fn()} />
        </ContentProvider>,
        lng,
      );
      const section = screen.getByRole('region', { name: t('sheet.fieldsTitle') });
      const details = closedDetails(
        within(section).getByText(t('sheet.fieldsMore'), { selector: 'summary' }),
      );
      for (const name of [t('sheet.reference.label'), t('sheet.notes.label')])
        expect(within(details).getByRole('textbox', { name, hidden: true })).toBeInTheDocument();
      expect(
        within(details).getByRole('group', { name: t('sheet.consent.legend'), hidden: true }),
      ).toBeInTheDocument();
      // The actions come first: print is one screen nearer.
      const print = screen.getAllByRole('button', { name: t('result.print') })[0]!;
      expect(
        print.compareDocumentPosition(section) & Node.DOCUMENT_POSITION_FOLLOWING,
      ).toBeTruthy();
      await expectNoAxeViolations(container, `result, fields folded (${lng})`);
    }, 20_000);

  it('opens them when the case has something in them already', () => {
    const t = interfaceText('fr');
    const { data } = byOutcome[0]!;
    renderWithI18n(
      <ContentProvider value={content}>
        <ResultPage
          data={{ ...data, sheet: { ...data.sheet, reference: 'D-7' } }}
          onBack={vi.fn()}
          onSheetChange={vi.fn()}
        />
      </ContentProvider>,
    );
    const summary = screen.getByText(t('sheet.fieldsMore'), { selector: 'summary' });
    expect(summary.closest('details')).toHaveAttribute('open');
  });
});

describe('the result: the outcome, what decided it and the first action in the first screen', () => {
  for (const lng of LANGUAGES)
    for (const { outcome, data } of byOutcome)
      it(`shows each decisive reason, its source and answer folded, before the actions (${outcome}, ${lng})`, async () => {
        const t = interfaceText(lng);
        const evaluation = evaluate(content, data);
        const decided = decisiveReasons(content, evaluation);
        const { container } = renderWithI18n(
          <ContentProvider value={content}>
            <ResultPage
              data={data}
              evaluation={evaluation}
              onBack={vi.fn()}
              onSheetChange={vi.fn()}
            />
          </ContentProvider>,
          lng,
        );
        if (decided.length === 0) return;
        const section = screen.getByRole('region', { name: t('result.decided') });
        const items = within(section)
          .getAllByRole('listitem')
          .filter((li) => li.parentElement?.classList.contains('decided-list'));
        expect(items).toHaveLength(decided.length);
        decided.forEach((r, i) => {
          const item = items[i]!;
          const summary = within(item).getByText(t('result.decidedWhy'), { selector: 'summary' });
          const why = closedDetails(summary);
          // The reason's words in sight, outside the fold.
          const words = item.querySelector('.decided-reason')!;
          expect(why.contains(words)).toBe(false);
          expect(words).toHaveTextContent(
            t(`content:${key.reasonText(r.reason)}`, { context: data.jurisdiction }),
          );
          // Its reference and the answer it came from, one click away.
          expect(why).toHaveTextContent(
            t(`content:${key.reasonRef(r.reason)}`, { context: data.jurisdiction }),
          );
          for (const a of r.answers)
            expect(why).toHaveTextContent(t(`content:${key.option(a.question, a.option)}`));
        });
        const actions = screen.queryByRole('region', { name: t('result.actionsTitle') });
        if (actions)
          expect(
            section.compareDocumentPosition(actions) & Node.DOCUMENT_POSITION_FOLLOWING,
          ).toBeTruthy();
        await expectNoAxeViolations(container, `result ${outcome} folded (${lng})`);
      }, 20_000);

  it('shows the best change in sight and folds the others under their count', async () => {
    const t = interfaceText('fr');
    // Every question a lever, so some case has several changes whatever the content marks.
    const levers = structuredClone(content);
    for (const p of POSTURES) for (const q of levers.postures[p].questions) q.nature = 'lever';
    const found = byOutcome
      .map(({ data }) => ({ data, suggestions: whatWouldChange(levers, data) }))
      .find((x) => x.suggestions.length > OPEN_SUGGESTIONS);
    expect(found, 'some case of the content has several changes').toBeDefined();
    const { data, suggestions } = found!;
    const { container } = renderWithI18n(
      <ContentProvider value={levers}>
        <ResultPage data={data} onBack={vi.fn()} onSheetChange={vi.fn()} />
      </ContentProvider>,
    );
    const section = screen.getByRole('region', { name: t('result.changeTitle') });
    const folded = Math.min(suggestions.length, SHOWN_SUGGESTIONS) - OPEN_SUGGESTIONS;
    const summary = within(section).getByText(t('result.changeMore', { count: folded }), {
      selector: 'summary',
    });
    const details = closedDetails(summary);
    const buttons = within(section).getAllByRole('button', {
      name: new RegExp(t('result.changeSee')),
    });
    expect(buttons).toHaveLength(OPEN_SUGGESTIONS + folded);
    expect(buttons.filter((b) => details.contains(b))).toHaveLength(folded);
    await expectNoAxeViolations(container, 'what would change, folded');
  }, 20_000);
});
