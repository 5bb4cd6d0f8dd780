import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { decodeShare } from '../../src/domain/case/shareLink.read';
import { shareCodeIn } from '../../src/domain/case/shareLink.write';
import { key } from '../../src/domain/content/keys';
import type { Content } from '../../src/domain/content/types';
import { POSTURES } from '../../src/domain/content/types';
import { evaluate, walkPath } from '../../src/domain/engine';
import { applyEdits, whatWouldChange } from '../../src/domain/engine/change';
import { decisiveReasons, priorityActions } from '../../src/domain/engine/decisive';
import { emptyCase, type CaseData } from '../../src/domain/wizard/steps';
import type { GroupLabel } from '../../src/domain/workshop/groupLabel';
import { sendUrl } from '../../src/domain/workshop/workshopLink';
import { qrMatrix } from '../../src/print/qr';
import { ContentProvider } from '../../src/ui/ContentContext';
import { mapHref } from '../../src/ui/map/mapLink';
import { ResultPage } from '../../src/ui/result/ResultPage';
import { caseOf, casesByOutcome } from '../e2e/support/outcome-cases';
import { expectNoAxeViolations } from '../support/axe';
import { realContent } from '../support/content';
import { interfaceText, renderWithI18n } from '../support/render';

const content = realContent();
const LANGUAGES = ['fr', 'en'] as const;
const t = interfaceText('fr');

/** A whole case from the content itself: the first option of every question on the path. */
function completeCase(c: Content, optionIndex = 0): CaseData {
  const data: CaseData = { ...emptyCase(c), situation: 'email-for-jobseeker' };
  for (;;) {
    const next = walkPath(c, data).find((s) => !s.answer);
    if (!next) return data;
    const options = next.question.options;
    const option = options[Math.min(optionIndex, options.length - 1)]!;
    data.answers = { ...data.answers, [next.question.id]: [option.id] };
  }
}

/** One case per outcome, found by the engine (the e2e suite walks the same ones). */
const byOutcome = [...casesByOutcome(content).values()].map((w) => ({
  outcome: w.outcome,
  data: caseOf(w, content),
}));

function renderSheet(
  data: CaseData,
  { lng = 'fr', onNewCase }: { lng?: string; onNewCase?: () => void } = {},
) {
  const onSheetChange = vi.fn();
  const onBack = vi.fn();
  const view = renderWithI18n(
    <ContentProvider value={content}>
      <ResultPage
        data={data}
        evaluation={evaluate(content, data)}
        onBack={onBack}
        onSheetChange={onSheetChange}
        onNewCase={onNewCase}
      />
    </ContentProvider>,
    lng,
  );
  return { onSheetChange, onBack, container: view.container };
}

// No vitest globals here: testing-library cannot clean up on its own.
afterEach(cleanup);

describe('the result page, for every outcome and language', () => {
  for (const lng of LANGUAGES)
    for (const { outcome, data } of byOutcome)
      it(`says "${outcome}" in its only h1, with an icon, then the sheet and the rest folded (${lng})`, async () => {
        const tl = interfaceText(lng);
        const { container } = renderSheet(data, { lng, onNewCase: vi.fn() });
        const title = tl(`content:${key.outcomeTitle(outcome)}`, { context: data.jurisdiction });
        const h1 = screen.getByRole('heading', { level: 1 });
        expect(h1).toHaveAccessibleName(title);
        expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
        expect(h1.querySelector('svg[aria-hidden="true"]')).not.toBeNull();
        // Print, save, share and start again, above and below the rest.
        for (const name of ['result.print', 'result.save', 'result.share', 'result.newCase'])
          expect(screen.getAllByRole('button', { name: tl(name) })).toHaveLength(2);
        // The file reference comes after the decision, never before it.
        const reference = screen.getByRole('textbox', { name: tl('sheet.reference.label') });
        expect(h1.compareDocumentPosition(reference) & Node.DOCUMENT_POSITION_FOLLOWING).toBe(
          Node.DOCUMENT_POSITION_FOLLOWING,
        );
        // Everything else is folded in native disclosures, closed.
        const answers = screen.getByText(tl('result.answers'), { selector: 'summary' });
        expect(answers.closest('details')).not.toHaveAttribute('open');
        // English punctuation in English: no space before a colon.
        if (lng === 'en') expect(container.textContent).not.toMatch(/\s:/);
        await expectNoAxeViolations(container, `result ${outcome} ${lng}`);
      }, 20_000);

  // The shape says how cautious the outcome is (content 2.0 has several outcomes per level: a
  // service's project, the person's choice…); the words tell outcomes of one level apart.
  it('draws a different icon for each level of caution, the same within a level', () => {
    const cautionOf = new Map(content.outcomes.outcomes.map((o) => [o.id, o.caution]));
    const byCaution = new Map<number, Set<string>>();
    for (const { outcome, data } of byOutcome) {
      renderSheet(data);
      const svg = screen.getByRole('heading', { level: 1 }).querySelector('svg')!.innerHTML;
      cleanup();
      const level = cautionOf.get(outcome)!;
      byCaution.set(level, (byCaution.get(level) ?? new Set()).add(svg));
    }
    const drawings = [...byCaution.values()];
    expect(drawings.every((d) => d.size === 1)).toBe(true);
    expect(new Set(drawings.map((d) => [...d][0])).size).toBe(byCaution.size);
    expect(byCaution.size).toBe(new Set(cautionOf.values()).size);
  });
});

describe('what decided it, what to do first, what would change it', () => {
  for (const { outcome, data } of byOutcome)
    it(`comes right below the outcome, from the engine, for "${outcome}"`, () => {
      const evaluation = evaluate(content, data);
      const decided = decisiveReasons(content, evaluation);
      const actions = priorityActions(content, evaluation);
      renderSheet(data);
      const h1 = screen.getByRole('heading', { level: 1 });
      const headings = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
      if (decided.length > 0) {
        const section = screen.getByRole('region', { name: t('result.decided') });
        expect(headings[0]).toBe(t('result.decided'));
        for (const r of decided) {
          expect(section).toHaveTextContent(t(`content:${key.reasonText(r.reason)}`));
          for (const a of r.answers)
            expect(section).toHaveTextContent(t(`content:${key.option(a.question, a.option)}`));
        }
      } else expect(screen.queryByRole('region', { name: t('result.decided') })).toBeNull();
      expect(actions.length).toBeLessThanOrEqual(3);
      if (actions.length > 0) {
        const section = screen.getByRole('region', { name: t('result.actionsTitle') });
        expect(within(section).getAllByRole('listitem')).toHaveLength(actions.length);
        for (const a of actions)
          if (a.resource)
            expect(
              within(section).getAllByRole('link', {
                name: t(`carnet:${key.resourceTitle(a.resource)}`),
              }).length,
            ).toBeGreaterThan(0);
      }
      const change = screen.getByRole('region', { name: t('result.changeTitle') });
      expect(h1.compareDocumentPosition(change) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    });

  it('shows the case with a suggested change, clearly labelled, and comes back to the real answers', async () => {
    const user = userEvent.setup();
    // Every question a lever, so some case has something to change whatever the content marks.
    const levers = structuredClone(content);
    for (const p of POSTURES) for (const q of levers.postures[p].questions) q.nature = 'lever';
    const found = byOutcome
      .map(({ data }) => ({ data, suggestions: whatWouldChange(levers, data) }))
      .find((x) => x.suggestions.length > 0);
    expect(found, 'some case of the content has a lever to change').toBeDefined();
    const { data, suggestions } = found!;
    const onSheetChange = vi.fn();
    const real = structuredClone(data);
    const { container } = renderWithI18n(
      <ContentProvider value={levers}>
        <ResultPage data={data} onBack={vi.fn()} onSheetChange={onSheetChange} />
      </ContentProvider>,
    );
    const before = screen.getByRole('heading', { level: 1 }).textContent;
    await user.click(
      screen.getAllByRole('button', { name: new RegExp(t('result.changeSee')) })[0]!,
    );
    const changed = evaluate(levers, { ...data, ...applyEdits(data, suggestions[0]!.edits) });
    const h1 = screen.getByRole('heading', { level: 1 });
    const words = (s: string | null) => s?.replace(/\s+/g, ' ').trim();
    expect(words(h1.textContent)).toBe(
      words(
        t('result.whatIfHeading', {
          outcome: t(`content:${key.outcomeTitle(changed.outcome!.id)}`),
        }),
      ),
    );
    expect(h1).toHaveFocus();
    expect(screen.getByRole('note')).toHaveTextContent(t('result.whatIfBack'));
    // Nothing of the case can be edited or printed while it is not the real one.
    expect(screen.queryByRole('textbox', { name: t('sheet.reference.label') })).toBeNull();
    expect(screen.queryByRole('button', { name: t('result.print') })).toBeNull();
    await expectNoAxeViolations(container, 'what-if view');
    await user.click(screen.getAllByRole('button', { name: t('result.whatIfBack') })[0]!);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(before);
    expect(data).toEqual(real);
    expect(onSheetChange).not.toHaveBeenCalled();
  }, 20_000);
});

describe('the decision sheet', () => {
  it('links to the decision map with this case placed on it (screen only)', () => {
    const { data } = byOutcome[0]!;
    renderSheet(data);
    const link = screen.getByRole('link', { name: t('result.onMap') });
    expect(link).toHaveAttribute('href', mapHref(data, { fromCase: true }));
    expect(link.closest('.no-print')).not.toBeNull();
  });

  it('counts on paper the reasons that are met instead of printing them', () => {
    // On paper, a reason whose answers are all fine and that did not decide the outcome is one
    // line's count (ADR 0007); one that weighs is printed whole.
    const metOf = (data: CaseData) => {
      const e = evaluate(content, data);
      const decided = new Set(decisiveReasons(content, e).map((r) => r.reason));
      return e.reasons.filter(
        (r) => !decided.has(r.reason) && r.answers.every((a) => a.signal === 'fine'),
      );
    };
    const found = byOutcome.find(({ data }) => metOf(data).length > 0);
    expect(found, 'a case with a met reason').toBeDefined();
    const { container } = renderSheet(found!.data);
    const expected = metOf(found!.data).map((r) => r.reason);
    const marked = [
      ...container.querySelectorAll('.fold--reasons li.reason--met:not(.shown-above)'),
    ];
    expect(marked).toHaveLength(expected.length);
    expect(container.querySelector('.met-on-paper')).toHaveTextContent(
      t('result.metOnPaper', { count: expected.length }),
    );
    // A case where every reason weighs prints no such line.
    const none = byOutcome.find(({ data }) => metOf(data).length === 0);
    if (none) {
      cleanup();
      const other = renderSheet(none.data);
      expect(other.container.querySelector('.met-on-paper')).toBeNull();
    }
  });

  it('keeps each posture with its verdict and the answers given, folded', () => {
    const data = completeCase(content, 1);
    const evaluation = evaluate(content, data);
    renderSheet(data);
    const answers = screen.getByText(t('result.answers'), { selector: 'summary' }).parentElement!;
    for (const p of POSTURES) {
      const item = within(answers)
        .getByText(t(`content:${key.postureQuestion(p)}`))
        .closest('li')!;
      expect(item).toHaveTextContent(t(`content:${key.verdict(evaluation.postures[p].verdict)}`));
      for (const q of evaluation.path[p])
        expect(item).toHaveTextContent(t(`content:${key.option(q, data.answers[q]![0]!)}`));
    }
    expect(answers).toHaveTextContent(t('result.causeLegend'));
  });

  it('asks for a case reference with a warning never to put a name, and keeps it in the case', async () => {
    const user = userEvent.setup();
    const { onSheetChange } = renderSheet(completeCase(content));
    const reference = screen.getByRole('textbox', { name: t('sheet.reference.label') });
    expect(reference).toHaveAccessibleDescription(t('sheet.reference.warning'));
    await user.type(reference, 'D-7');
    expect(reference).toHaveValue('D-7');
    expect(onSheetChange).toHaveBeenLastCalledWith({ reference: 'D-7' });
  });

  it('records the consent as asked, obtained, refused or not applicable', async () => {
    const user = userEvent.setup();
    const { onSheetChange } = renderSheet(completeCase(content));
    const group = screen.getByRole('group', { name: t('sheet.consent.legend') });
    const choices = within(group).getAllByRole('radio');
    expect(choices.map((c) => c.getAttribute('value'))).toEqual([
      'asked',
      'obtained',
      'refused',
      'not-applicable',
    ]);
    await user.click(within(group).getByRole('radio', { name: t('sheet.consent.refused') }));
    expect(onSheetChange).toHaveBeenLastCalledWith({ consent: 'refused' });
  });

  it('prints a link and a QR code that reopen the case, without its free text', () => {
    const data = completeCase(content);
    data.description = 'sans nom';
    data.sheet = { reference: 'D-7', notes: 'note privée', consent: 'asked' };
    renderSheet(data);
    expect(screen.getByRole('img', { name: t('sheet.footer.qr') })).toBeInTheDocument();
    const link = screen.getByRole('link', { name: /#case=/ });
    const encoded = shareCodeIn(link.getAttribute('href')!)!;
    const decoded = decodeShare(content, encoded);
    expect(decoded.ok && decoded.data.answers).toEqual(data.answers);
    expect(decoded.ok && decoded.data.situation).toBe(data.situation);
    expect(link.getAttribute('href')).not.toMatch(/D-7|note|nom/);
  });

  it('lists every next step and advice as boxes to tick, folded, and prints through the browser', async () => {
    const user = userEvent.setup();
    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined);
    const data = completeCase(content);
    const evaluation = evaluate(content, data);
    renderSheet(data);
    const count = evaluation.nextSteps.length + evaluation.advice.length;
    const advice = screen.getByText(t('result.allAdvice', { count }), {
      selector: 'summary',
    }).parentElement!;
    expect(within(advice).getAllByRole('listitem', { hidden: true })).toHaveLength(count);
    await user.click(screen.getAllByRole('button', { name: t('result.print') })[0]!);
    expect(print).toHaveBeenCalledOnce();
  });
});

describe('starting a new case from the result', () => {
  it('asks first, offers to save the file, and starts again only when confirmed', async () => {
    const user = userEvent.setup();
    const blobs: Blob[] = [];
    URL.createObjectURL = vi.fn((b: Blob) => (blobs.push(b), 'blob:case'));
    URL.revokeObjectURL = vi.fn();
    const onNewCase = vi.fn();
    const { container } = renderSheet(completeCase(content), { onNewCase });
    await user.click(screen.getAllByRole('button', { name: t('result.newCase') })[0]!);
    const question = screen.getByText(t('result.newCaseConfirm'));
    expect(question).toBeVisible();
    expect(question).toHaveFocus();
    await expectNoAxeViolations(container, 'new case confirmation');
    await user.click(screen.getByRole('button', { name: t('result.newCaseSaveFirst') }));
    expect(blobs).toHaveLength(1);
    expect(onNewCase).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: t('result.newCaseNo') }));
    expect(question).not.toBeInTheDocument();
    expect(onNewCase).not.toHaveBeenCalled();
    await user.click(screen.getAllByRole('button', { name: t('result.newCase') })[1]!);
    await user.click(screen.getByRole('button', { name: t('result.newCaseYes') }));
    expect(onNewCase).toHaveBeenCalledOnce();
  }, 20_000);
});

describe('send to the trainer, on the result of a case played in a workshop', () => {
  /** The page as the session wires it: the chosen label kept above the page. */
  function WorkshopSheet({ data, initial }: { data: CaseData; initial: GroupLabel | null }) {
    const [group, setGroup] = useState<GroupLabel | null>(initial);
    return (
      <ContentProvider value={content}>
        <ResultPage
          data={data}
          evaluation={evaluate(content, data)}
          onBack={vi.fn()}
          workshop={{ group, onGroup: setGroup }}
        />
      </ContentProvider>
    );
  }

  it('is not there outside a workshop', () => {
    renderSheet(completeCase(content));
    expect(
      screen.queryByRole('region', { name: t('workshop.send.title') }),
    ).not.toBeInTheDocument();
  });

  for (const lng of LANGUAGES)
    it(`asks for a letter and a colour, never a name, then shows the code and names the file (${lng})`, async () => {
      const tl = interfaceText(lng);
      const user = userEvent.setup();
      const blobs: Blob[] = [];
      const names: string[] = [];
      URL.createObjectURL = vi.fn((b: Blob) => (blobs.push(b), 'blob:case'));
      URL.revokeObjectURL = vi.fn();
      const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
        this: HTMLAnchorElement,
      ) {
        names.push(this.download);
      });
      const data = completeCase(content);
      const { container } = renderWithI18n(<WorkshopSheet data={data} initial={null} />, lng);
      const panel = screen.getByRole('region', { name: tl('workshop.send.title') });
      // No free text at all: a group is a letter and a colour from the content's lists.
      expect(within(panel).queryByRole('textbox')).not.toBeInTheDocument();
      expect(within(panel).getByText(tl('workshop.send.pick'))).toBeInTheDocument();
      expect(within(panel).queryByRole('img')).not.toBeInTheDocument();
      const colour = tl('workshop.groupLabel.colours.green');
      await user.selectOptions(
        within(panel).getByRole('combobox', { name: tl('workshop.send.letter') }),
        'B',
      );
      expect(within(panel).queryByRole('img')).not.toBeInTheDocument();
      await user.selectOptions(
        within(panel).getByRole('combobox', { name: tl('workshop.send.colour') }),
        colour,
      );
      const name = tl('workshop.groupLabel.name', { letter: 'B', colour });
      const qr = within(panel).getByRole('img', { name: tl('workshop.send.qr', { group: name }) });
      // The code is the share link with the label: the same matrix as that link's.
      const link = sendUrl(content, data, { letter: 'B', colour: 'green' }, window.location);
      expect(link).toMatch(/&group=B-green$/);
      expect(qr.querySelector('path')?.getAttribute('d')).toBe(qrMatrix(link).path);
      expect(decodeShare(content, shareCodeIn(link)!)).toMatchObject({
        ok: true,
        data: { answers: data.answers },
      });
      await expectNoAxeViolations(container, `send to the trainer (${lng})`);

      await user.click(within(panel).getByRole('button', { name: tl('workshop.send.save') }));
      expect(blobs).toHaveLength(1);
      const file = JSON.parse(await blobs[0]!.text()) as { group?: string };
      expect(file.group).toBe('B-green');
      expect(names[0]).toMatch(
        lng === 'fr'
          ? /^discerne-groupe-B-vert-\d{4}-\d{2}-\d{2}\.json$/
          : /^discerne-group-B-green-\d{4}-\d{2}-\d{2}\.json$/,
      );
      // The page's own "save" carries the label too.
      await user.click(screen.getAllByRole('button', { name: tl('result.save') })[0]!);
      expect(JSON.parse(await blobs[1]!.text())).toMatchObject({ group: 'B-green' });
      click.mockRestore();
    }, 20_000);

  it('keeps the label chosen before (a reload), and a file without a workshop has none', async () => {
    const blobs: Blob[] = [];
    URL.createObjectURL = vi.fn((b: Blob) => (blobs.push(b), 'blob:case'));
    URL.revokeObjectURL = vi.fn();
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    const user = userEvent.setup();
    renderWithI18n(
      <WorkshopSheet data={completeCase(content)} initial={{ letter: 'C', colour: 'red' }} />,
    );
    expect(screen.getByRole('combobox', { name: t('workshop.send.letter') })).toHaveValue('C');
    expect(screen.getByRole('combobox', { name: t('workshop.send.colour') })).toHaveValue('red');
    expect(
      screen.getByText(
        t('workshop.send.show', {
          group: t('workshop.groupLabel.name', { letter: 'C', colour: 'rouge' }),
        }),
      ),
    ).toBeInTheDocument();
    cleanup();
    renderSheet(completeCase(content));
    await user.click(screen.getAllByRole('button', { name: t('result.save') })[0]!);
    expect(JSON.parse(await blobs[0]!.text())).not.toHaveProperty('group');
    click.mockRestore();
  });
});
