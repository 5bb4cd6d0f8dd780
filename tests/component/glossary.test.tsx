// The glossary page and the terms explained where they appear, in jsdom: by role and name, each
// country's own words, links from a question to its entry, and no axe violation.
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import glossary from 'virtual:discerne-glossary';
import { describe, expect, it } from 'vitest';
import { key } from '../../src/domain/content/keys';
import { evaluate, walkPath } from '../../src/domain/engine';
import { emptyCase, type CaseData } from '../../src/domain/wizard/steps';
import { appliesIn } from '../../src/domain/engine/evaluate';
import { HostContext } from '../../src/ui/host/arrival';
import { ContentProvider } from '../../src/ui/ContentContext';
import { findTerms, splitForms } from '../../src/ui/glossary/findTerms';
import { PosturePage } from '../../src/ui/posture/PosturePage';
import { ResultPage } from '../../src/ui/result/ResultPage';
import GlossaryPage from '../../src/ui/glossary/GlossaryPage';
import { glossaryHash, TermsExplained } from '../../src/ui/glossary/TermsExplained';
import { realContent } from '../support/content';
import { interfaceText, renderWithI18n, testI18n } from '../support/render';

const content = realContent();
const t = interfaceText('fr');
const g = testI18n('fr').getFixedT('fr', 'glossary');
const name = (id: string, jurisdiction?: string) =>
  g(`term.${id}.name`, jurisdiction ? { context: jurisdiction } : {});

async function noAxeViolations(container: HTMLElement) {
  // Colour contrast needs a layout jsdom does not have; the e2e suite checks it in Chromium.
  const results = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
  expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
}

function renderGlossary(rest = '') {
  return renderWithI18n(
    <ContentProvider value={content}>
      {/* Reached by moving in the app: the host gives focus to the page's heading. */}
      <HostContext.Provider
        value={{ markReady: () => undefined, focusOnArrival: true, appName: 'Discerne' }}
      >
        <GlossaryPage screen="glossary" rest={rest} />
      </HostContext.Provider>
    </ContentProvider>,
  );
}

const entryHeadings = () =>
  screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent ?? '');

describe('glossary page', () => {
  it('lists every term with its definition, both countries’ words when they differ', async () => {
    const { container } = renderGlossary();
    expect(screen.getByRole('heading', { level: 1, name: t('glossary.title') })).toHaveFocus();
    expect(entryHeadings()).toHaveLength(glossary.terms.length);
    // ROI / règlement de travail in Belgium, règlement intérieur / de fonctionnement in France.
    const rules = document.getElementById('term-internal-rules')!;
    expect(within(rules).getByRole('heading', { level: 2 })).toHaveTextContent(
      `${name('internal-rules', 'BE')} / ${name('internal-rules', 'FR')}`,
    );
    expect(rules).toHaveTextContent(g('term.internal-rules.definition', { context: 'BE' }));
    expect(rules).toHaveTextContent(g('term.internal-rules.definition', { context: 'FR' }));
    expect(document.getElementById('term-dpo')).toHaveTextContent(g('term.dpo.definition'));
    await noAxeViolations(container);
    // axe over some thirty entries takes seconds in jsdom on a loaded machine.
  }, 30_000);

  it('shows one country’s words only, and writes the country into the URL', async () => {
    const user = userEvent.setup();
    renderGlossary();
    await user.selectOptions(
      screen.getByRole('combobox', { name: t('glossary.jurisdiction') }),
      'BE',
    );
    expect(window.location.hash).toBe('#/glossary?jurisdiction=BE');
    const headings = entryHeadings();
    expect(headings).toContain(name('internal-rules', 'BE'));
    expect(headings).not.toContain(name('internal-rules', 'FR'));
    // French-only terms leave; Belgian ones stay.
    expect(headings).not.toContain(name('franceconnect'));
    expect(headings).toContain(name('itsme'));
    expect(screen.getByRole('status')).toHaveTextContent(
      t('glossary.count', {
        count: glossary.terms.filter((term) => term.jurisdiction !== 'FR').length,
      }),
    );
  });

  it('opens on the term a link names, in that link’s country', () => {
    renderGlossary('?term=social-action-centre&jurisdiction=FR');
    expect(screen.getByRole('combobox', { name: t('glossary.jurisdiction') })).toHaveValue('FR');
    expect(
      screen.getByRole('heading', { level: 2, name: name('social-action-centre', 'FR') }),
    ).toHaveFocus();
  });

  it('is not called "Cadre": the country filter is the country', () => {
    renderGlossary();
    expect(t('glossary.jurisdiction')).not.toMatch(/cadre/i);
    expect(t('sheet.jurisdiction')).not.toMatch(/cadre/i);
  });
});

describe('terms explained where they appear', () => {
  const text = 'Demandez au DPO du service et relisez le ROI avant tout mandat.';

  it('lists the terms a text uses in a native disclosure, each linked to its entry', async () => {
    const user = userEvent.setup();
    const { container } = renderWithI18n(<TermsExplained texts={[text]} jurisdiction="BE" />);
    const names = ['dpo', 'internal-rules', 'mandate'].map((id) => name(id, 'BE'));
    const summary = screen.getByText(t('glossary.explained', { terms: names.join(', ') }));
    const details = summary.closest('details')!;
    expect(details).not.toHaveAttribute('open');
    await user.click(summary);
    expect(details).toHaveAttribute('open');
    expect(within(details).getByText(g('term.dpo.definition'))).toBeVisible();
    expect(
      within(details).getByRole('link', { name: `${t('glossary.seeEntry')} (${name('dpo')})` }),
    ).toHaveAttribute('href', glossaryHash('dpo', 'BE'));
    await noAxeViolations(container);
  });

  it('is reached with the keyboard: a native summary, not a tooltip that needs a mouse', async () => {
    const user = userEvent.setup();
    renderWithI18n(<TermsExplained texts={[text]} jurisdiction="BE" />);
    await user.tab();
    // Browsers open a <details> from its focused <summary> with Enter or Space by themselves.
    expect(document.activeElement?.tagName).toBe('SUMMARY');
    expect(document.activeElement?.closest('details')).not.toBeNull();
  });

  it('uses the country’s own words: règlement intérieur in France', () => {
    renderWithI18n(
      <TermsExplained texts={['Que dit le règlement intérieur ?']} jurisdiction="FR" />,
    );
    expect(
      screen.getByText(t('glossary.explained', { terms: name('internal-rules', 'FR') })),
    ).toBeInTheDocument();
  });

  it('explains nothing, and shows nothing, when a text uses no term', () => {
    const { container } = renderWithI18n(
      <TermsExplained texts={['Le roi est nu.']} jurisdiction="BE" />,
    );
    expect(container).toBeEmptyDOMElement();
  });

  it('leaves out the other country’s terms', () => {
    const { container } = renderWithI18n(
      <TermsExplained texts={['Passer par FranceConnect']} jurisdiction="BE" />,
    );
    expect(container).toBeEmptyDOMElement();
  });
});

describe('a question explains the terms it uses', () => {
  it('under every question of the "can" step, for each situation, in Belgium and in France', () => {
    let explained = 0;
    for (const jurisdiction of ['BE', 'FR'] as const)
      for (const situation of content.situations.situations.slice(0, 3)) {
        const data = { ...emptyCase(content), jurisdiction, situation: situation.id };
        const { unmount } = renderWithI18n(
          <ContentProvider value={content}>
            <PosturePage posture="can" data={data} onSubmit={() => {}} onBack={() => {}} />
          </ContentProvider>,
        );
        const words = glossary.terms
          .filter((term) => appliesIn(term.jurisdiction, jurisdiction))
          .map((term) => ({
            id: term.id,
            name: name(term.id, jurisdiction),
            definition: '',
            forms: splitForms(g(`term.${term.id}.forms`, { context: jurisdiction })),
          }));
        // The questions: a <details> is a group too (the terms explained, folded help).
        const questions = screen.getAllByRole('group').filter((g) => g.tagName === 'FIELDSET');
        for (const fieldset of questions) {
          // The question's own texts: its legend, help and answers, not the explanation itself.
          const details = fieldset.querySelector('details.terms-explained');
          const texts = [...fieldset.querySelectorAll('legend, .hint, label')].map(
            (el) => el.textContent ?? '',
          );
          const expected = findTerms(texts, words).map((w) => w.name);
          if (expected.length === 0) expect(details).toBeNull();
          else {
            explained += 1;
            expect(details!.querySelector('summary')).toHaveTextContent(
              t('glossary.explained', { terms: expected.join(', ') }),
            );
          }
        }
        unmount();
      }
    expect(explained, 'some question uses a term of art').toBeGreaterThan(0);
    // Several whole screens rendered in turn: seconds on a loaded machine.
  }, 30_000);
});

describe('the result explains the terms its reasons use', () => {
  it('in a native disclosure under the reasons, in the case’s country', () => {
    let explained = 0;
    for (const jurisdiction of ['BE', 'FR'] as const)
      for (const optionIndex of [1, 2]) {
        const data: CaseData = {
          ...emptyCase(content),
          jurisdiction,
          situation: 'email-for-jobseeker',
        };
        for (;;) {
          const next = walkPath(content, data).find((s) => !s.answer);
          if (!next) break;
          const options = next.question.options;
          const option = options[Math.min(optionIndex, options.length - 1)]!;
          data.answers = { ...data.answers, [next.question.id]: [option.id] };
        }
        const { unmount } = renderWithI18n(
          <ContentProvider value={content}>
            <ResultPage data={data} onBack={() => {}} onSheetChange={() => {}} />
          </ContentProvider>,
        );
        const c = testI18n('fr').getFixedT('fr', 'content');
        const texts = evaluate(content, data).reasons.flatMap((r) => [
          c(key.reasonText(r.reason), { context: jurisdiction }),
          c(key.reasonRef(r.reason), { context: jurisdiction }),
        ]);
        const words = glossary.terms
          .filter((term) => appliesIn(term.jurisdiction, jurisdiction))
          .map((term) => ({
            id: term.id,
            name: name(term.id, jurisdiction),
            definition: '',
            forms: splitForms(g(`term.${term.id}.forms`, { context: jurisdiction })),
          }));
        const expected = findTerms(texts, words).map((w) => w.name);
        // The reasons are folded on the result page (ADR 0020); their terms under them.
        const summary = document.querySelector('.fold--reasons details.terms-explained > summary');
        if (expected.length === 0) expect(summary).toBeNull();
        else {
          explained += 1;
          expect(summary).toHaveTextContent(
            t('glossary.explained', { terms: expected.join(', ') }),
          );
        }
        unmount();
      }
    expect(explained, 'some result gives a reason that uses a term of art').toBeGreaterThan(0);
    // Several whole screens rendered in turn: seconds on a loaded machine.
  }, 30_000);
});
